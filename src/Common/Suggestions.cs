using System;
using System.Collections.Generic;

namespace KzData.Common
{
    /// <summary>"Did you mean" for misspelled ids, keys and enum values (edit distance over names and their parts).</summary>
    internal static class Suggestions
    {
        /// <summary>Longer inputs are compared by this prefix only, so a huge value costs no more than a long one.</summary>
        private const int Cap = 64;

        /// <summary>The candidate closest to <paramref name="value"/>, or null when none is close.</summary>
        /// <param name="value">What the contributor wrote.</param>
        /// <param name="candidates">Valid values, each with extra spellings that identify it (kebab parts, aliases).</param>
        public static string? Nearest(string value, IEnumerable<(string Candidate, IEnumerable<string> Variants)> candidates) =>
            NearestLowered(value.ToLowerInvariant(), Lowered(candidates));

        public static string? Nearest(string value, IEnumerable<string> candidates)
        {
            var list = new List<(string, IEnumerable<string>)>();
            foreach (var c in candidates)
            {
                list.Add((c, c.Split('-')));
            }

            return Nearest(value, list);
        }

        /// <summary>
        /// The search behind <see cref="Nearest(string, IEnumerable{ValueTuple{string, IEnumerable{string}}})"/>, over a
        /// lower-cased value and candidates whose forms (the candidate and its variants) are lower-cased already, so a
        /// caller that asks often can prepare them once. Within the allowed distance (a third of the length), the first
        /// closest candidate wins; a form whose length alone rules it out is skipped, and each distance stops as soon
        /// as it cannot beat the best so far.
        /// </summary>
        public static string? NearestLowered(string wanted, IEnumerable<(string Candidate, IEnumerable<string> Forms)> candidates)
        {
            var allowed = Math.Max(1, (wanted.Length + 1) / 3);
            var a = Truncate(wanted);
            var previous = new int[Cap + 1];
            var current = new int[Cap + 1];
            string? best = null;
            var bestDistance = allowed + 1;
            foreach (var (candidate, forms) in candidates)
            {
                foreach (var form in forms)
                {
                    var b = Truncate(form);
                    var limit = bestDistance - 1;
                    if (Math.Abs(a.Length - b.Length) > limit)
                    {
                        continue;
                    }

                    var distance = BoundedDistance(a, b, limit, previous, current);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = candidate;
                        if (distance == 0)
                        {
                            return best;
                        }
                    }
                }
            }

            return best;
        }

        /// <summary>Formats a suggestion for a message: "; did you mean 'x'?" or nothing.</summary>
        public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

        /// <summary>Levenshtein distance, capped work: long inputs are compared by prefix only.</summary>
        public static int Distance(string a, string b)
        {
            a = Truncate(a);
            b = Truncate(b);
            return BoundedDistance(a, b, int.MaxValue - 1, new int[b.Length + 1], new int[b.Length + 1]);
        }

        /// <summary>
        /// Levenshtein distance of two strings, or more than <paramref name="limit"/> as soon as a whole row exceeds it.
        /// The two row buffers must hold <c>b.Length + 1</c> entries.
        /// </summary>
        internal static int BoundedDistance(string a, string b, int limit, int[] previous, int[] current)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    rowMin = Math.Min(rowMin, current[j]);
                }

                if (rowMin > limit)
                {
                    return limit + 1;
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        private static string Truncate(string value) => value.Length > Cap ? value.Substring(0, Cap) : value;

        private static IEnumerable<(string Candidate, IEnumerable<string> Forms)> Lowered(IEnumerable<(string Candidate, IEnumerable<string> Variants)> candidates)
        {
            foreach (var (candidate, variants) in candidates)
            {
                yield return (candidate, LoweredForms(candidate, variants));
            }
        }

        private static IEnumerable<string> LoweredForms(string candidate, IEnumerable<string> variants)
        {
            yield return candidate.ToLowerInvariant();
            foreach (var variant in variants)
            {
                yield return variant.ToLowerInvariant();
            }
        }
    }
}
