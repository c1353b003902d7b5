using System.Text.Json;
using KzData.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KzData.Cli.Tests;

/// <summary>
/// <c>kzdata check</c> reports exactly what the build reports: each contributor mistake, applied to the
/// real facts.yaml, is run through the real generator (CSharpGeneratorDriver, as the compiler runs it)
/// and through the command; ids, severities, messages, lines and columns must be identical, in every
/// output format.
/// </summary>
public sealed class CheckParityTests
{
    public static TheoryData<Mistake> Cases()
    {
        var data = new TheoryData<Mistake>();
        foreach (var mistake in Mistakes.All)
        {
            data.Add(mistake);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_what_the_build_reports(Mistake mistake)
    {
        var bad = mistake.Apply(RealRepo.RealYaml);
        using var repo = new RealRepo(bad);

        var build = GeneratorDriverRunner.Diagnostics(repo.FactsPath, bad, repo.Seeds);
        var text = CliRunner.Run("check", repo.FactsPath);
        var json = CliRunner.Run("check", repo.FactsPath, "--format", "json");

        var expected = build.Where(d => d.Id == mistake.ExpectedId).ToList();
        expected.ShouldNotBeEmpty($"the build did not report {mistake.ExpectedId}:\n{string.Join("\n", build)}");
        if (mistake.MessageContains is not null)
        {
            expected.ShouldContain(d => d.GetMessage(null).Contains(mistake.MessageContains), string.Join("\n", expected));
        }

        text.ExitCode.ShouldBe(1, text.ToString());
        Lines(text.Output).ShouldBe(build.Select(d => d.ToString()).ToList(), text.ToString());
        json.ExitCode.ShouldBe(1, json.ToString());
        FromJson(json.Output).ShouldBe(build.Select(Describe).ToList());
    }

    [Fact]
    public void Several_mistakes_at_once_are_reported_as_the_build_reports_them()
    {
        // The kind first: it needs a fact whose statement key is still spelled right.
        var bad = new[] { Mistakes.StatementWithoutSpeaker, Mistakes.TamperedQuote, Mistakes.DuplicateId, Mistakes.MisspelledEntity, Mistakes.ImpossibleDate, Mistakes.MisspelledKey, Mistakes.MissingSeed }
            .Aggregate(RealRepo.RealYaml, (yaml, mistake) => mistake.Apply(yaml));
        using var repo = new RealRepo(bad);

        var build = GeneratorDriverRunner.Diagnostics(repo.FactsPath, bad, repo.Seeds);
        var result = CliRunner.Run("check", repo.FactsPath, "--format", "json");

        build.Select(d => d.Id).Distinct().Count().ShouldBeGreaterThanOrEqualTo(7, string.Join("\n", build));
        result.ExitCode.ShouldBe(1);
        FromJson(result.Output).ShouldBe(build.Select(Describe).ToList());
    }

    [Fact]
    public void The_real_file_is_clean_for_both()
    {
        using var repo = new RealRepo();

        GeneratorDriverRunner.Diagnostics(repo.FactsPath, RealRepo.RealYaml, repo.Seeds).ShouldBeEmpty();
        var result = CliRunner.Run("check", repo.FactsPath);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("no KZ errors or warnings");
    }

    private static string Describe(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} ({start.Line + 1},{start.Character + 1}) {d.GetMessage(null)}";
    }

    private static List<string> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("severity").GetString()} ({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}) {d.GetProperty("message").GetString()}")
            .ToList();
    }

    private static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
