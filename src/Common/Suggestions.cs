using System;
using System.Collections.Generic;

namespace KzData.Common
{
    /// <summary>"Did you mean" for misspelled ids, keys and enum values (edit distance over names and their parts).</summary>
    internal static class Suggestions
    {
        /// <summary>The candidate closest to <paramref name="value"/>, or null when none is close.</summary>
        /// <param name="value">What the contributor wrote.</param>
        /// <param name="candidates">Valid values, each with extra spellings that identify it (kebab parts, aliases).</param>
        public static string? Nearest(string value, IEnumerable<(string Candidate, IEnumerable<string> Variants)> candidates)
        {
            var wanted = value.ToLowerInvariant();
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var (candidate, variants) in candidates)
            {
                var distance = Distance(wanted, candidate.ToLowerInvariant());
                foreach (var variant in variants)
                {
                    distance = Math.Min(distance, Distance(wanted, variant.ToLowerInvariant()));
                }

                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            var allowed = Math.Max(1, (wanted.Length + 1) / 3);
            return best is not null && bestDistance <= allowed ? best : null;
        }

        public static string? Nearest(string value, IEnumerable<string> candidates)
        {
            var list = new List<(string, IEnumerable<string>)>();
            foreach (var c in candidates)
            {
                list.Add((c, c.Split('-')));
            }

            return Nearest(value, list);
        }

        /// <summary>Formats a suggestion for a message: "; did you mean 'x'?" or nothing.</summary>
        public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

        /// <summary>Levenshtein distance, capped work: long inputs are compared by prefix only.</summary>
        public static int Distance(string a, string b)
        {
            const int Cap = 64;
            if (a.Length > Cap)
            {
                a = a.Substring(0, Cap);
            }

            if (b.Length > Cap)
            {
                b = b.Substring(0, Cap);
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
