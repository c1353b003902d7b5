using System.Globalization;
using KzData.Benchmarks;
using KzData.Generators.Tests.Infrastructure;

namespace KzData.Generators.Tests;

/// <summary>What the generator writes: baselines, determinism, and that it compiles and loads.</summary>
public sealed class EmissionTests
{
    private static readonly string BaselineDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Baselines"));

    [Fact]
    public void Generated_source_for_the_fixture_matches_the_committed_baseline()
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds);
        var update = Environment.GetEnvironmentVariable("KZDATA_UPDATE_BASELINES") == "1";

        foreach (var (hintName, source) in outcome.Sources)
        {
            var path = Path.Combine(BaselineDirectory, hintName + ".txt");
            if (update)
            {
                File.WriteAllText(path, source);
            }

            File.Exists(path).ShouldBeTrue($"missing baseline {path}; run with KZDATA_UPDATE_BASELINES=1 to create it");
            source.ShouldBe(File.ReadAllText(path), $"{hintName} differs from its baseline; if the change is intended, run the tests with KZDATA_UPDATE_BASELINES=1 and review the diff");
        }
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var runs = new List<IReadOnlyDictionary<string, string>>();
            foreach (var culture in new[] { "en-US", "fr-FR", "tr-TR", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                runs.Add(GeneratorRunner.Run(Fixture.RealYaml, Fixture.RealSeeds).Sources);
            }

            foreach (var run in runs.Skip(1))
            {
                run.Keys.ShouldBe(runs[0].Keys);
                foreach (var key in run.Keys)
                {
                    run[key].ShouldBe(runs[0][key], $"{key} differs by culture");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Generated_code_compiles_with_the_library_and_loads_the_data()
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, Fixture.Seeds);
        var assembly = LibraryCompiler.CompileAndLoad(outcome.Sources.Values);
        var dataset = assembly.GetType("KzData.Dataset")!;

        var facts = (System.Collections.IList)dataset.GetProperty("Facts")!.GetValue(null)!;
        var factsSection = Fixture.ValidYaml[Fixture.ValidYaml.IndexOf("\nfacts:", StringComparison.Ordinal)..];
        facts.Count.ShouldBe(System.Text.RegularExpressions.Regex.Matches(factsSection, "^  - id:", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        var version = (string)dataset.GetProperty("Version")!.GetValue(null)!;
        version.Length.ShouldBe(16);

        var named = assembly.GetType("KzData.Facts")!.GetProperty("RussiansStaying353000")!.GetValue(null)!;
        named.ToString()!.ShouldStartWith("russians-staying-353000");
        var conflicts = (System.Collections.IList)named.GetType().GetProperty("ConflictsWith")!.GetValue(named)!;
        conflicts.Count.ShouldBe(1);
        conflicts[0]!.ToString()!.ShouldStartWith("russians-arrived-200000");

        // The assessment names nobody, so its claimant is its source's author; as-of is that source's date.
        var assessment = assembly.GetType("KzData.Facts")!.GetProperty("RussiaMayBeLosingInfluence")!.GetValue(null)!;
        assessment.GetType().GetProperty("Claimant")!.GetValue(assessment)!.ToString()!.ShouldStartWith("anna-writer");
        assessment.GetType().GetProperty("AsOf")!.GetValue(assessment)!.ToString().ShouldBe("2022-03-05");
        var statement = assembly.GetType("KzData.Facts")!.GetProperty("NoRecognitionOfRepublics")!.GetValue(null)!;
        statement.GetType().GetProperty("Claimant")!.GetValue(statement)!.ToString()!.ShouldStartWith("mukhtar-tleuberdi");

        var evidence = (System.Collections.IList)named.GetType().GetProperty("Evidence")!.GetValue(named)!;
        var passage = (string)evidence[0]!.GetType().GetProperty("Passage")!.GetValue(evidence[0])!;
        passage.ShouldBe("353 thousand citizens of the Russian Federation are temporarily staying in Kazakhstan");
        evidence[0]!.GetType().GetProperty("Line")!.GetValue(evidence[0]).ShouldBe(2);
    }

    [Fact]
    public void Ten_thousand_facts_compile_without_a_giant_initializer()
    {
        var yaml = SyntheticDataset.Create(facts: 10_000, out var seeds);
        var outcome = GeneratorRunner.Run(yaml, seeds);
        outcome.Errors.ShouldBeEmpty(outcome.Describe());

        var assembly = LibraryCompiler.CompileAndLoad(outcome.Sources.Values);
        var facts = (System.Collections.IList)assembly.GetType("KzData.Dataset")!.GetProperty("Facts")!.GetValue(null)!;
        facts.Count.ShouldBe(10_000);
    }
}
