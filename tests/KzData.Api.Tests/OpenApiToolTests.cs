using System.Text.Json.Nodes;

namespace KzData.Api.Tests;

/// <summary>
/// Outside tools judge the committed openapi.json, as client developers' tools would: Redocly and Spectral lint
/// it, openapi-typescript turns it into types that a usage file must type-check against under <c>tsc --strict</c>.
/// The tools are pinned in tests/contract/package-lock.json and installed with <c>npm ci</c> when missing.
/// </summary>
public sealed class OpenApiToolTests
{
    [Fact]
    public async Task Redocly_recommended_finds_no_error_and_no_warning()
    {
        await ContractTools.EnsureInstalledAsync();

        var run = await ContractTools.ToolAsync("redocly", ["lint", "--config", "redocly.yaml", "--format", "json", ContractTools.OpenApiJson]);

        var report = JsonNode.Parse(run.Output) ?? throw new InvalidOperationException($"redocly printed no JSON: {run.Output}{run.Error}");
        var problems = string.Join("\n", report["problems"]!.AsArray().Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}"));
        report["totals"]!["errors"]!.GetValue<int>().ShouldBe(0, problems);
        report["totals"]!["warnings"]!.GetValue<int>().ShouldBe(0, problems);
        report["totals"]!["ignored"]!.GetValue<int>().ShouldBe(0, "problems are fixed, not ignored");
        run.ExitCode.ShouldBe(0, run.Error);
    }

    [Fact]
    public async Task Spectral_oas_finds_no_problem_of_any_severity()
    {
        await ContractTools.EnsureInstalledAsync();

        var run = await ContractTools.ToolAsync("spectral", ["lint", "--ruleset", ".spectral.yaml", "--format", "json", "--fail-severity", "hint", ContractTools.OpenApiJson]);

        // With nothing to report, Spectral follows the JSON array with a sentence ("No results with a severity of ...").
        var json = run.Output.IndexOf("No results", StringComparison.Ordinal) is var end and >= 0 ? run.Output[..end] : run.Output;
        var results = JsonNode.Parse(json)?.AsArray() ?? throw new InvalidOperationException($"spectral printed no JSON: {run.Output}{run.Error}");
        results.Select(r => $"{r!["code"]}: {r["message"]} at {string.Join('.', r["path"]!.AsArray())}").ShouldBeEmpty();
        run.ExitCode.ShouldBe(0, run.Error);
    }

    [Fact]
    public async Task Generated_typescript_types_let_a_strict_client_slice_the_evidence_out_of_the_text()
    {
        var errors = await TypeCheckUsage(await File.ReadAllTextAsync(ContractTools.OpenApiJson));

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_typescript_check_fails_on_a_document_that_lets_an_offset_be_a_string()
    {
        // What the document said before: an integer that may also come as a numeric string.
        var document = JsonNode.Parse(await File.ReadAllTextAsync(ContractTools.OpenApiJson))!;
        document["components"]!["schemas"]!["EvidenceDto"]!["properties"]!["start"] = new JsonObject
        {
            ["pattern"] = "^-?(?:0|[1-9]\\d*)$",
            ["type"] = new JsonArray("integer", "string"),
            ["format"] = "int32",
        };

        var errors = await TypeCheckUsage(document.ToJsonString());

        errors.ShouldContain("string | number");
    }

    /// <summary>Generates types from <paramref name="openApiJson"/> into a fresh directory, beside a copy of usage.ts, and runs tsc --strict; returns its errors.</summary>
    private static async Task<string> TypeCheckUsage(string openApiJson)
    {
        await ContractTools.EnsureInstalledAsync();
        var work = Directory.CreateTempSubdirectory("kzdata-ts-");
        try
        {
            var documentPath = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(documentPath, openApiJson);
            File.Copy(Path.Combine(ContractTools.Directory, "usage.ts"), Path.Combine(work.FullName, "usage.ts"));

            var generate = await ContractTools.ToolAsync("openapi-typescript", [documentPath, "--output", Path.Combine(work.FullName, "schema.d.ts")]);
            generate.ExitCode.ShouldBe(0, generate.Output + generate.Error);

            var check = await ContractTools.ToolAsync(
                "tsc",
                ["--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", Path.Combine(work.FullName, "usage.ts")],
                work.FullName);
            return check.ExitCode == 0 ? string.Empty : check.Output + check.Error;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
