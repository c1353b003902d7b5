using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>An indented text writer: emitting text directly is fast and deterministic.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder builder = new();
        private int indent;

        public CodeWriter(int indent = 0) => this.indent = indent;

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
