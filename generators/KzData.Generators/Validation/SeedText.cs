using System;
using System.Collections.Generic;

namespace KzData.Generators.Validation
{
    /// <summary>A seed article prepared once per run for quote matching: normalised text and line starts.</summary>
    internal sealed class SeedText
    {
        private readonly int[] lineStarts;
        private List<(string Word, int Start)>? words;

        /// <param name="fileName">The seed's file name.</param>
        /// <param name="original">Its text.</param>
        /// <param name="scratch">A buffer for normalising, shared by the seeds of a run (see <see cref="NormalizedText.Create"/>).</param>
        public SeedText(string fileName, string original, char[]? scratch = null)
        {
            FileName = fileName;
            Original = original;
            Normalized = NormalizedText.Create(original, scratch);
            // Counted first, so the line starts are one array of the right size (not a list grown and copied).
            var lines = 1;
            for (var i = 0; i < original.Length; i++)
            {
                lines += original[i] == '\n' ? 1 : 0;
            }

            lineStarts = new int[lines];
            var line = 1;
            for (var i = 0; i < original.Length; i++)
            {
                if (original[i] == '\n')
                {
                    lineStarts[line++] = i + 1;
                }
            }
        }

        public string FileName { get; }

        public string Original { get; }

        public NormalizedText Normalized { get; }

        /// <summary>Words of the normalised text, computed only when a quote is not found.</summary>
        public List<(string Word, int Start)> Words => words ??= NormalizedText.Words(Normalized.Text);

        /// <summary>1-based line of an original offset.</summary>
        public int LineOf(int originalIndex)
        {
            var index = Array.BinarySearch(lineStarts, originalIndex);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
