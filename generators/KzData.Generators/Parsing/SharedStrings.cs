using System;
using System.Collections.Generic;

namespace KzData.Generators.Parsing
{
    /// <summary>
    /// One instance per distinct short value of a parse: keys ("statement", "evidence") and terms ("economy") repeat for
    /// every item, and the tree keeps every value for as long as the pipeline caches it. The parser's own copy is then
    /// garbage at once, which the GC collects for free, instead of a copy per item surviving into the old generations.
    /// </summary>
    internal sealed class SharedStrings
    {
        /// <summary>Longer values are mostly unique (statements, quotes); sharing them would only cost a lookup.</summary>
        private const int MaxLength = 24;

        /// <summary>Bounds the table on a file of unique short values; the repeated ones come early in any real file.</summary>
        private const int MaxCount = 4096;

        private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

        public string Share(string value)
        {
            if (value.Length > MaxLength)
            {
                return value;
            }

            if (strings.TryGetValue(value, out var shared))
            {
                return shared;
            }

            if (strings.Count < MaxCount)
            {
                strings.Add(value, value);
            }

            return value;
        }
    }
}
