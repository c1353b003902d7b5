using System;
using System.Collections.Generic;
using System.Linq;

namespace KzData.Generators.Validation
{
    /// <summary>Where a quote sits in its article, in the article's original offsets.</summary>
    internal readonly struct QuoteMatch
    {
        public QuoteMatch(int start, int length, int line)
        {
            Start = start;
            Length = length;
            Line = line;
        }

        public int Start { get; }

        public int Length { get; }

        public int Line { get; }
    }

    /// <summary>
    /// Finds quotes in articles. Matching is case-sensitive and ignores only presentation (quote marks,
    /// dashes, white space); "..." or "…" in a quote marks an elision whose pieces must occur in order.
    /// </summary>
    internal static class QuoteMatcher
    {
        private static readonly string[] ElisionMarks = { "...", "\u2026" };

        /// <summary>The pieces of a normalised quote between elisions; empty pieces dropped.</summary>
        public static string[] Pieces(string normalizedQuote)
        {
            if (normalizedQuote.IndexOf(ElisionMarks[0], StringComparison.Ordinal) < 0 && normalizedQuote.IndexOf(ElisionMarks[1], StringComparison.Ordinal) < 0)
            {
                // Most quotes have no elision: one piece, not a split.
                var piece = normalizedQuote.Trim();
                return piece.Length == 0 ? Array.Empty<string>() : new[] { piece };
            }

            return normalizedQuote
                .Split(ElisionMarks, StringSplitOptions.None)
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .ToArray();
        }

        /// <summary>Counts the words of a normalised quote (elision marks and punctuation are not words).</summary>
        public static int CountWords(string normalizedQuote) => NormalizedText.CountWords(normalizedQuote);

        public static QuoteMatch? Find(string quote, SeedText seed) => FindNormalized(NormalizedText.Normalize(quote), seed);

        /// <summary>Finds a quote already passed through <see cref="NormalizedText.Normalize"/>.</summary>
        public static QuoteMatch? FindNormalized(string normalizedQuote, SeedText seed)
        {
            var pieces = Pieces(normalizedQuote);
            if (pieces.Length == 0)
            {
                return null;
            }

            var text = seed.Normalized.Text;
            var starts = new int[pieces.Length];
            var from = 0;
            for (var i = 0; i < pieces.Length; i++)
            {
                var at = text.IndexOf(pieces[i], from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return null;
                }

                starts[i] = at;
                from = at + pieces[i].Length;
            }

            // Greedy search finds the earliest piece 0; pull earlier pieces forward to the latest
            // occurrence before their successor so the span is as tight as the article allows.
            for (var i = pieces.Length - 2; i >= 0; i--)
            {
                var limit = starts[i + 1] - pieces[i].Length;
                var later = limit >= 0 ? text.LastIndexOf(pieces[i], limit, StringComparison.Ordinal) : -1;
                if (later > starts[i])
                {
                    starts[i] = later;
                }
            }

            var last = pieces.Length - 1;
            var start = seed.Normalized.ToOriginal(starts[0]);
            var end = seed.Normalized.ToOriginalEnd(starts[last] + pieces[last].Length);
            return new QuoteMatch(start, end - start, seed.LineOf(start));
        }

        /// <summary>
        /// The passage of the article sharing the most words with the quote (a sliding window of the
        /// quote's length), so a not-found message can show the contributor what the article says.
        /// </summary>
        public static (int Line, string Text) ClosestPassage(string quote, SeedText seed)
        {
            var quoteWords = NormalizedText.Words(NormalizedText.Normalize(quote)).Select(w => w.Word).ToList();
            var words = seed.Words;
            if (quoteWords.Count == 0 || words.Count == 0)
            {
                return (1, Snippet(seed.Normalized.Text, 0, 80));
            }

            var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var w in quoteWords)
            {
                wanted[w] = wanted.TryGetValue(w, out var c) ? c + 1 : 1;
            }

            var window = Math.Min(quoteWords.Count, words.Count);
            var bigrams = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < quoteWords.Count; i++)
            {
                bigrams.Add(quoteWords[i - 1] + " " + quoteWords[i]);
            }

            var have = new Dictionary<string, int>(StringComparer.Ordinal);
            var matched = 0;
            var best = 0;
            var bestBigrams = -1;
            var bestEnds = -1;
            var bestStart = 0;
            for (var i = 0; i < words.Count; i++)
            {
                matched += Add(have, wanted, words[i].Word, +1);
                if (i >= window)
                {
                    matched += Add(have, wanted, words[i - window].Word, -1);
                }

                var windowStart = i - window + 1;
                if (windowStart < 0 || matched < best || matched == 0)
                {
                    continue;
                }

                // Ties on shared words go to the window that also keeps their order (shared word pairs).
                var pairs = 0;
                for (var j = windowStart + 1; j <= i; j++)
                {
                    pairs += bigrams.Contains(words[j - 1].Word + " " + words[j].Word) ? 1 : 0;
                }

                // Then to the window that starts and ends where the quote does.
                var ends = (words[windowStart].Word == quoteWords[0] ? 1 : 0) + (words[i].Word == quoteWords[quoteWords.Count - 1] ? 1 : 0);
                if (matched > best || pairs > bestBigrams || (pairs == bestBigrams && ends > bestEnds))
                {
                    best = matched;
                    bestBigrams = pairs;
                    bestEnds = ends;
                    bestStart = windowStart;
                }
            }

            var normalizedStart = words[bestStart].Start;
            var lastWord = words[Math.Min(words.Count - 1, bestStart + window - 1)];
            var normalizedEnd = lastWord.Start + lastWord.Word.Length;
            var line = seed.LineOf(seed.Normalized.ToOriginal(normalizedStart));
            return (line, Snippet(seed.Normalized.Text, normalizedStart, Math.Min(normalizedEnd - normalizedStart, 160)));
        }

        private static int Add(Dictionary<string, int> have, Dictionary<string, int> wanted, string word, int delta)
        {
            if (!wanted.TryGetValue(word, out var want))
            {
                return 0;
            }

            have.TryGetValue(word, out var count);
            have[word] = count + delta;
            // A word counts while the window holds no more copies of it than the quote.
            return delta > 0 ? (count < want ? 1 : 0) : (count <= want ? -1 : 0);
        }

        private static string Snippet(string text, int start, int length)
        {
            length = Math.Max(0, Math.Min(length, text.Length - start));
            var snippet = text.Substring(start, length);
            return length < text.Length - start && length >= 160 ? snippet + "..." : snippet;
        }
    }
}
