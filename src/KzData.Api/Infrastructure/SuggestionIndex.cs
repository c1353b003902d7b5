using System.Text.RegularExpressions;
using KzData.Common;

namespace KzData.Api.Infrastructure;

/// <summary>
/// "Did you mean" over one fixed set of names (fact, entity or source ids, query parameter names), prepared
/// once: each candidate lower-cased and split into its kebab parts up front, then searched by the shared
/// bounded search (<see cref="Suggestions.NearestLowered"/>) the generator uses too. Values that could not be
/// a name (too long, or not shaped like one) get no suggestion at all.
/// </summary>
internal sealed partial class SuggestionIndex
{
    /// <summary>Longer values are never compared: no id or parameter name is this long.</summary>
    public const int MaxLength = 80;

    private readonly (string Candidate, string[] Forms)[] candidates;
    private readonly Func<string, bool> plausible;

    public SuggestionIndex(IEnumerable<string> names, Func<string, bool>? plausible = null)
    {
        candidates = names
            .Distinct(StringComparer.Ordinal)
            .Select(n => (n, new[] { n.ToLowerInvariant() }.Concat(n.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray()))
            .ToArray();
        this.plausible = plausible ?? (_ => true);
    }

    /// <summary>Fact ids, entity ids and source ids of the compiled dataset.</summary>
    public static SuggestionIndex Facts => FactIndex.Value;

    public static SuggestionIndex Entities => EntityIndex.Value;

    public static SuggestionIndex Sources => SourceIndex.Value;

    /// <summary>How many candidates the index holds.</summary>
    public int Count => candidates.Length;

    /// <summary>True when <paramref name="value"/> could be an id: short and kebab-case-like (letters, digits, hyphens).</summary>
    public static bool CouldBeId(string value) => value.Length <= MaxLength && IdLike().IsMatch(value);

    /// <summary>The closest candidate within the usual distance (a third of the length), or null.</summary>
    public string? Nearest(string value) =>
        value.Length == 0 || value.Length > MaxLength || !plausible(value)
            ? null
            : Suggestions.NearestLowered(value.ToLowerInvariant(), candidates.Select(c => (c.Candidate, (IEnumerable<string>)c.Forms)));

    /// <summary>Cut to <paramref name="max"/> characters for echoing in a message.</summary>
    public static string Shorten(string value, int max = 40) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "...");

    // Loose on purpose (upper case and underscores too): "Kazakhstan" or "csto_summit" still get a suggestion.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();

    private static readonly Lazy<SuggestionIndex> FactIndex = new(() => new(Dataset.Facts.Select(f => f.Id), CouldBeId));
    private static readonly Lazy<SuggestionIndex> EntityIndex = new(() => new(Dataset.Entities.Select(e => e.Id), CouldBeId));
    private static readonly Lazy<SuggestionIndex> SourceIndex = new(() => new(Dataset.Sources.Select(s => s.Id), CouldBeId));
}
