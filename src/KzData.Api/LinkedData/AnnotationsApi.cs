using System.ComponentModel;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;

namespace KzData.Api.LinkedData;

/// <summary>GET /api/v1/facts/{id}/annotations: a fact's evidence as W3C Web Annotations.</summary>
internal static class AnnotationsApi
{
    public static IEndpointRouteBuilder MapLinkedDataApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/v1/facts/{id}/annotations", ReadMethods.GetAndHead, GetFactAnnotations)
            .WithTags("Facts")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetFactAnnotations")
            .WithSummary("Get a fact's evidence as Web Annotations")
            .WithDescription("Each quote of the fact as a W3C Web Annotation anchored in the article's text, for annotation tools (Hypothesis and the like): " +
                "the quote selector alone (exact, prefix, suffix) finds the passage, the position selector gives its code point offsets. " +
                "Ids are stable: a retired id of a renamed or merged fact answers 308 Permanent Redirect to the annotations of the fact that replaced it, " +
                "a retired id of a removed fact 410 Gone with the reason. An unknown id is a 404 that suggests the nearest id.");
        return app;
    }

    internal static Results<JsonLdResult<AnnotationPageJsonLd>, PermanentRedirectResult, GoneResult, ProblemHttpResult> GetFactAnnotations(
        HttpContext context,
        RepresentationCache cache,
        [Description("The fact's kebab-case id."), Id] string id)
    {
        if (!Dataset.TryGetFact(id, out var fact))
        {
            if (Dataset.TryGetRetired(id, out var retired))
            {
                return retired.ReplacedBy is { } replacement
                    ? cache.PermanentRedirect(context, () => $"/api/v1/facts/{Uri.EscapeDataString(replacement.Id)}/annotations")
                    : cache.Gone(context, () => Apis.FactsApi.Removed(retired));
            }

            return UnknownId.Problem("fact", id, SuggestionIndex.Facts);
        }

        return JsonLdResult<AnnotationPageJsonLd>.Of(context, cache, iris => AnnotationDocument.Write(fact, iris));
    }
}
