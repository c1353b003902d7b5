using System.Globalization;
using System.Text;

namespace KzData.Benchmarks;

/// <summary>Builds large valid fact files over generated articles, for scale tests and benchmarks.</summary>
public static class SyntheticDataset
{
    private static readonly string[] Words =
    {
        "Astana", "Moscow", "pipeline", "sanctions", "border", "treaty", "minister", "exports", "alliance", "referendum",
        "migrants", "customs", "railway", "grain", "tariff", "summit", "drills", "envoy", "budget", "currency",
    };

    /// <summary>A fact file with <paramref name="facts"/> facts, each quoting one sentence of one of the seeds.</summary>
    public static string Create(int facts, out IReadOnlyDictionary<string, string> seeds)
    {
        const int FactsPerSource = 100;
        var sourceCount = Math.Max(1, (facts + FactsPerSource - 1) / FactsPerSource);
        var random = new Random(42);
        var seedTexts = new Dictionary<string, string>();
        var sentences = new List<string>[sourceCount];
        for (var s = 0; s < sourceCount; s++)
        {
            var text = new StringBuilder($"Synthetic article {s}\n");
            sentences[s] = new List<string>();
            for (var i = 0; i < FactsPerSource; i++)
            {
                var sentence = $"Kazakhstan reported {random.Next(1000, 999999).ToString("N0", CultureInfo.InvariantCulture)} {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} in case {s}-{i} according to officials.";
                sentences[s].Add(sentence);
                text.Append(sentence).Append(' ');
                // Filler so the seeds add up to a few MB, as a grown dataset would.
                for (var f = 0; f < 3; f++)
                {
                    text.Append(Words[random.Next(Words.Length)]).Append(' ').Append(Words[random.Next(Words.Length)]).Append(" and more of the same. ");
                }

                text.Append('\n');
            }

            seedTexts[$"synthetic-{s:D4}.txt"] = text.ToString();
        }

        var yaml = new StringBuilder("sources:\n");
        for (var s = 0; s < sourceCount; s++)
        {
            yaml.Append($"  - id: source-{s}\n    file: synthetic-{s:D4}.txt\n    title: Synthetic article {s}\n    text-quality: original\n    publisher: synthetic-press\n    published: 2022-10\n");
        }

        yaml.Append("entities:\n  - id: kazakhstan\n    kind: country\n    name: Kazakhstan\n    description: Central Asian republic\n");
        yaml.Append("  - id: synthetic-press\n    kind: media\n    name: Synthetic Press\n    description: The outlet of every synthetic article\n");
        yaml.Append("facts:\n");
        for (var i = 0; i < facts; i++)
        {
            var s = i / FactsPerSource;
            var sentence = sentences[s][i % FactsPerSource];
            var number = sentence.Split(' ')[2].Replace(",", string.Empty);
            yaml.Append($"  - id: fact-{i}\n    statement: According to its source, synthetic fact {i}.\n    topic: economy\n    kind: event\n    date: 2022-{1 + (i % 12):D2}\n");
            yaml.Append($"    entities: [kazakhstan]\n    quantity: {{ value: {number}, unit: items }}\n");
            yaml.Append($"    evidence:\n      - source: source-{s}\n        quote: \"{sentence}\"\n");
        }

        seeds = seedTexts;
        return yaml.ToString();
    }
}
