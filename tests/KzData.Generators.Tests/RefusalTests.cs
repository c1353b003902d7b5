using System.Collections.Immutable;
using KzData.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Tests;

/// <summary>
/// What the generator refuses (issue 14): input that used to build green, or to build something it must not.
/// DiagnosticTests holds one located case per id; these cover the variants and the end-to-end effects.
/// </summary>
public sealed class RefusalTests
{
    private const string Secret = "SECRET-LINE root:x:0:0 from outside the repository";

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment\n")]
    [InlineData("~\n")]
    [InlineData("null\n")]
    [InlineData("sources:\nentities:\nfacts:\n")]
    [InlineData("sources: []\nentities: []\nfacts: []\n")]
    [InlineData("sources: ~\n")]
    public void An_empty_fact_file_is_an_error_not_an_empty_dataset(string yaml)
    {
        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        var errors = outcome.Errors.ToList();
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(d => d.Id == "KZ1020", outcome.Describe());
        errors.ShouldAllBe(d => d.Location.GetLineSpan().Path == GeneratorRunner.FactsPath);
        errors.Select(d => d.GetMessage()).ShouldContain(m => m.Contains("fact", StringComparison.Ordinal), outcome.Describe());
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("sources")]
    [InlineData("facts")]
    public void A_missing_section_is_reported_at_the_start_of_the_file(string section)
    {
        var start = Fixture.ValidYaml.IndexOf($"\n{section}:\n", StringComparison.Ordinal) + 1;
        var end = Fixture.ValidYaml.IndexOf("\n\n", start, StringComparison.Ordinal);
        var yaml = Fixture.ValidYaml[..start] + (end < 0 ? string.Empty : Fixture.ValidYaml[(end + 2)..]);

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        var error = outcome.Diagnostics.Single(d => d.Id == "KZ1020");
        error.GetMessage().ShouldStartWith($"section '{section}' is missing");
        error.Location.GetLineSpan().StartLinePosition.ShouldBe(default);
    }

    [Fact]
    public void A_symlinked_seed_is_refused_and_its_text_never_shown()
    {
        using var dir = new TempDirectory();
        var outside = Path.Combine(dir.Path, "outside.txt");
        File.WriteAllText(outside, Secret + "\n" + Fixture.Seeds["seed-b.txt"]);
        var seeds = Directory.CreateDirectory(Path.Combine(dir.Path, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "seed-a.txt"), Fixture.Seeds["seed-a.txt"]);
        File.CreateSymbolicLink(Path.Combine(seeds, "seed-b.txt"), outside);
        // A quote that is not in the linked file: before the fix, KZ3002 printed its "closest passage".
        var yaml = Fixture.ValidYaml.Replace("with Kazakh troops taking part", "with Kazakh soldiers taking part");

        var outcome = RunOnDisk(dir.Path, yaml, seeds);

        var refused = outcome.Diagnostics.Where(d => d.Id == "KZ1028").ToList();
        refused.Count.ShouldBe(1, outcome.Describe());
        var (line, column) = Fixture.PositionOf(yaml, "seed-b.txt");
        refused[0].Location.GetLineSpan().StartLinePosition.ShouldBe(new(line - 1, column - 1));
        refused[0].Severity.ShouldBe(DiagnosticSeverity.Error);
        refused[0].GetMessage().ShouldContain("symbolic link");
        outcome.Diagnostics.ShouldNotContain(d => d.Id == "KZ3002");
        outcome.Diagnostics.ShouldNotContain(d => d.GetMessage().Contains("SECRET", StringComparison.Ordinal));
        outcome.Sources.Values.ShouldNotContain(s => s.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seed_in_a_symlinked_seeds_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var real = Directory.CreateDirectory(Path.Combine(dir.Path, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(real, "seed-a.txt"), Fixture.Seeds["seed-a.txt"]);
        File.WriteAllText(Path.Combine(real, "seed-b.txt"), Fixture.Seeds["seed-b.txt"]);
        var seeds = Path.Combine(dir.Path, "seeds");
        Directory.CreateSymbolicLink(seeds, real);

        var outcome = RunOnDisk(dir.Path, Fixture.ValidYaml, seeds);

        outcome.Diagnostics.Where(d => d.Id == "KZ1028").Select(d => d.GetMessage()).ShouldAllBe(m => m.Contains("seeds folder is a symbolic link"));
        outcome.Diagnostics.Count(d => d.Id == "KZ1028").ShouldBe(2, outcome.Describe());
    }

    [Fact]
    public void A_seed_outside_a_seeds_folder_is_refused()
    {
        var texts = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText(GeneratorRunner.FactsPath, Fixture.ValidYaml),
            new InMemoryAdditionalText("/project/seeds/seed-a.txt", Fixture.Seeds["seed-a.txt"]),
            new InMemoryAdditionalText("/etc/seed-b.txt", Secret));

        var outcome = GeneratorRunner.Run(texts);

        var refused = outcome.Diagnostics.Single(d => d.Id == "KZ1028");
        refused.GetMessage().ShouldContain("not inside the seeds folder");
        outcome.Diagnostics.ShouldNotContain(d => d.GetMessage().Contains("SECRET", StringComparison.Ordinal));
        outcome.Sources.Values.ShouldNotContain(s => s.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_seed_is_one_error_not_one_per_quote()
    {
        var seeds = new Dictionary<string, string>(Fixture.Seeds) { ["seed-a.txt"] = string.Empty };

        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, seeds);

        outcome.Errors.Select(d => d.Id).ShouldBe(["KZ1027"], outcome.Describe());
    }

    [Theory]
    [InlineData("\uFFFD", "KZ1025")]
    [InlineData("\u202E", "KZ1026")]
    [InlineData("\u2066", "KZ1026")]
    public void A_hazard_in_a_seed_is_reported_in_the_seed(string hazard, string id)
    {
        var text = Fixture.Seeds["seed-b.txt"];
        var at = text.IndexOf("exercises", StringComparison.Ordinal);
        var seeds = new Dictionary<string, string>(Fixture.Seeds) { ["seed-b.txt"] = text[..at] + hazard + text[at..] };
        var (line, column) = Fixture.PositionOf(seeds["seed-b.txt"], hazard);

        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, seeds);

        var error = outcome.Diagnostics.First(d => d.Id == id);
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Location.GetLineSpan().Path.ShouldBe("/project/seeds/seed-b.txt");
        error.Location.GetLineSpan().StartLinePosition.ShouldBe(new(line - 1, column - 1));
    }

    [Fact]
    public void A_directional_mark_is_allowed_in_a_seed_but_not_in_the_fact_file()
    {
        var seeds = new Dictionary<string, string>(Fixture.Seeds) { ["seed-b.txt"] = "\u200F" + Fixture.Seeds["seed-b.txt"] };
        GeneratorRunner.Run(Fixture.ValidYaml, seeds).Diagnostics.ShouldBeEmpty();

        var outcome = GeneratorRunner.Run(Fixture.ValidYaml.Replace("description: Russian Federation", "description: Russian\u200F Federation"), Fixture.Seeds);
        outcome.Diagnostics.Select(d => d.Id).ShouldBe(["KZ1026"]);
    }

    [Fact]
    public void An_oversized_note_is_one_error_and_the_output_still_compiles()
    {
        var yaml = Fixture.ValidYaml.Replace("note: The two figures measure different things.", "note: " + new string('x', 5_000_000));

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.Select(d => d.Id).ShouldBe(["KZ1023"], outcome.Describe());
        LibraryCompiler.Errors(outcome.Sources.Values).ShouldBeEmpty();
    }

    [Fact]
    public void Too_much_text_emits_no_data()
    {
        // The cited article grown past the budget (values alone would make a YAML file of that size to parse).
        var seeds = new Dictionary<string, string>(Fixture.Seeds) { ["seed-b.txt"] = Fixture.Seeds["seed-b.txt"] + new string('x', 64_000_000) };

        var outcome = GeneratorRunner.Run(Fixture.ValidYaml, seeds);

        outcome.Errors.Select(d => d.Id).ShouldBe(["KZ1024"], outcome.Describe());
        outcome.Sources["KzData.Facts.g.cs"].ShouldNotContain("csto-exercises");
        LibraryCompiler.Errors(outcome.Sources.Values).ShouldBeEmpty();
    }

    [Fact]
    public void Twenty_thousand_duplicate_facts_give_a_hundred_diagnostics_and_a_summary()
    {
        var start = Fixture.ValidYaml.IndexOf("  - id: csto-exercises", StringComparison.Ordinal);
        var end = Fixture.ValidYaml.IndexOf("  - id: russia-may-be-losing-influence", StringComparison.Ordinal);
        var fact = Fixture.ValidYaml[start..end];
        var yaml = Fixture.ValidYaml + string.Concat(Enumerable.Repeat(fact, 20_000));

        var outcome = GeneratorRunner.Run(yaml, Fixture.Seeds);

        outcome.Diagnostics.Count(d => d.Id == "KZ2001").ShouldBe(100);
        var summary = outcome.Diagnostics.Single(d => d.Id == "KZ1029");
        summary.GetMessage().ShouldStartWith("19,900 more KZ2001 diagnostics are not shown (20,000 in all)");
        outcome.Diagnostics.Length.ShouldBeLessThan(200, outcome.Describe());
    }

    [Theory]
    [InlineData("name: !!str Russia\n")]
    [InlineData("name: !custom Russia\n")]
    public void A_yaml_tag_is_refused(string line)
    {
        var outcome = GeneratorRunner.Run(Fixture.ValidYaml.Replace("name: Russia\n", line), Fixture.Seeds);

        outcome.Diagnostics.Select(d => d.Id).ShouldBe(["KZ1022"]);
    }

    /// <summary>Runs the generator over files on disk, with the item metadata the KzData.csproj target computes.</summary>
    private static GeneratorOutcome RunOnDisk(string root, string yaml, string seedsFolder)
    {
        var facts = Path.Combine(root, "facts.yaml");
        File.WriteAllText(facts, yaml);
        var seedPaths = Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var metadata = seedPaths.ToDictionary(
            p => p,
            p => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                [FactsGenerator.FileAttributesMetadata] = File.GetAttributes(p).ToString(),
                [FactsGenerator.FolderAttributesMetadata] = File.GetAttributes(Path.GetDirectoryName(p)!).ToString(),
            });
        var texts = new AdditionalText[] { new FileAdditionalText(facts) }.Concat(seedPaths.Select(p => new FileAdditionalText(p))).ToImmutableArray();
        return GeneratorRunner.Run(texts, new TestOptions(metadata));
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("kzdata-refusal-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
