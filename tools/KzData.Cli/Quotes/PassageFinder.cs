using KzData.Common;
using KzData.Cli.Engine;

namespace KzData.Cli.Quotes;

/// <summary>A passage proposed as a quote: the article text to quote, where it is, and how well it matched.</summary>
internal sealed record Passage(SourceInfo Source, string Quote, int Line, int Start, int End, double Score);

/// <summary>
/// Finds where a few remembered words stand in the articles. Tolerant of what a contributor's memory
/// changes: quote marks, dashes and spacing (the build's own folding), case, punctuation, and small
/// wording differences (a word more or less, a changed ending, a typo), by a local alignment of the
/// words. Proposes the full sentence around the match (a clause of a very long one), at least as many
/// words as the build asks of a quote, and only text the build accepts.
/// </summary>
internal static class PassageFinder
{
    /// <summary>Sentences longer than this are cut to the clauses around the match.</summary>
    public const int LongSentenceWords = 45;

    /// <summary>Below this share of the words matched, a passage is not proposed.</summary>
    public const double MinimumScore = 0.5;

    private const double SkipArticleWord = 0.4;
    private const double SkipQueryWord = 0.6;
    private const double NearMatch = 0.8;

    public static IReadOnlyList<Passage> Find(string words, IEnumerable<SourceInfo> sources, int max = 5)
    {
        var query = WordSplitter.Words(GeneratorBridge.Normalize(words));
        if (query.Count == 0)
        {
            return [];
        }

        var found = new List<Passage>();
        foreach (var source in sources.Where(s => s.Text.Length > 0))
        {
            found.AddRange(FindIn(query, source));
        }

        return found
            .GroupBy(p => (p.Source.Id, p.Start, p.End))
            .Select(g => g.OrderByDescending(p => p.Score).First())
            .OrderByDescending(p => p.Score) // stable: ties stay in source and article order
            .Take(max)
            .ToList();
    }

    private static IEnumerable<Passage> FindIn(List<string> query, SourceInfo source)
    {
        var text = source.Text;
        var sentences = Sentences.Split(text);
        var words = WordSplitter.Words(text, sentences);
        var firstWordOf = new int[sentences.Count + 1];
        Array.Fill(firstWordOf, words.Count);
        for (var w = words.Count - 1; w >= 0; w--)
        {
            firstWordOf[words[w].Sentence] = w;
        }

        for (var s = sentences.Count - 1; s >= 0; s--)
        {
            firstWordOf[s] = Math.Min(firstWordOf[s], firstWordOf[s + 1]);
        }

        // A window of two sentences, so words that run over a sentence end are found too.
        for (var s = 0; s < sentences.Count; s++)
        {
            var from = firstWordOf[s];
            var to = firstWordOf[Math.Min(sentences.Count, s + 2)];
            if (to <= from)
            {
                continue;
            }

            var (score, first, last) = Align(query, words, from, to);
            if (score / query.Count < MinimumScore)
            {
                continue;
            }

            var passage = Propose(source, sentences, words, first, last, score / query.Count);
            if (passage is not null)
            {
                yield return passage;
            }
        }
    }

    /// <summary>Local alignment of the query against article words [from, to): best score and the matched word range.</summary>
    private static (double Score, int First, int Last) Align(List<string> query, IReadOnlyList<Word> words, int from, int to)
    {
        var n = to - from;
        var previous = new double[n + 1];
        var current = new double[n + 1];
        var previousStart = new int[n + 1];
        var currentStart = new int[n + 1];
        var best = (Score: 0.0, First: -1, Last: -1);
        for (var i = 1; i <= query.Count; i++)
        {
            current[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var similarity = Similarity(query[i - 1], words[from + j - 1].Text);
                var diagonal = previous[j - 1] + (similarity > 0 ? similarity : -SkipQueryWord);
                var diagonalStart = previous[j - 1] > 0 ? previousStart[j - 1] : from + j - 1;
                if (previous[j - 1] <= 0 && similarity <= 0)
                {
                    diagonal = 0;
                }

                var up = previous[j] - SkipQueryWord;
                var left = current[j - 1] - SkipArticleWord;
                var value = 0.0;
                var start = -1;
                if (diagonal > value)
                {
                    value = diagonal;
                    start = diagonalStart;
                }

                if (up > value)
                {
                    value = up;
                    start = previousStart[j];
                }

                if (left > value)
                {
                    value = left;
                    start = currentStart[j - 1];
                }

                current[j] = value;
                currentStart[j] = start;
                if (value > best.Score && similarity > 0)
                {
                    best = (value, start, from + j - 1);
                }
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        return best;
    }

    /// <summary>1 for the same word, <see cref="NearMatch"/> for a typo or another ending of it, else 0.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4)
        {
            return 0;
        }

        var prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix >= 5 && prefix >= shorter - 3)
        {
            return NearMatch; // recognize / recognition, referendums / referenda
        }

        var limit = shorter >= 7 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= limit && Distance(a, b) <= limit ? NearMatch : 0;
    }

    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>The sentence(s) around matched words [first, last], cut to clauses when very long, grown to the minimum length.</summary>
    private static Passage? Propose(SourceInfo source, IReadOnlyList<Sentence> sentences, IReadOnlyList<Word> words, int first, int last, double score)
    {
        var text = source.Text;
        var firstSentence = words[first].Sentence;
        var lastSentence = words[last].Sentence;
        var start = sentences[firstSentence].Start;
        var end = sentences[lastSentence].End;

        if (CountWords(words, start, end) > LongSentenceWords)
        {
            (start, end) = Clauses(text, start, end, words[first].Start, words[last].End);
        }

        // Too short for the build (a heading, "Image: Reuters."): take in the next sentence, else the previous.
        while (CountWords(words, start, end) < GeneratorBridge.MinimumQuoteWords)
        {
            var after = sentences.FirstOrDefault(s => s.Start >= end);
            var before = sentences.LastOrDefault(s => s.End <= start);
            if (after is not null)
            {
                end = after.End;
            }
            else if (before is not null)
            {
                start = before.Start;
            }
            else
            {
                break;
            }
        }

        var quote = Collapse(text[start..end]);
        if (!GeneratorBridge.Accepts(quote, source.File, text))
        {
            return null;
        }

        return new Passage(source, quote, LineOf(text, start), start, end, Math.Round(Math.Min(1, score), 2));
    }

    /// <summary>The clauses of [start, end) that cover the match [matchStart, matchEnd): cut at , ; : and dashes between words.</summary>
    private static (int Start, int End) Clauses(string text, int start, int end, int matchStart, int matchEnd)
    {
        var cuts = new List<int> { start };
        for (var i = start + 1; i < end - 1; i++)
        {
            var c = text[i];
            if ((c is ',' or ';' or ':') && char.IsWhiteSpace(text[i + 1]))
            {
                cuts.Add(i + 1);
            }
            else if (c is '\u2014' or '\u2013' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
            {
                cuts.Add(i + 1);
            }
        }

        cuts.Add(end);
        var from = cuts.Last(c => c <= matchStart);
        var to = cuts.First(c => c >= matchEnd);
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is ',' or ';' or ':'))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] is ',' or ';' or ':' or '\u2014' or '\u2013'))
        {
            to--;
        }

        return (from, to);
    }

    private static int CountWords(IReadOnlyList<Word> words, int start, int end) => words.Count(w => w.Start >= start && w.End <= end);

    private static string Collapse(string passage)
    {
        var builder = new System.Text.StringBuilder(passage.Length);
        foreach (var c in passage)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    private static int LineOf(string text, int offset) => 1 + text.AsSpan(0, offset).Count('\n');
}
