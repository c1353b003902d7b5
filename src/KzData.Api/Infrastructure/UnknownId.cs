using KzData.Common;

namespace KzData.Api.Infrastructure;

/// <summary>
/// 404 problem+json naming the id (shortened: a 7,000-character id is not echoed back), with the nearest
/// existing id when one is close. The suggestion costs one bounded scan of a prepared index, and only for
/// values that could be an id at all.
/// </summary>
internal static class UnknownId
{
    /// <summary>The longest id echoed in the answer; longer ones are cut with "...".</summary>
    public const int MaxEcho = SuggestionIndex.MaxLength;

    public static ProblemHttpResult Problem(string what, string id, SuggestionIndex existing)
    {
        var suggestion = existing.Nearest(id);
        var shown = SuggestionIndex.Shorten(id, MaxEcho);
        var extensions = new Dictionary<string, object?> { ["id"] = shown };
        if (suggestion is not null)
        {
            extensions["suggestion"] = suggestion;
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{char.ToUpperInvariant(what[0])}{what[1..]} not found",
            detail: $"No {what} has the id '{shown}'{Suggestions.DidYouMean(suggestion)}",
            extensions: extensions);
    }

    /// <summary>The same against a list of ids given per call (prefer a prepared <see cref="SuggestionIndex"/>).</summary>
    public static ProblemHttpResult Problem(string what, string id, IEnumerable<string> existing) =>
        Problem(what, id, SuggestionIndex.CouldBeId(id) ? new SuggestionIndex(existing, SuggestionIndex.CouldBeId) : Nothing);

    private static readonly SuggestionIndex Nothing = new([]);
}
