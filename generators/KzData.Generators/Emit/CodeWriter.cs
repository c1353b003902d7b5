using System;
using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>An indented text writer: emitting text directly is fast and deterministic.</summary>
    internal sealed class CodeWriter
    {
        private readonly ChunkedText builder = new();
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

        public CodeWriter Text(int value)
        {
            builder.AppendInt(value);
            return this;
        }

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

        /// <inheritdoc cref="Doc(string)"/>
        public CodeWriter Doc(int value)
        {
            CSharp.AppendDoc(builder, value, ref doc);
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

        /// <summary>A line whose middle is a large text (a data blob), whose chunks become the writer's own (not copied).</summary>
        public CodeWriter Line(string before, ChunkedText middle, string after)
        {
            builder.Append(' ', indent * 4).Append(before);
            builder.AppendShared(middle);
            builder.Append(after).Append('\n');
            return this;
        }

        /// <summary>Appends everything <paramref name="other"/> wrote, by taking over its chunks; <paramref name="other"/> is done.</summary>
        public CodeWriter Append(CodeWriter other)
        {
            builder.AppendShared(other.builder);
            return this;
        }

        /// <summary>SHA-256 of the UTF-8 of what was written, without copying it into one string.</summary>
        public byte[] Sha256()
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            var encoder = Encoding.UTF8.GetEncoder();
            // A slice of a chunk at a time, so the byte buffer stays off the large-object heap.
            const int Slice = 1 << 12;
            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(Slice)];
            foreach (var chunk in builder.Chunks())
            {
                for (var offset = 0; offset < chunk.Count; offset += Slice)
                {
                    var count = Math.Min(Slice, chunk.Count - offset);
                    var length = encoder.GetBytes(chunk.Array!, chunk.Offset + offset, count, bytes, 0, flush: false);
                    sha.TransformBlock(bytes, 0, length, null, 0);
                }
            }

            var last = encoder.GetBytes(Array.Empty<char>(), 0, 0, bytes, 0, flush: true);
            sha.TransformFinalBlock(bytes, 0, last);
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

        /// <summary>What was written, for Roslyn, without making it one string; the writer is done (sealed).</summary>
        public Microsoft.CodeAnalysis.Text.SourceText ToSourceText() => new ChunkedSourceText(builder);
    }
}
