using System.Text.RegularExpressions;
using KzData.Common;

namespace KzData.Api.Infrastructure;

/// <summary>
/// "Did you mean" over one fixed set of names (fact, entity or source ids, query parameter names), prepared
/// once: each candidate lower-cased and split into its kebab parts up front. A lookup is bounded: values
/// that could not be a name (too long, or not shaped like one) get no suggestion at all, candidates whose
/// length alone rules them out are skipped, and each edit distance stops as soon as it exceeds the limit.
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
    public string? Nearest(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength || !plausible(value))
        {
            return null;
        }

        var wanted = value.ToLowerInvariant();
        var allowed = Math.Max(1, (wanted.Length + 1) / 3);
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var (candidate, forms) in candidates)
        {
            foreach (var form in forms)
            {
                var limit = bestDistance - 1;
                if (Math.Abs(form.Length - wanted.Length) > limit)
                {
                    continue;
                }

                var distance = BoundedDistance(wanted, form, limit);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                    if (distance == 0)
                    {
                        return best;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 as soon as it must exceed the limit.</summary>
    internal static int BoundedDistance(string a, string b, int limit)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>Cut to <paramref name="max"/> characters for echoing in a message.</summary>
    public static string Shorten(string value, int max = 40) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "...");

    /// <summary>Formats a suggestion for a message: "; did you mean 'x'?" or nothing.</summary>
    public static string DidYouMean(string? suggestion) => Suggestions.DidYouMean(suggestion);

    // Loose on purpose (upper case and underscores too): "Kazakhstan" or "csto_summit" still get a suggestion.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();

    private static readonly Lazy<SuggestionIndex> FactIndex = new(() => new(Dataset.Facts.Select(f => f.Id), CouldBeId));
    private static readonly Lazy<SuggestionIndex> EntityIndex = new(() => new(Dataset.Entities.Select(e => e.Id), CouldBeId));
    private static readonly Lazy<SuggestionIndex> SourceIndex = new(() => new(Dataset.Sources.Select(s => s.Id), CouldBeId));
}
