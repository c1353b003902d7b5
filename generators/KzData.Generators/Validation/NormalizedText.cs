using System;
using System.Collections.Generic;
using KzData.Common;

namespace KzData.Generators.Validation
{
    /// <summary>
    /// A text with presentation differences folded away (curly vs straight quotes, dash kinds,
    /// runs of white space), keeping a map back to the original offsets so matches can be
    /// reported in the article's own coordinates.
    /// </summary>
    internal sealed class NormalizedText
    {
        private readonly int[] map;
        private readonly int originalLength;

        private NormalizedText(string text, int[] map, int originalLength)
        {
            Text = text;
            this.map = map;
            this.originalLength = originalLength;
        }

        public string Text { get; }

        public static NormalizedText Create(string original)
        {
            var chars = new char[original.Length];
            var map = new int[original.Length];
            var n = 0;
            for (var i = 0; i < original.Length; i++)
            {
                var c = QuoteText.Fold(original[i]);
                if (char.IsWhiteSpace(c))
                {
                    if (n > 0 && chars[n - 1] == ' ')
                    {
                        continue;
                    }

                    c = ' ';
                }

                chars[n] = c;
                map[n] = i;
                n++;
            }

            var trimmed = new int[n];
            Array.Copy(map, trimmed, n);
            return new NormalizedText(new string(chars, 0, n), trimmed, original.Length);
        }

        /// <summary>Normalises a short string (a quote, a name); no offset map is built.</summary>
        public static string Normalize(string value) => QuoteText.Normalize(value);

        /// <summary>The original offset of a normalised offset; the end of the text maps to the original's end.</summary>
        public int ToOriginal(int normalizedIndex) => normalizedIndex >= map.Length ? originalLength : map[normalizedIndex];

        /// <summary>The original offset just after the normalised character at <paramref name="normalizedEnd"/> - 1.</summary>
        public int ToOriginalEnd(int normalizedEnd) => normalizedEnd <= 0 ? 0 : map[normalizedEnd - 1] + 1;

        /// <summary>Splits text into words with their normalised start offsets.</summary>
        public static List<(string Word, int Start)> Words(string text)
        {
            var words = new List<(string, int)>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (isWord && start < 0)
                {
                    start = i;
                }
                else if (!isWord && start >= 0)
                {
                    words.Add((text.Substring(start, i - start), start));
                    start = -1;
                }
            }

            return words;
        }
    }
}
