using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KzData.Generators.Emit
{
    /// <summary>
    /// The data of one section as two blobs the library's <c>DataReader</c> reads back as UTF-8: numbers (decimal tokens,
    /// one line per item) and strings (each followed by a line break, its UTF-8 byte length among the numbers). Each column
    /// writes its tokens here and names the reader call that reads them, in the same place (<see cref="Column{T}"/>),
    /// so the loader and the data cannot disagree.
    /// </summary>
    internal sealed class DataTable
    {
        private readonly ChunkedText numbers = new();
        private readonly ChunkedText strings = new();
        private bool lineStart = true;

        public void Int(int value)
        {
            if (!lineStart)
            {
                numbers.Append(' ');
            }

            numbers.AppendInt(value);
            lineStart = false;
        }

        /// <summary>A decimal in invariant notation, as one token.</summary>
        public void Number(string invariantDecimal)
        {
            if (!lineStart)
            {
                numbers.Append(' ');
            }

            numbers.Append(invariantDecimal);
            lineStart = false;
        }

        public void String(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }

            var text = WellFormed(value);
            Int(Encoding.UTF8.GetByteCount(text));
            // Written as a verbatim literal's content right away (quotes doubled), so the blob is never copied to escape it.
            strings.Append(text.IndexOf('"') < 0 ? text : text.Replace("\"", "\"\"")).Append('\n');
        }

        /// <summary>A partial date as <c>yyyymmdd</c> (00 for an unknown month or day), 0 when absent.</summary>
        public void Date(Model.DateModel? date) => Int(date is null ? 0 : (date.Year * 10000) + (date.Month * 100) + date.Day);

        public void EndLine()
        {
            numbers.Append('\n');
            lineStart = true;
        }

        /// <summary>The numbers, as the content of a verbatim literal.</summary>
        public ChunkedText Numbers => numbers;

        /// <summary>The strings, as the content of a verbatim literal (quotes already doubled).</summary>
        public ChunkedText Strings => strings;

        /// <summary>
        /// UTF-8 cannot hold a lone surrogate, and the blob (an attribute's string) is stored and read as UTF-8: the reader
        /// would decode it as U+FFFD (and the compiler's bytes for it would not match the byte length), so U+FFFD is written.
        /// </summary>
        private static string WellFormed(string value)
        {
            StringBuilder? builder = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var lone = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                    : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
                if (lone)
                {
                    builder ??= new StringBuilder(value, 0, i, value.Length);
                    builder.Append('\uFFFD');
                }
                else if (char.IsHighSurrogate(c))
                {
                    builder?.Append(c).Append(value[i + 1]);
                    i++;
                }
                else
                {
                    builder?.Append(c);
                }
            }

            return builder?.ToString() ?? value;
        }
    }

    /// <summary>One constructor argument: its name, the reader expression that reads it, and how its tokens are written.</summary>
    internal sealed class Column<T>
    {
        public Column(string name, string read, Action<DataTable, T> write)
        {
            Name = name;
            Read = read;
            Write = write;
        }

        public string Name { get; }

        public string Read { get; }

        public Action<DataTable, T> Write { get; }

        public static Column<T> String(string name, Func<T, string> value) => new(name, "d.String()", (t, item) => t.String(value(item)));

        /// <summary>A string the loader leaves encoded until it is first read (<c>Lazy&lt;string&gt;</c>); written as <see cref="String"/>.</summary>
        public static Column<T> DeferredString(string name, Func<T, string> value) => new(name, "d.DeferredString()", (t, item) => t.String(value(item)));

        public static Column<T> OptionalString(string name, Func<T, string?> value) => new(name, "d.OptionalString()", (t, item) => t.String(value(item)));

        public static Column<T> Date(string name, Func<T, Model.DateModel?> value) => new(name, "d.Date()", (t, item) => t.Date(value(item)));

        /// <summary>An index into an array the loader already built (<paramref name="array"/>), -1 for none.</summary>
        public static Column<T> Ref(string name, string array, Func<T, int> value) => new(name, $"d.Ref({array})", (t, item) => t.Int(value(item)));

        public static Column<T> Refs(string name, string array, Func<T, IReadOnlyList<int>> value) => new(name, $"d.Refs({array})", (t, item) =>
        {
            var refs = value(item);
            t.Int(refs.Count);
            foreach (var r in refs)
            {
                t.Int(r);
            }
        });

        public static Column<T> Strings(string name, Func<T, IReadOnlyList<string>> value) => new(name, "d.Strings()", (t, item) =>
        {
            var list = value(item);
            t.Int(list.Count);
            foreach (var s in list)
            {
                t.String(s);
            }
        });

        /// <summary>A closed-vocabulary term as its enum value (its index in the vocabulary); an optional one absent is -1.</summary>
        public static Column<T> Term(string name, Model.Vocabulary vocabulary, bool required, Func<T, string?> value) => new(
            name,
            required ? $"({vocabulary.TypeName})d.Int()" : $"({vocabulary.TypeName}?)d.OptionalInt()",
            (t, item) =>
            {
                var term = value(item);
                var index = term is null ? -1 : Array.IndexOf(vocabulary.TermNames, term);
                t.Int(required ? Math.Max(index, 0) : index);
            });
    }
}
