using System.Text.RegularExpressions;

namespace KzData.Cli.Tests.Infrastructure;

/// <summary>A contributor's mistake: an edit of the real facts.yaml and the KZ id the build must report for it.</summary>
public sealed record Mistake(string Name, string ExpectedId, Func<string, string> Apply, string? MessageContains = null)
{
    public override string ToString() => Name;
}

/// <summary>The mistakes contributors make, as edits of the real fact file.</summary>
internal static class Mistakes
{
    public static readonly Mistake TamperedQuote = new("tampered quote", "KZ3002",
        y => ReplaceOnce(y, "quote: \"Actually, very few have sided with Russia.\"", "quote: \"Actually, very few have sided with Moscow.\""), "closest passage");

    public static readonly Mistake DuplicateId = new("duplicate id", "KZ2001",
        y => ReplaceOnce(y, "  - id: un-majority-condemned-invasion\n", "  - id: russia-invaded-ukraine-february-24-2022\n"), "it is first defined at line");

    public static readonly Mistake MisspelledEntity = new("misspelled entity", "KZ2003",
        y => ReplaceOnce(y, "entities: [russia, ukraine]", "entities: [russa, ukraine]"), "did you mean 'russia'?");

    public static readonly Mistake ImpossibleDate = new("impossible date 2022-02-30", "KZ1006",
        y => ReplaceOnce(y, "date: \"2022-02-24\"", "date: \"2022-02-30\""), "February 2022 has 28 days");

    public static readonly Mistake MisspelledKey = new("misspelled key", "KZ1003",
        y => ReplaceOnce(y, "    statement: Russia invaded Ukraine", "    statment: Russia invaded Ukraine"), "did you mean 'statement'?");

    public static readonly Mistake MissingSeed = new("missing seed", "KZ2005",
        y => ReplaceOnce(y, "file: 002_2430754713510b96.txt", "file: 002_missing.txt"), "is not among the project's seed files");

    public static readonly Mistake MalformedYaml = new("malformed YAML", "KZ1001",
        y => ReplaceOnce(y, "entities: [russia, ukraine]\n", "entities: [russia, \"ukraine]\n"), "not valid YAML");

    public static readonly Mistake StatementWithoutSpeaker = new("statement without attributed-to", "KZ2010",
        y => AddKind(y, "statement"), "names nobody who said it");

    public static readonly Mistake UnknownClaimKind = new("unknown claim kind with a near miss", "KZ1007",
        y => AddKind(y, "statment"), "did you mean 'statement'?");

    public static IReadOnlyList<Mistake> All { get; } =
    [
        TamperedQuote, DuplicateId, MisspelledEntity, ImpossibleDate, MisspelledKey, MissingSeed, MalformedYaml, StatementWithoutSpeaker, UnknownClaimKind,
    ];

    public static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"the real facts.yaml no longer contains '{find}'; pick another anchor");
        return text[..at] + replace + text[(at + find.Length)..];
    }

    /// <summary>Gives the first fact that has neither a kind nor attributed-to the claim kind <paramref name="kind"/>.</summary>
    private static string AddKind(string yaml, string kind)
    {
        var factsAt = yaml.IndexOf("\nfacts:\n", StringComparison.Ordinal);
        factsAt.ShouldBeGreaterThan(0);
        var blocks = Regex.Matches(yaml[factsAt..], @"\n  - id: [^\n]*\n(?:    [^\n]*\n|\n(?!  - id:)|      [^\n]*\n|        [^\n]*\n)*");
        foreach (Match block in blocks)
        {
            if (block.Value.Contains("\n    kind:", StringComparison.Ordinal) || block.Value.Contains("\n    attributed-to:", StringComparison.Ordinal))
            {
                continue;
            }

            var statement = Regex.Match(block.Value, @"\n    statement: [^\n]*\n");
            statement.Success.ShouldBeTrue();
            var insertAt = factsAt + block.Index + statement.Index + statement.Length;
            return yaml[..insertAt] + "    kind: " + kind + "\n" + yaml[insertAt..];
        }

        throw new InvalidOperationException("every fact of the real facts.yaml has a kind or attributed-to");
    }
}
