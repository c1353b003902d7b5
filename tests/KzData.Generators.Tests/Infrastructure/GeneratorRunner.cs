using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>The outcome of one generator run: its diagnostics and generated sources by hint name.</summary>
internal sealed record GeneratorOutcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Sources)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Diagnostics as the build prints them, for readable assertion failures.</summary>
    public string Describe() => string.Join("\n", Diagnostics.Select(d => d.ToString()));
}

/// <summary>Runs the generator in-process over in-memory files, the way the compiler would.</summary>
internal static class GeneratorRunner
{
    public const string FactsPath = "/project/facts.yaml";

    public const string ReleasedIdsPath = "/project/" + FactsGenerator.ReleasedIdsFileName;

    /// <summary>The parse options of the driver; trees added to its compilation must use the same language version.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>
    /// Runs the generator, then runs it again on the same input and asserts that every tracked step was
    /// cached: whatever a test feeds in (clean or broken), caching is checked for it too.
    /// </summary>
    public static GeneratorOutcome Run(string factsYaml, IReadOnlyDictionary<string, string> seeds, string? releasedIds = null)
    {
        var texts = AdditionalTexts(factsYaml, seeds);
        if (releasedIds is not null)
        {
            texts = texts.Add(new InMemoryAdditionalText(ReleasedIdsPath, releasedIds));
        }

        return Run(texts);
    }

    /// <inheritdoc cref="Run(string, IReadOnlyDictionary{string, string}, string?)"/>
    public static GeneratorOutcome Run(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver(texts, options).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        result.Exception.ShouldBeNull();

        var again = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        again.TrackedSteps.Keys.ShouldContain(TrackingNames.Model);
        foreach (var (step, runs) in again.TrackedSteps.Concat(again.TrackedOutputSteps))
        {
            runs.SelectMany(r => r.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached, $"step {step} re-ran on identical input");
        }

        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new GeneratorOutcome(result.Diagnostics, sources);
    }

    public static GeneratorDriver CreateDriver(string factsYaml, IReadOnlyDictionary<string, string> seeds) =>
        CreateDriver(AdditionalTexts(factsYaml, seeds));

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static ImmutableArray<AdditionalText> AdditionalTexts(string factsYaml, IReadOnlyDictionary<string, string> seeds) =>
        new AdditionalText[] { new InMemoryAdditionalText(FactsPath, factsYaml) }
            .Concat(seeds.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new InMemoryAdditionalText("/project/seeds/" + s.Key, s.Value)))
            .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "KzData",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)); // as src/KzData (DataBlobAttribute)

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());
}
