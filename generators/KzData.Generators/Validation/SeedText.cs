using System;
using System.Collections.Generic;

namespace KzData.Generators.Validation
{
    /// <summary>A seed article prepared once per run for quote matching: normalised text and line starts.</summary>
    internal sealed class SeedText
    {
        private readonly int[] lineStarts;
        private List<(string Word, int Start)>? words;

        public SeedText(string fileName, string original)
        {
            FileName = fileName;
            Original = original;
            Normalized = NormalizedText.Create(original);
            var starts = new List<int> { 0 };
            for (var i = 0; i < original.Length; i++)
            {
                if (original[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = starts.ToArray();
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
