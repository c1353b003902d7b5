using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using KzData.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KzData.Benchmarks;

/// <summary>
/// A full generator run (parse, validate every quote against its article, emit C#) on the real
/// dataset and on synthetic ones of 1,000 and 10,000 facts over a few MB of article text.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> texts;
    private CSharpCompilation compilation = null!;

    /// <summary>0 is the real dataset; otherwise a synthetic dataset of that many facts.</summary>
    [Params(0, 1_000, 10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string yaml;
        IReadOnlyDictionary<string, string> seeds;
        if (Facts == 0)
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Real");
            yaml = File.ReadAllText(Path.Combine(root, "facts.yaml"));
            seeds = Directory.GetFiles(Path.Combine(root, "seeds")).ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
        }
        else
        {
            yaml = SyntheticDataset.Create(Facts, out seeds);
        }

        texts = [new Text("/bench/facts.yaml", yaml), .. seeds.Select(s => (AdditionalText)new Text("/bench/seeds/" + s.Key, s.Value))];
        compilation = CSharpCompilation.Create("bench");
        Console.Error.WriteLine($"// {Facts} facts: facts.yaml {yaml.Length / 1024} KB, seeds {seeds.Values.Sum(s => s.Length) / 1024} KB in {seeds.Count} files");
    }

    /// <summary>A cold run, as a command-line build does it.</summary>
    [Benchmark]
    public int Generate()
    {
        var driver = CSharpGeneratorDriver.Create([new FactsGenerator().AsSourceGenerator()], texts);
        var result = driver.RunGenerators(compilation).GetRunResult();
        return result.Results[0].GeneratedSources.Sum(s => s.SourceText.Length) + result.Diagnostics.Length;
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
