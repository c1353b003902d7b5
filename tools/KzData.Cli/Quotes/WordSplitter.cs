using KzData.Common;
using KzData.Generators.Validation;

namespace KzData.Cli.Quotes;

/// <summary>A word of an article: lower-cased, with its original offsets and sentence index.</summary>
internal readonly record struct Word(string Text, int Start, int End, int Sentence);

/// <summary>
/// Words (runs of letters and digits, split exactly as the build's quote matcher splits them:
/// <see cref="NormalizedText.Words"/>) within the sentences of the shared splitter (<see cref="Sentences"/>).
/// </summary>
internal static class WordSplitter
{
    public static IReadOnlyList<Word> Words(string text, IReadOnlyList<Sentence> sentences)
    {
        var words = new List<Word>();
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            foreach (var (word, start) in NormalizedText.Words(text.Substring(sentence.Start, sentence.Length)))
            {
                words.Add(new Word(word.ToLowerInvariant(), sentence.Start + start, sentence.Start + start + word.Length, index));
            }
        }

        return words;
    }

    /// <summary>Words of a short text (a query), lower-cased.</summary>
    public static List<string> Words(string text) => NormalizedText.Words(text).Select(w => w.Word.ToLowerInvariant()).ToList();
}
