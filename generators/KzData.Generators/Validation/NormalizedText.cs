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
        // Folding maps one character to one, so a normalised offset moves away from its original only where a run of
        // white space was collapsed. The map keeps just those places (a run of offsets that map one to one starts at
        // each), not an int per character: a 20 MB seed set would otherwise need 80 MB of map.
        private readonly int[] runStarts;
        private readonly int[] runOriginals;
        private readonly int originalLength;

        private NormalizedText(string text, int[] runStarts, int[] runOriginals, int originalLength)
        {
            Text = text;
            this.runStarts = runStarts;
            this.runOriginals = runOriginals;
            this.originalLength = originalLength;
        }

        public string Text { get; }

        /// <param name="original">The text to normalise.</param>
        /// <param name="scratch">
        /// A buffer to fold into, reused from text to text when it is long enough (a run over many seeds then allocates
        /// one buffer, not one per seed beside its normalised string).
        /// </param>
        public static NormalizedText Create(string original, char[]? scratch = null)
        {
            var chars = scratch is not null && scratch.Length >= original.Length ? scratch : new char[original.Length];
            var runStarts = new List<int> { 0 };
            var runOriginals = new List<int> { 0 };
            var n = 0;
            var skipped = false;
            for (var i = 0; i < original.Length; i++)
            {
                var c = QuoteText.Fold(original[i]);
                if (char.IsWhiteSpace(c))
                {
                    if (n > 0 && chars[n - 1] == ' ')
                    {
                        skipped = true;
                        continue;
                    }

                    c = ' ';
                }

                if (skipped)
                {
                    runStarts.Add(n);
                    runOriginals.Add(i);
                    skipped = false;
                }

                chars[n] = c;
                n++;
            }

            return new NormalizedText(new string(chars, 0, n), runStarts.ToArray(), runOriginals.ToArray(), original.Length);
        }

        /// <summary>Normalises a short string (a quote, a name); no offset map is built.</summary>
        public static string Normalize(string value) => QuoteText.Normalize(value);

        /// <summary>The original offset of a normalised offset; the end of the text maps to the original's end.</summary>
        public int ToOriginal(int normalizedIndex)
        {
            if (normalizedIndex >= Text.Length)
            {
                return originalLength;
            }

            var run = Array.BinarySearch(runStarts, normalizedIndex);
            run = run >= 0 ? run : ~run - 1;
            return runOriginals[run] + (normalizedIndex - runStarts[run]);
        }

        /// <summary>The original offset just after the normalised character at <paramref name="normalizedEnd"/> - 1.</summary>
        public int ToOriginalEnd(int normalizedEnd) => normalizedEnd <= 0 ? 0 : ToOriginal(normalizedEnd - 1) + 1;

        /// <summary>Splits text into words with their normalised start offsets.</summary>
        public static List<(string Word, int Start)> Words(string text)
        {
            var words = new List<(string, int)>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var isWord = i < text.Length && IsWordChar(text[i]);
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

        /// <summary>How many words <see cref="Words"/> finds, without building them.</summary>
        public static int CountWords(string text)
        {
            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1])))
                {
                    count++;
                }
            }

            return count;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
    }
}
