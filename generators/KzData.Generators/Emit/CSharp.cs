using System.Globalization;
using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>Literal and doc-comment escaping for emitted C#; culture-invariant.</summary>
    internal static class CSharp
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>Text for an XML doc comment: one line, XML-escaped.</summary>
        public static string Doc(string value)
        {
            var builder = new ChunkedText();
            var doc = default(DocState);
            AppendDoc(builder, value, ref doc);
            return builder.ToString();
        }

        /// <summary>
        /// Appends <paramref name="value"/> as <see cref="Doc"/> would write it. Pieces appended with the same
        /// <paramref name="doc"/> come out as the doc text of their concatenation, without building that string.
        /// </summary>
        public static void AppendDoc(ChunkedText builder, string value, ref DocState doc)
        {
            // Characters written as they are go in runs (one Append per run, not per character).
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var blank = char.IsWhiteSpace(c) || char.IsControl(c);
                var escape = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
                if (!blank && escape is null && !doc.Space)
                {
                    doc.Started = true;
                    continue;
                }

                builder.Append(value, run, i - run);
                run = i + 1;
                if (blank)
                {
                    // White space runs become one space, none at the start or the end.
                    doc.Space = doc.Started;
                    continue;
                }

                if (doc.Space)
                {
                    builder.Append(' ');
                    doc.Space = false;
                }

                doc.Started = true;
                if (escape is null)
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append(escape);
                }
            }

            builder.Append(value, run, value.Length - run);
        }

        /// <summary>A number as <see cref="AppendDoc(ChunkedText, string, ref DocState)"/> would write its digits (never escaped, never blank), without a string.</summary>
        public static void AppendDoc(ChunkedText builder, int value, ref DocState doc)
        {
            if (doc.Space)
            {
                builder.Append(' ');
                doc.Space = false;
            }

            doc.Started = true;
            builder.AppendInt(value);
        }

        /// <summary>Where a doc text being appended in pieces is: written anything yet, a space pending.</summary>
        public struct DocState
        {
            public bool Started;
            public bool Space;
        }
    }
}
