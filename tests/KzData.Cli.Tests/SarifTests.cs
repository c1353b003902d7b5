using System.Text.Json;
using System.Text.Json.Nodes;
using KzData.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NJsonSchema;

namespace KzData.Cli.Tests;

/// <summary>
/// <c>kzdata check --format sarif</c> writes SARIF 2.1.0 that validates against the official schema
/// (committed in Schemas/), with every KZ rule's metadata from the descriptor catalog and each
/// diagnostic as a result at its physical location.
/// </summary>
public sealed class SarifTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")).GetAwaiter().GetResult());

    [Fact]
    public void The_report_of_a_broken_file_validates_against_the_SARIF_2_1_0_schema()
    {
        var sarif = SarifFor(Mistakes.TamperedQuote, Mistakes.MisspelledEntity, Mistakes.ImpossibleDate, out _);

        var errors = Schema.Value.Validate(sarif);

        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void The_report_of_the_clean_file_validates_and_has_no_results()
    {
        using var repo = new RealRepo();
        var result = CliRunner.Run("check", repo.FactsPath, "--format", "sarif");

        result.ExitCode.ShouldBe(0, result.ToString());
        Schema.Value.Validate(result.Output).ShouldBeEmpty();
        JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_rejects_what_is_not_SARIF_2_1_0()
    {
        // The validator is not vacuous: a wrong version and a result without a message are errors.
        var sarif = JsonNode.Parse(SarifFor(Mistakes.TamperedQuote, out _))!;
        sarif["version"] = "2.0.0";
        sarif["runs"]![0]!["results"]![0]!.AsObject().Remove("message");

        Schema.Value.Validate(sarif.ToJsonString()).Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Rules_come_from_the_descriptor_catalog_with_their_metadata()
    {
        var sarif = JsonNode.Parse(SarifFor(Mistakes.TamperedQuote, out _))!;
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!;
        var rules = driver["rules"]!.AsArray();

        driver["name"]!.GetValue<string>().ShouldBe("kzdata");
        var ids = rules.Select(r => r!["id"]!.GetValue<string>()).ToList();
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldContain("KZ1000");
        ids.ShouldContain("KZ3002");
        ids.ShouldContain("KZ2010");
        foreach (var rule in rules)
        {
            var id = rule!["id"]!.GetValue<string>();
            rule["name"]!.GetValue<string>().ShouldMatch("^[A-Z][A-Za-z0-9]+$");
            rule["shortDescription"]!["text"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            rule["fullDescription"]!["text"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            rule["helpUri"]!.GetValue<string>().ShouldEndWith("docs/diagnostics.md#" + id.ToLowerInvariant());
            rule["defaultConfiguration"]!["level"]!.GetValue<string>().ShouldBeOneOf("error", "warning");
        }

        var quoteNotFound = rules.Single(r => r!["id"]!.GetValue<string>() == "KZ3002")!;
        quoteNotFound["name"]!.GetValue<string>().ShouldBe("QuoteNotFound");
        quoteNotFound["shortDescription"]!["text"]!.GetValue<string>().ShouldBe("Quote not found");
    }

    [Fact]
    public void Results_carry_the_builds_diagnostics_at_their_physical_locations()
    {
        var sarif = JsonNode.Parse(SarifFor(Mistakes.TamperedQuote, Mistakes.MisspelledEntity, Mistakes.ImpossibleDate, out var build))!;
        var run = sarif["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();

        results.Count.ShouldBe(build.Count);
        foreach (var (result, diagnostic) in results.Zip(build))
        {
            var span = diagnostic.Location.GetLineSpan();
            result!["ruleId"]!.GetValue<string>().ShouldBe(diagnostic.Id);
            rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>().ShouldBe(diagnostic.Id);
            result["level"]!.GetValue<string>().ShouldBe(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
            result["message"]!["text"]!.GetValue<string>().ShouldBe(diagnostic.GetMessage(null));
            var location = result["locations"]![0]!["physicalLocation"]!;
            location["artifactLocation"]!["uri"]!.GetValue<string>().ShouldEndWith("src/KzData/facts.yaml");
            var region = location["region"]!;
            region["startLine"]!.GetValue<int>().ShouldBe(span.StartLinePosition.Line + 1);
            region["startColumn"]!.GetValue<int>().ShouldBe(span.StartLinePosition.Character + 1);
            region["endLine"]!.GetValue<int>().ShouldBe(span.EndLinePosition.Line + 1);
            region["endColumn"]!.GetValue<int>().ShouldBe(span.EndLinePosition.Character + 1);
        }
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        using var repo = new RealRepo(Mistakes.ImpossibleDate.Apply(RealRepo.RealYaml));
        var file = Path.Combine(repo.Root, "kzdata.sarif");

        var result = CliRunner.Run("check", repo.FactsPath, "--format", "sarif", "--output", file);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        Schema.Value.Validate(File.ReadAllText(file)).ShouldBeEmpty();
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString().ShouldBe("KZ1006");
    }

    private static string SarifFor(Mistake mistake, out IReadOnlyList<Diagnostic> build) => SarifFor([mistake], out build);

    private static string SarifFor(Mistake first, Mistake second, Mistake third, out IReadOnlyList<Diagnostic> build) => SarifFor([first, second, third], out build);

    private static string SarifFor(Mistake[] mistakes, out IReadOnlyList<Diagnostic> build)
    {
        var bad = mistakes.Aggregate(RealRepo.RealYaml, (yaml, m) => m.Apply(yaml));
        using var repo = new RealRepo(bad);
        build = GeneratorDriverRunner.Diagnostics(repo.FactsPath, bad, repo.Seeds);
        var result = CliRunner.Run("check", repo.FactsPath, "--format", "sarif");
        result.ExitCode.ShouldBe(1, result.ToString());
        return result.Output;
    }
}
