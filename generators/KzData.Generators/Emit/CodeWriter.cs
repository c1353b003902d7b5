using System;
using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>An indented text writer: emitting text directly is fast and deterministic.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder builder = new();
        private int indent;

        private CSharp.DocState doc;

        public CodeWriter(int indent = 0) => this.indent = indent;

        /// <summary>The start of a line written in pieces (<see cref="Text(string)"/>, <see cref="Doc"/>, ..., <see cref="EndLine"/>).</summary>
        public CodeWriter StartLine()
        {
            builder.Append(' ', indent * 4);
            return this;
        }

        public CodeWriter Text(string text)
        {
            builder.Append(text);
            return this;
        }

        public CodeWriter Text(int value) => Text(CSharp.Int(value));

        /// <summary>Starts a doc comment element (<c>/// &lt;summary&gt;</c>): its text follows in <see cref="Doc"/> pieces.</summary>
        public CodeWriter StartDoc(string element)
        {
            doc = default;
            return StartLine().Text("/// <").Text(element).Text(">");
        }

        /// <summary>A piece of the current doc element's text, escaped and spaced as if the pieces were one string.</summary>
        public CodeWriter Doc(string text)
        {
            CSharp.AppendDoc(builder, text, ref doc);
            return this;
        }

        public CodeWriter EndDoc(string element) => Text("</").Text(element).Text(">").EndLine();

        public CodeWriter EndLine()
        {
            builder.Append('\n');
            return this;
        }

        public CodeWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                builder.Append(' ', indent * 4);
                builder.Append(text);
            }

            builder.Append('\n');
            return this;
        }

        /// <summary>A line whose middle is a large text (a data blob), copied in chunks rather than through one more string.</summary>
        public CodeWriter Line(string before, StringBuilder middle, string after)
        {
            builder.Append(' ', indent * 4).Append(before);
            // Small enough to stay off the large-object heap (a 64K-char buffer per blob went there).
            var buffer = new char[Math.Min(middle.Length, 1 << 12)];
            for (var offset = 0; offset < middle.Length; offset += buffer.Length)
            {
                var count = Math.Min(buffer.Length, middle.Length - offset);
                middle.CopyTo(offset, buffer, 0, count);
                builder.Append(buffer, 0, count);
            }

            builder.Append(after).Append('\n');
            return this;
        }

        /// <summary>Inserts text before everything written so far.</summary>
        public CodeWriter Prepend(string text)
        {
            builder.Insert(0, text);
            return this;
        }

        /// <summary>SHA-256 of the UTF-8 of what was written, without copying it into one string.</summary>
        public byte[] Sha256()
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            var encoder = Encoding.UTF8.GetEncoder();
            var chars = new char[Math.Max(1, Math.Min(builder.Length, 1 << 12))];
            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
            for (var offset = 0; offset < builder.Length; offset += chars.Length)
            {
                var count = Math.Min(chars.Length, builder.Length - offset);
                builder.CopyTo(offset, chars, 0, count);
                var length = encoder.GetBytes(chars, 0, count, bytes, 0, flush: offset + count == builder.Length);
                sha.TransformBlock(bytes, 0, length, null, 0);
            }

            sha.TransformFinalBlock(bytes, 0, 0);
            return sha.Hash;
        }

        public CodeWriter Open(string text)
        {
            Line(text);
            Line("{");
            indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => builder.ToString();
    }
}
