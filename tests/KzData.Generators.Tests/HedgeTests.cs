using KzData.Generators.Tests.Infrastructure;
using KzData.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Tests;

/// <summary>
/// The hedge rule (KZ3010, KZ3011; vocabulary in Validation/Hedges.cs), positive and negative: which words count
/// as a hedge, and, through the generator, which facts the rule flags and where.
/// </summary>
public sealed class HedgeTests
{
    /// <summary>Sentences for the cases below; seed 003's machine-paraphrased hedges come from the real article.</summary>
    private const string OwnSeed =
        "On May 10 the mayor of Almaty met officials from Kazakhstan's foreign ministry.\n" +
        "Kazakhstan reportedly refused to let Russian troops use its bases.\n" +
        "Kazakhstan may host the summit of Central Asian leaders next year.\n" +
        "According to the ministry, Kazakhstan will keep its embassy in Kyiv open.\n";

    private const string Seed003 = "003_bc06a12dd566a7ca.txt";

    [Theory]
    [InlineData("Kazakhstan may host the summit next year", "may")]
    [InlineData("Kazakhstan might host the summit", "might")]
    [InlineData("Kazakhstan reportedly refused", "reportedly")]
    [InlineData("According to the ministry, the embassy stays open", "According to")]
    [InlineData("Troops are said to be on the border", "are said to")]
    [InlineData("because it wants Astana to doubtlessly share the burden of sanctions", "doubtlessly")]
    [InlineData("its frustration with its ally could also be turning into outright anger", "could")]
    [InlineData("Moscow would possibly flip its consideration to the destiny of northern Kazakhstan", "possibly")]
    [InlineData("On May 10 the delegation arrived", null)]
    [InlineData("The mayor of Almaty met the delegation", null)]
    [InlineData("Officials were dismayed by the vote", null)]
    [InlineData("Kazakhstan abstained in the vote on March 2", null)]
    [InlineData("Kazakh authorities accorded the delegation full honours", null)]
    public void A_hedge_is_a_whole_word_or_phrase_and_May_the_month_is_none(string quote, string? hedge)
    {
        Hedges.Find(quote).ShouldBe(hedge);
    }

    [Theory]
    [InlineData("Kazakhstan may host the summit.", true)]
    [InlineData("Kazakhstan reportedly refused to host Russian troops.", true)]
    [InlineData("Kazakh officials said the embassy stays open.", true)]
    [InlineData("Analysts see Moscow's frustration turning into anger.", true)]
    [InlineData("Kazakhstan refused to host Russian troops.", false)]
    [InlineData("On May 10 the mayor of Almaty met officials.", false)]
    public void A_statement_keeps_the_hedge_by_hedging_or_by_saying_whose_claim_it_is(string statement, bool kept)
    {
        Hedges.Kept(statement).ShouldBe(kept);
    }

    public static TheoryData<HedgeCase> Cases => new()
    {
        new("hedged quote, flat event", "Kazakhstan will host the summit of Central Asian leaders.", "event",
            "Kazakhstan may host the summit of Central Asian leaders next year", Expected: "KZ3010", Hedge: "may"),
        new("reportedly, flat event", "Kazakhstan refused to let Russian troops use its bases.", "event",
            "Kazakhstan reportedly refused to let Russian troops use its bases", Expected: "KZ3010", Hedge: "reportedly"),
        new("according to, flat event", "Kazakhstan will keep its embassy in Kyiv open.", "event",
            "According to the ministry, Kazakhstan will keep its embassy in Kyiv open", Expected: "KZ3010", Hedge: "According to"),
        new("hedge kept in the statement", "Kazakhstan may host the summit of Central Asian leaders.", "event",
            "Kazakhstan may host the summit of Central Asian leaders next year"),
        new("claim named in the statement", "Kazakhstan reportedly refused to let Russian troops use its bases.", "event",
            "Kazakhstan reportedly refused to let Russian troops use its bases"),
        new("a statement, not an event", "Kazakhstan will host the summit of Central Asian leaders.", "statement",
            "Kazakhstan may host the summit of Central Asian leaders next year"),
        new("an assessment, not an event", "Kazakhstan will host the summit of Central Asian leaders.", "assessment",
            "Kazakhstan may host the summit of Central Asian leaders next year"),
        new("a hedge-waiver answers it", "Kazakhstan will host the summit of Central Asian leaders.", "event",
            "Kazakhstan may host the summit of Central Asian leaders next year", Waiver: "The summit was confirmed later by the ministry."),
        new("a waiver with nothing to answer", "The mayor of Almaty met officials from Kazakhstan's foreign ministry.", "event",
            "On May 10 the mayor of Almaty met officials from Kazakhstan's foreign ministry", Waiver: "No hedge here.", Expected: "KZ3011"),
        new("May the month and the mayor", "The mayor of Almaty met officials from Kazakhstan's foreign ministry on May 10.", "event",
            "On May 10 the mayor of Almaty met officials from Kazakhstan's foreign ministry"),
        new("seed 003: doubtlessly", "Moscow wants Astana to share the burden of sanctions.", "event",
            "because it wants Astana to doubtlessly share the burden of sanctions", Seed: Seed003, Expected: "KZ3010", Hedge: "doubtlessly"),
        new("seed 003: could also be", "Moscow's frustration with Kazakhstan is turning into outright anger.", "event",
            "blossoming with Kazakhstan, however in actuality, its frustration with its ally could also be turning into outright anger", Seed: Seed003, Expected: "KZ3010", Hedge: "could"),
        new("seed 003: would possibly", "Moscow will turn its attention to northern Kazakhstan.", "event",
            "Moscow would possibly flip its consideration to the destiny of northern Kazakhstan", Seed: Seed003, Expected: "KZ3010", Hedge: "possibly"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_flags_exactly_the_events_that_drop_a_hedge_at_their_statement(HedgeCase @case)
    {
        var yaml = @case.Yaml();
        var seeds = new Dictionary<string, string> { [@case.Seed] = @case.Seed == Seed003 ? Fixture.RealSeeds[Seed003] : OwnSeed };

        var outcome = GeneratorRunner.Run(yaml, seeds);

        // Nothing else is wrong with the case's file, so the rule's verdict is all that is reported.
        outcome.Diagnostics.Select(d => d.Id).ShouldBe(@case.Expected is null ? [] : [@case.Expected], outcome.Describe());
        if (@case.Expected is null)
        {
            return;
        }

        var diagnostic = outcome.Diagnostics.Single();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        var (line, column) = @case.Expected == "KZ3010"
            ? Fixture.PositionOf(yaml, @case.Statement, after: "statement: ")
            : Fixture.PositionOf(yaml, "hedge-waiver:");
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        (start.Line + 1, start.Character + 1).ShouldBe((line, column));
        if (@case.Hedge is not null)
        {
            diagnostic.GetMessage().ShouldContain($"its quote hedges ('{@case.Hedge}')");
        }
    }
}

/// <summary>One fact, its kind, its quote and waiver, and what the hedge rule must say about it.</summary>
public sealed record HedgeCase(
    string Name,
    string Statement,
    string? Kind,
    string Quote,
    string Seed = "hedges.txt",
    string? Waiver = null,
    string? Expected = null,
    string? Hedge = null)
{
    /// <summary>A whole fact file around the one fact: its source has an author, so every kind is claimed.</summary>
    public string Yaml() =>
        $"""
        sources:
          - id: gamma
            file: {Seed}
            title: Hedges
            text-quality: original
            author: anna-writer
            publisher: steppe-news
            published: 2022-05
        entities:
          - id: kazakhstan
            kind: country
            name: Kazakhstan
            description: Central Asian republic
            aliases: [Astana]
          - id: anna-writer
            kind: person
            name: Anna Writer
            description: Author of the article
          - id: steppe-news
            kind: media
            name: Steppe News
            description: News site
        facts:
          - id: the-fact
            statement: {Statement}
        {(Kind is null ? string.Empty : $"    kind: {Kind}\n")}    topic: diplomacy
            entities: [kazakhstan]
        {(Kind == "statement" ? "    attributed-to: kazakhstan\n" : string.Empty)}{(Waiver is null ? string.Empty : $"    hedge-waiver: {Waiver}\n")}    evidence:
              - source: gamma
                quote: "{Quote}"

        """;

    public override string ToString() => Name;
}
