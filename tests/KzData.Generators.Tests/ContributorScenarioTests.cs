using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Tests;

/// <summary>
/// Issue 12's acceptance scenario, "tried as a contributor": four new facts appended to the valid fixture, each
/// with one of the mistakes a contributor makes about whose claim a fact is. The build must stop at each one's
/// line and column with its KZ id and a hint that says how to fix it, and report nothing else.
/// </summary>
public sealed class ContributorScenarioTests
{
    private const string NewFacts =
        """
          - id: tleuberdi-rules-out-recognition
            statement: Tleuberdi said Kazakhstan would not recognise the people's republics.
            kind: statement
            topic: diplomacy
            entities: [kazakhstan, mukhtar-tleuberdi]
            evidence:
              - source: alpha
                quote: "Tleuberdi said Kazakhstan would not recognise the \"people's republics\""
          - id: csto-exercises-show-alignment
            statement: The CSTO exercises show that Kazakhstan stays aligned with Moscow.
            kind: assessment
            topic: security
            entities: [kazakhstan, csto]
            evidence:
              - source: beta
                quote: "The CSTO held exercises from September to October with Kazakh troops taking part."
          - id: russia-losing-influence
            statement: Russia is losing its influence over Kazakhstan.
            kind: event
            topic: diplomacy
            entities: [russia, kazakhstan]
            evidence:
              - source: alpha
                quote: "Russia may be losing its influence over Kazakhstan"
          - id: abstention-to-stay-neutral
            statement: Kazakhstan abstained in the UN vote to stay neutral.
            kind: evnt
            topic: diplomacy
            entities: [kazakhstan]
            evidence:
              - source: alpha
                quote: "Kazakhstan abstained in the United Nations General Assembly vote on March 2, 2022, preferring to stay neutral"

        """;

    public static TheoryData<string, string, string, string, DiagnosticSeverity, string> Mistakes => new()
    {
        { "a statement without attributed-to", "KZ2010", "tleuberdi-rules-out-recognition", "kind: statement", DiagnosticSeverity.Error, "names nobody who said it; add attributed-to: <entity id>" },
        { "an assessment only an unsigned source carries", "KZ2011", "csto-exercises-show-alignment", "kind: assessment", DiagnosticSeverity.Error, "its first source 'beta' names no author; add attributed-to: <entity id>" },
        { "a hedged quote under a flat event", "KZ3010", "russia-losing-influence", "statement: Russia is losing", DiagnosticSeverity.Warning, "its quote hedges ('may') and its statement does not; keep the hedge in the statement" },
        { "an unknown kind with a near miss", "KZ1007", "abstention-to-stay-neutral", "kind: evnt", DiagnosticSeverity.Error, "did you mean 'event'?" },
    };

    private static string Yaml => Fixture.ValidYaml.TrimEnd('\n') + "\n" + NewFacts;

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_stops_the_build_at_its_line_with_an_id_and_a_fix(string mistake, string id, string fact, string line, DiagnosticSeverity severity, string hint)
    {
        // The diagnostic points at the value after the key: the kind, or the statement.
        var (atLine, column) = Fixture.PositionOf(Yaml, line, after: "id: " + fact);
        column += line.IndexOf(": ", StringComparison.Ordinal) + 2;

        var outcome = GeneratorRunner.Run(Yaml, Fixture.Seeds);

        var diagnostic = outcome.Diagnostics.Where(d => d.Id == id).ShouldHaveSingleItem($"{mistake}:\n{outcome.Describe()}");
        diagnostic.Severity.ShouldBe(severity);
        var start = diagnostic.Location.GetLineSpan();
        start.Path.ShouldBe(GeneratorRunner.FactsPath);
        (start.StartLinePosition.Line + 1, start.StartLinePosition.Character + 1).ShouldBe((atLine, column), mistake);
        diagnostic.GetMessage().ShouldContain(fact == "abstention-to-stay-neutral" ? "'evnt'" : $"'{fact}'");
        diagnostic.GetMessage().ShouldContain(hint);
    }

    [Fact]
    public void The_four_mistakes_are_all_the_build_reports_and_it_fails()
    {
        var outcome = GeneratorRunner.Run(Yaml, Fixture.Seeds);

        outcome.Diagnostics.Select(d => d.Id).ShouldBe(Mistakes.Select(m => (string)m[1]), ignoreOrder: true, outcome.Describe());
        outcome.Errors.ShouldNotBeEmpty();
        // The warning fails the build too: the project treats warnings as errors.
        outcome.Diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning);
    }
}
