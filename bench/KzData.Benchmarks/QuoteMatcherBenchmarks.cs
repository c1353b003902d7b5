using BenchmarkDotNet.Attributes;
using KzData.Generators.Validation;

namespace KzData.Benchmarks;

/// <summary>The quote matcher alone: every quote of the real dataset found in its article.</summary>
[MemoryDiagnoser]
public class QuoteMatcherBenchmarks
{
    private readonly List<(string Quote, SeedText Seed)> quotes = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Real");
        var seeds = Directory.GetFiles(Path.Combine(root, "seeds")).ToDictionary(p => Path.GetFileName(p), p => new SeedText(Path.GetFileName(p), File.ReadAllText(p)));
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(root, "facts.yaml"))));
        var document = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var files = ((YamlDotNet.RepresentationModel.YamlSequenceNode)document["sources"]).Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .ToDictionary(s => s["id"].ToString(), s => seeds[s["file"].ToString()]);
        foreach (YamlDotNet.RepresentationModel.YamlMappingNode fact in (YamlDotNet.RepresentationModel.YamlSequenceNode)document["facts"])
        {
            foreach (YamlDotNet.RepresentationModel.YamlMappingNode evidence in (YamlDotNet.RepresentationModel.YamlSequenceNode)fact["evidence"])
            {
                quotes.Add((evidence["quote"].ToString(), files[evidence["source"].ToString()]));
            }
        }
    }

    [Benchmark]
    public int FindAllQuotes()
    {
        var found = 0;
        foreach (var (quote, seed) in quotes)
        {
            found += QuoteMatcher.Find(quote, seed) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark]
    public int ClosestPassageForATamperedQuote() => QuoteMatcher.ClosestPassage(quotes[0].Quote.Replace("Kazakhstan", "Kazakstan"), quotes[0].Seed).Line;
}
