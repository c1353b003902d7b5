using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Tests;

/// <summary>
/// One bad input per diagnostic id: the valid fixture with one edit. Each asserts the id, the severity
/// and the line and column in facts.yaml (found by searching the bad text for the offending token).
/// The unedited fixture is the fixed input, and it is clean.
/// </summary>
public sealed class DiagnosticTests
{
    public static TheoryData<DiagnosticCase> Cases => new()
    {
        new("KZ1001", "aliases: [Kazakh]", "aliases: [Kazakh, \"Qazaq]", Marker: "\"Qazaq]"),
        new("KZ1002", "    title: Migration figures\n", "", Marker: "id: beta"),
        new("KZ1003", "statement: Kazakhstan abstained", "statment: Kazakhstan abstained", Marker: "statment", MessageContains: "in fact 'un-general-assembly-abstention'; did you mean 'statement'?"),
        new("KZ1004", "entities: [kazakhstan]\n", "entities: kazakhstan\n", Marker: "kazakhstan", After: "entities: kazakhstan\n"),
        new("KZ1005", "id: csto-exercises", "id: CSTO_Exercises", Marker: "CSTO_Exercises", MessageContains: "try 'csto-exercises'"),
        new("KZ1006", "date: 2022-03-02", "date: 2022-02-30", Marker: "2022-02-30", MessageContains: "February 2022 has 28 days"),
        new("KZ1007", "topic: security", "topic: securty", Marker: "securty", MessageContains: "did you mean 'security'?"),
        new("KZ1008", "name: Russia\n", "name: \"\"\n", Marker: "name: \"\""),
        new("KZ1009", "    topic: security\n", "    topic: security\n    topic: diplomacy\n", Marker: "topic: diplomacy", After: "id: csto-exercises"),
        new("KZ2001", "id: csto-exercises", "id: un-general-assembly-abstention", Marker: "un-general-assembly-abstention", After: "id: russians-staying"),
        new("KZ2002", "source: beta\n        quote: \"The CSTO", "source: betta\n        quote: \"The CSTO", Marker: "betta", MessageContains: "did you mean 'beta'?"),
        new("KZ2003", "entities: [kazakhstan, mukhtar-tleuberdi]", "entities: [kazakhstan, tleuberdy]", Marker: "tleuberdy", MessageContains: "did you mean 'mukhtar-tleuberdi'?"),
        new("KZ2004", "conflicts-with: [russians-staying-353000]", "conflicts-with: [russians-staying-35300]", Marker: "russians-staying-35300]", MessageContains: "did you mean 'russians-staying-353000'?"),
        new("KZ2005", "file: seed-b.txt", "file: seed-c.txt", Marker: "seed-c.txt", MessageContains: "did you mean 'seed-a.txt'?"),
        new("KZ2006", "\nentities:\n", "  - id: gamma\n    file: seed-a.txt\n    title: Unused\n    text-quality: original\n\nentities:\n", Marker: "gamma", Severity: DiagnosticSeverity.Warning),
        new("KZ2007", "\nfacts:\n", "  - id: ukraine\n    kind: country\n    name: Ukraine\n    description: Unused\n\nfacts:\n", Marker: "ukraine", Severity: DiagnosticSeverity.Warning),
        new("KZ1007", "kind: assessment", "kind: asessment", Marker: "asessment", MessageContains: "did you mean 'assessment'?"),
        new("KZ2010", "    attributed-to: mukhtar-tleuberdi\n", "", Marker: "statement\n", After: "id: no-recognition-of-republics", MessageContains: "add attributed-to"),
        new("KZ2011", "    author: anna-writer\n", "", Marker: "assessment\n", After: "id: russia-may-be-losing-influence", MessageContains: "its first source 'alpha' names no author"),
        new("KZ2012", "publisher: steppe-news\n    published: 2022-03-05", "publisher: russia\n    published: 2022-03-05", Marker: "russia", After: "publisher: ", MessageContains: "is of kind 'country'"),
        new("KZ2013", "author: anna-writer", "author: csto", Marker: "csto", After: "author: ", MessageContains: "is of kind 'organization'"),
        new("KZ3010", "statement: Russia may be losing its influence over Kazakhstan.\n    kind: assessment", "statement: Russia is losing its influence over Kazakhstan.\n    kind: event", Marker: "Russia is losing", Severity: DiagnosticSeverity.Warning, MessageContains: "'may'"),
        new("KZ3011", "    date: 2022-09\n", "    date: 2022-09\n    hedge-waiver: The exercises are certain.\n", Marker: "hedge-waiver", Severity: DiagnosticSeverity.Warning, MessageContains: "no quote of the fact hedges"),
        new("KZ2008", "id: csto-exercises", "id: facts", Marker: "facts", After: "- id: russians-staying", MessageContains: "the class Facts"),
        new("KZ3001", "    evidence:\n      - source: beta\n        quote: \"The CSTO held exercises from September to October with Kazakh troops taking part.\"\n", "", Marker: "id: csto-exercises"),
        new("KZ3002", "with Kazakh troops taking part", "with Kazakh soldiers taking part", Marker: "\"The CSTO held", MessageContains: "closest passage, line 3"),
        new("KZ3003", "\"The CSTO held exercises from September to October with Kazakh troops taking part.\"", "\"The CSTO held exercises\"", Marker: "\"The CSTO held exercises\"", Severity: DiagnosticSeverity.Warning),
        new("KZ3004", "value: 353000", "value: 354000", Marker: "354000", MessageContains: "353000"),
        new("KZ3005", "entities: [kazakhstan, csto]", "entities: [kazakhstan, csto, russia]", Marker: "russia]", After: "id: csto-exercises", Severity: DiagnosticSeverity.Warning),
        new("KZ4001", "until: 2022-10", "until: 2022-08", Marker: "2022-08"),
        new("KZ4002", "    conflicts-with: [russians-arrived-200000]\n", "", Marker: "russians-staying-353000]"),
        new("KZ4003", "conflicts-with: [russians-arrived-200000]", "conflicts-with: [russians-arrived-200000, russians-staying-353000]", Marker: "russians-staying-353000]", After: "id: russians-staying"),
        new("KZ4004", "entities: [kazakhstan, csto]", "entities: [kazakhstan, csto, csto]", Marker: "csto]", After: "[kazakhstan, csto, "),
        new("KZ4005", "member-of: [csto]", "member-of: [russia]", Marker: "russia]", After: "member-of: ["),
        // What the generator refuses (issue 14).
        new("KZ1020", "# A small, valid fact file used as the base of the diagnostic tests.\n", "facts: []\n", Marker: "facts: []", MessageContains: "section 'facts' is empty"),
        new("KZ1021", "    aliases: [Kazakh]\n    member-of: [csto]", "    aliases: &k [Kazakh]\n    member-of: *k", Marker: "*k", MessageContains: "'*k'"),
        new("KZ1022", "name: Russia\n", "name: !!str Russia\n", Marker: "!!str", MessageContains: "'tag:yaml.org,2002:str'"),
        new("KZ1023", "note: The two figures measure different things.", "note: " + new string('x', 10_001), Marker: "xxxxx", MessageContains: "10,001 characters"),
        new("KZ1024", "file: seed-b.txt", "file: seed-c.txt", Marker: "seed-c.txt", MessageContains: "at most 64,000,000", SeedName: "seed-c.txt", SeedText: Fixture.Seeds["seed-b.txt"], SeedPadding: 64_000_000),
        new("KZ1025", "name: Russia\n", "name: Rus\uFFFDsia\n", Marker: "\uFFFD", MessageContains: "U+FFFD"),
        new("KZ1026", "statement: Kazakhstan abstained", "statement: Kazakhstan\u202E abstained", Marker: "\u202E", MessageContains: "U+202E"),
        new("KZ1027", "file: seed-b.txt", "file: seed-c.txt", Marker: "seed-c.txt", MessageContains: "'seed-c.txt' is empty", SeedName: "seed-c.txt", SeedText: ""),
        new("KZ1029", "aliases: [Kazakh]", "aliases: [Kazakh" + string.Concat(Enumerable.Repeat(", Q", 102)) + "]", Marker: "Q]", MessageContains: "1 more KZ4004 diagnostics are not shown (101 in all)", Severity: DiagnosticSeverity.Warning),
        new("KZ2004", "replaced-by: csto-exercises", "replaced-by: csto-exercise", Marker: "csto-exercise", After: "replaced-by: ", MessageContains: "did you mean 'csto-exercises'?"),
        new("KZ2004", "conflicts-with: [russians-staying-353000]", "conflicts-with: [csto-drills]", Marker: "csto-drills]", MessageContains: "unknown fact 'csto-drills'; it is retired, replaced by 'csto-exercises': refer to that fact"),
        new("KZ2020", "id: kazakh-troops-abroad", "id: un-general-assembly-abstention", Marker: "un-general-assembly-abstention", MessageContains: "is still a fact (line "),
        new("KZ2021", "replaced-by: csto-exercises", "replaced-by: kazakh-troops-abroad", Marker: "kazakh-troops-abroad", MessageContains: "which is itself retired and has no replacement"),
        new("KZ2022", "  - id: kazakh-troops-abroad\n    reason: removed, no article supports it\n", "", Marker: "facts:", After: "\nfacts:", MessageContains: "released fact id 'kazakh-troops-abroad' (released-ids.txt) is neither a fact nor retired", Released: ReleasedIds),
        new("KZ2022", "id: csto-exercises", "id: csto-exercises-2022", Marker: "facts:", After: "\nfacts:", MessageContains: "if it was renamed to 'csto-exercises-2022', forward it there with replaced-by: csto-exercises-2022", Released: ReleasedIds),
    };

    /// <summary>Ids whose case needs more than an edit of facts.yaml, and the test that covers each.</summary>
    private static readonly Dictionary<string, string> TestedElsewhere = new()
    {
        ["KZ1000"] = nameof(An_unexpected_failure_is_KZ1000_not_CS8785),
        ["KZ1028"] = nameof(RefusalTests.A_symlinked_seed_is_refused_and_its_text_never_shown),
    };

    /// <summary>The fixture's released ids: every fact and retired id, as the release test would write them.</summary>
    private const string ReleasedIds = "csto-drills\ncsto-exercises\nkazakh-troops-abroad\nno-recognition-of-republics\nrussia-may-be-losing-influence\nrussians-arrived-200000\nrussians-staying-353000\nun-general-assembly-abstention\n";

    [Fact]
    public void The_valid_fixture_is_clean()
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds);

        outcome.Diagnostics.ShouldBeEmpty(outcome.Describe());
        outcome.Sources.Keys.ShouldBe(new[] { Emit.VocabularyEmitter.HintName, "KzData.Dataset.g.cs", "KzData.Sources.g.cs", "KzData.Entities.g.cs", "KzData.Facts.g.cs" }, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_reported_at_its_line_and_column(DiagnosticCase @case)
    {
        Fixture.ValidYaml.ShouldContain(@case.Find);
        var bad = ReplaceOnce(Fixture.ValidYaml, @case.Find, @case.Replace);
        var (line, column) = Fixture.PositionOf(bad, @case.Marker, @case.After);
        var seeds = new Dictionary<string, string>(Fixture.Seeds);
        if (@case.SeedName is not null)
        {
            seeds[@case.SeedName] = (@case.SeedText ?? string.Empty) + new string('x', @case.SeedPadding);
        }

        var outcome = GeneratorRunner.Run(bad, seeds, @case.Released);

        var matches = outcome.Diagnostics.Where(d => d.Id == @case.Id).ToList();
        matches.ShouldNotBeEmpty($"expected {@case.Id}; got:\n{outcome.Describe()}");
        var at = matches.Where(d => Position(d) == (line, column)).ToList();
        at.ShouldNotBeEmpty($"expected {@case.Id} at ({line},{column}); got:\n{outcome.Describe()}");
        at[0].Severity.ShouldBe(@case.Severity);
        at[0].Location.GetLineSpan().Path.ShouldBe(GeneratorRunner.FactsPath);
        if (@case.MessageContains is not null)
        {
            at[0].GetMessage().ShouldContain(@case.MessageContains);
        }
    }

    [Fact]
    public void The_valid_fixture_with_its_released_ids_is_clean()
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds, ReleasedIds);

        outcome.Diagnostics.ShouldBeEmpty(outcome.Describe());
    }

    [Fact]
    public void A_new_fact_not_yet_released_is_fine_and_a_malformed_released_id_is_reported_at_its_line()
    {
        var released = ReleasedIds.Replace("csto-exercises\n", string.Empty) + "\n# a comment\nBad_Id\n";

        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds, released);

        var error = outcome.Diagnostics.ShouldHaveSingleItem(outcome.Describe());
        error.Id.ShouldBe("KZ1005");
        error.Location.GetLineSpan().Path.ShouldBe(GeneratorRunner.ReleasedIdsPath);
        Position(error).ShouldBe((ReleasedIds.Count(c => c == '\n') + 2, 1));
    }

    [Fact]
    public void A_released_ids_file_is_not_taken_for_a_seed()
    {
        // A source citing it by name finds no such seed: released-ids.txt is read only as the list of released ids.
        var yaml = Fixture.ValidYaml.Replace("file: seed-b.txt", "file: released-ids.txt");

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds, ReleasedIds);

        outcome.Diagnostics.ShouldContain(d => d.Id == "KZ2005" && d.GetMessage().Contains("'released-ids.txt'"), outcome.Describe());
    }

    [Fact]
    public void An_unexpected_failure_is_KZ1000_not_CS8785()
    {
        FaultInjection.Message.Value = "boom";
        try
        {
            var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds);

            var error = outcome.Diagnostics.ShouldHaveSingleItem();
            error.Id.ShouldBe("KZ1000");
            Position(error).ShouldBe((1, 1));
            error.GetMessage().ShouldContain("boom");
            // The library still compiles: an empty dataset is emitted.
            outcome.Sources.Keys.ShouldContain("KzData.Dataset.g.cs");
        }
        finally
        {
            FaultInjection.Message.Value = null;
        }
    }

    [Fact]
    public void Every_descriptor_has_a_test_case_and_a_docs_entry()
    {
        var tested = Cases.Cast<object[]>().Select(c => ((DiagnosticCase)c[0]).Id).Concat(TestedElsewhere.Keys).ToHashSet();
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "diagnostics.md"));
        var warnings = docs[..docs.IndexOf("\n## ", StringComparison.Ordinal)];
        warnings = warnings[warnings.IndexOf("Warnings (", StringComparison.Ordinal)..];
        warnings = warnings[..warnings.IndexOf(')')];
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            tested.ShouldContain(descriptor.Id);
            docs.ShouldContain($"## {descriptor.Id}");
            var isWarning = descriptor.DefaultSeverity == DiagnosticSeverity.Warning;
            var start = docs.IndexOf($"## {descriptor.Id}\n", StringComparison.Ordinal);
            var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = docs[start..(end < 0 ? docs.Length : end)];
            section.ShouldContain(isWarning ? "** (warning" : "** (error)", customMessage: $"{descriptor.Id}'s docs entry gives its severity");
            if (descriptor.Id != "KZ1000")
            {
                // KZ1000 is always a generator bug; every other entry shows a bad input and its fix.
                section.ShouldContain("Bad", customMessage: $"{descriptor.Id}'s docs entry has a bad example");
                section.ShouldContain("Fixed:", customMessage: $"{descriptor.Id}'s docs entry has a fixed example");
            }
            warnings.Contains(descriptor.Id, StringComparison.Ordinal).ShouldBe(isWarning, $"the docs' list of warnings and {descriptor.Id}");
            descriptor.HelpLinkUri.ShouldEndWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant());
            descriptor.Title.ToString().ShouldNotBeNullOrWhiteSpace();
            descriptor.Description.ToString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}

/// <summary>A bad edit of the valid fixture and where its diagnostic must point.</summary>
public sealed record DiagnosticCase(
    string Id,
    string Find,
    string Replace,
    string Marker,
    string? After = null,
    string? MessageContains = null,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error,
    string? SeedName = null,
    string? SeedText = null,
    string? Released = null,
    int SeedPadding = 0)
{
    public override string ToString() => Id;
}
