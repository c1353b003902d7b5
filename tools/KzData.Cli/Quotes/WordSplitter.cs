using KzData.Common;

namespace KzData.Cli.Quotes;

/// <summary>A word of an article: lower-cased, with its original offsets and sentence index.</summary>
internal readonly record struct Word(string Text, int Start, int End, int Sentence);

/// <summary>
/// Splits text into words (runs of letters and digits, as the build counts them), within the sentences of
/// the shared splitter (<see cref="KzData.Common.Sentences"/>).
/// </summary>
internal static class WordSplitter
{
    public static IReadOnlyList<Word> Words(string text, IReadOnlyList<Sentence> sentences)
    {
        var words = new List<Word>();
        foreach (var (sentence, index) in sentences.Select((s, i) => (s, i)))
        {
            var start = -1;
            for (var i = sentence.Start; i <= sentence.End; i++)
            {
                var isWord = i < sentence.End && char.IsLetterOrDigit(text[i]);
                if (isWord && start < 0)
                {
                    start = i;
                }
                else if (!isWord && start >= 0)
                {
                    words.Add(new Word(text[start..i].ToLowerInvariant(), start, i, index));
                    start = -1;
                }
            }
        }

        return words;
    }

    /// <summary>Words of a short text (a query), lower-cased.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
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
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
