using System.Collections.Immutable;
using KzData.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Cli.Tests.Infrastructure;

/// <summary>Runs the real generator through <see cref="CSharpGeneratorDriver"/>, the way the compiler does in a build.</summary>
internal static class GeneratorDriverRunner
{
    public static ImmutableArray<Diagnostic> Diagnostics(string factsPath, string factsText, IReadOnlyDictionary<string, string> seedsByPath)
    {
        var texts = new AdditionalText[] { new InMemoryAdditionalText(factsPath, factsText) }
            .Concat(seedsByPath.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new InMemoryAdditionalText(s.Key, s.Value)))
            .ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            texts,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        driver = driver.RunGenerators(CSharpCompilation.Create("KzData", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        var result = driver.GetRunResult().Results.Single();
        result.Exception.ShouldBeNull();
        return result.Diagnostics;
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
