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
        DropSpeaker, "names nobody who said it");

    public static readonly Mistake UnknownClaimKind = new("unknown claim kind with a near miss", "KZ1007",
        MisspellStatementKind, "did you mean 'statement'?");

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

    /// <summary>A statement loses its speaker: attributed-to dropped from a statement, or a fact without one made a statement.</summary>
    private static string DropSpeaker(string yaml)
    {
        foreach (var (start, block) in FactBlocks(yaml))
        {
            var speaker = Regex.Match(block, @"\n    attributed-to: [^\n]*\n");
            if (block.Contains("\n    kind: statement\n", StringComparison.Ordinal) && speaker.Success)
            {
                return yaml[..(start + speaker.Index + 1)] + yaml[(start + speaker.Index + speaker.Length)..];
            }
        }

        return SetKind(yaml, "statement", fact => !fact.Contains("\n    attributed-to:", StringComparison.Ordinal));
    }

    /// <summary>A statement's kind misspelled 'statment' (a kind added where the file has none yet).</summary>
    private static string MisspellStatementKind(string yaml)
    {
        foreach (var (start, block) in FactBlocks(yaml))
        {
            var at = block.IndexOf("\n    kind: statement\n", StringComparison.Ordinal);
            if (at >= 0)
            {
                return yaml[..(start + at)] + "\n    kind: statment\n" + yaml[(start + at + "\n    kind: statement\n".Length)..];
            }
        }

        return SetKind(yaml, "statment", _ => true);
    }

    /// <summary>Sets the kind of the first fact that <paramref name="where"/> accepts (adding the key when absent).</summary>
    private static string SetKind(string yaml, string kind, Func<string, bool> where)
    {
        foreach (var (start, block) in FactBlocks(yaml).Where(b => where(b.Block)))
        {
            var existing = Regex.Match(block, @"\n    kind: [^\n]*\n");
            if (existing.Success)
            {
                return yaml[..(start + existing.Index)] + "\n    kind: " + kind + "\n" + yaml[(start + existing.Index + existing.Length)..];
            }

            var statement = Regex.Match(block, @"\n    statement: [^\n]*\n");
            statement.Success.ShouldBeTrue();
            var insertAt = start + statement.Index + statement.Length;
            return yaml[..insertAt] + "    kind: " + kind + "\n" + yaml[insertAt..];
        }

        throw new InvalidOperationException("no fact of the real facts.yaml fits this mistake");
    }

    /// <summary>Each fact's text (from the newline before "  - id:") and its offset in the file.</summary>
    private static IEnumerable<(int Start, string Block)> FactBlocks(string yaml)
    {
        var factsAt = yaml.IndexOf("\nfacts:\n", StringComparison.Ordinal);
        factsAt.ShouldBeGreaterThan(0);
        foreach (Match block in Regex.Matches(yaml[factsAt..], @"\n  - id: [^\n]*\n(?:    [^\n]*\n|\n(?!  - id:)|      [^\n]*\n|        [^\n]*\n)*"))
        {
            yield return (factsAt + block.Index, block.Value);
        }
    }
}
