using System.Reflection;
using KzData.Common;
using KzData.Generators;
using KzData.Generators.Diagnostics;
using KzData.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace KzData.Cli.Engine;

/// <summary>
/// The only file of the tool that touches the generator's internals: one call to its parse and
/// validate steps (<see cref="FactFileCheck"/>), the descriptor catalog, and the quote matching the
/// build uses. Everything else in the tool works on the plain records below.
/// </summary>
internal static class GeneratorBridge
{
    /// <summary>Below this many words the build warns that a quote is too weak (KZ3003).</summary>
    public static int MinimumQuoteWords => Validator.MinimumQuoteWords;

    /// <summary>Parses and validates a fact file exactly as the build does.</summary>
    public static CheckOutcome Check(string factsPath, string factsText, IEnumerable<KeyValuePair<string, string>> seeds, CancellationToken cancellationToken = default) =>
        Outcome(FactFileCheck.Run(factsPath, factsText, seeds, cancellationToken));

    /// <summary>Parses and validates a fact file exactly as the build does, refusing linked seeds as the build does.</summary>
    public static CheckOutcome Check(string factsPath, string factsText, IEnumerable<SeedFile> seeds, CancellationToken cancellationToken = default) =>
        Outcome(FactFileCheck.Run(factsPath, factsText, seeds, cancellationToken));

    private static CheckOutcome Outcome(FactFileCheckResult result)
    {
        var model = result.Model;
        var sources = model.Sources.Select(s => new SourceInfo(s.Id, s.File, s.Text)).ToList();
        var facts = model.Facts
            .Select(f => new FactInfo(f.Id, f.Evidence.Select(e => new CitedPassage(e.Source, e.Quote, e.Line, e.Start, e.Length)).ToList()))
            .ToList();
        return new CheckOutcome(result.Diagnostics, sources, facts);
    }

    /// <summary>Every KZ rule, in id order, with the name of its field in the catalog.</summary>
    public static IReadOnlyList<RuleInfo> Rules { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => new RuleInfo(f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
        .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>What quote matching ignores (quote marks, dashes, runs of white space) folded away.</summary>
    public static string Normalize(string text) => QuoteText.Normalize(text);

    /// <summary>One character with presentation folded away.</summary>
    public static char Fold(char c) => QuoteText.Fold(c);

    /// <summary>The words of a text as the build counts them.</summary>
    public static int CountWords(string quote) => QuoteMatcher.CountWords(QuoteText.Normalize(quote));

    /// <summary>True when the build would accept <paramref name="quote"/> as a quote of the article: found, and long enough.</summary>
    public static bool Accepts(string quote, string seedFileName, string seedText) =>
        QuoteMatcher.Find(quote, new SeedText(seedFileName, seedText)) is not null && CountWords(quote) >= MinimumQuoteWords;

    /// <summary>"; did you mean 'x'?" for the nearest candidate, or empty.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) => Suggestions.DidYouMean(Suggestions.Nearest(value, candidates));
}

/// <summary>The build's diagnostics for a fact file and the data it validated.</summary>
internal sealed record CheckOutcome(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SourceInfo> Sources, IReadOnlyList<FactInfo> Facts);

/// <summary>A source article: its id in facts.yaml, its seed file name and text (empty when the seed is missing).</summary>
internal sealed record SourceInfo(string Id, string File, string Text);

/// <summary>A fact and the passages its evidence cites.</summary>
internal sealed record FactInfo(string Id, IReadOnlyList<CitedPassage> Evidence);

/// <summary>A quote and where the build found it: source index, 1-based line, offset and length in the article (length 0: not found).</summary>
internal sealed record CitedPassage(int Source, string Quote, int Line, int Start, int Length);

/// <summary>A KZ rule: the catalog's field name (the SARIF rule name) and its descriptor.</summary>
internal sealed record RuleInfo(string Name, DiagnosticDescriptor Descriptor);
