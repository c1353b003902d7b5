using System;
using System.Collections.Generic;

namespace KzData.Common
{
    /// <summary>A sentence of an article: its offsets [Start, End) in the article's text and its 1-based line.</summary>
    internal sealed record Sentence(int Start, int End, int Line)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// Splits an article into sentences: within each line, at '.', '!' or '?' followed by space and a capital, a
    /// digit or an opening quote; not after common abbreviations, initials or inside '...'. One splitter for the
    /// kzdata tool (quote, coverage) and the API's coverage of an article, so both count the same sentences.
    /// </summary>
    internal static class Sentences
    {
        private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
        {
            "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Prof", "Jr", "Sr", "Gov", "Pres",
            "Mt", "No", "vs", "etc", "e.g", "i.e", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "approx",
        };

        public static IReadOnlyList<Sentence> Split(string text)
        {
            var sentences = new List<Sentence>();
            var line = 1;
            var paragraphStart = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    SplitParagraph(text, paragraphStart, i, line, sentences);
                    line++;
                    paragraphStart = i + 1;
                }
            }

            return sentences;
        }

        private static void SplitParagraph(string text, int from, int to, int line, List<Sentence> into)
        {
            var start = from;
            for (var i = from; i < to; i++)
            {
                var c = text[i];
                if (c is not ('.' or '!' or '?'))
                {
                    continue;
                }

                if (c == '.' && ((i + 1 < to && text[i + 1] == '.') || (i > from && text[i - 1] == '.')))
                {
                    continue; // an elision "..."
                }

                var j = i + 1;
                while (j < to && text[j] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
                {
                    j++;
                }

                if (j >= to || !char.IsWhiteSpace(text[j]))
                {
                    continue;
                }

                var k = j;
                while (k < to && char.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                if (k >= to || !StartsSentence(text[k]) || (c == '.' && IsAbbreviation(text, from, i)))
                {
                    continue;
                }

                Add(text, start, j, line, into);
                start = k;
            }

            Add(text, start, to, line, into);
        }

        private static bool StartsSentence(char c) =>
            char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';

        private static bool IsAbbreviation(string text, int from, int dot)
        {
            var s = dot;
            while (s > from && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 1 > from && char.IsLetter(text[s - 2]))))
            {
                s--;
            }

            var word = text.Substring(s, dot - s);
            return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
        }

        private static void Add(string text, int start, int end, int line, List<Sentence> into)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            for (var i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    into.Add(new Sentence(start, end, line));
                    return;
                }
            }
        }
    }
}
