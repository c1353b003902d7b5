using KzData.Common;

namespace KzData.Api.Infrastructure;

/// <summary>404 problem+json naming the id, with the nearest existing id when one is close.</summary>
internal static class UnknownId
{
    public static ProblemHttpResult Problem(string what, string id, IEnumerable<string> existing)
    {
        var suggestion = Suggestions.Nearest(id, existing);
        var extensions = new Dictionary<string, object?> { ["id"] = id };
        if (suggestion is not null)
        {
            extensions["suggestion"] = suggestion;
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{char.ToUpperInvariant(what[0])}{what[1..]} not found",
            detail: $"No {what} has the id '{id}'{Suggestions.DidYouMean(suggestion)}",
            extensions: extensions);
    }
}
