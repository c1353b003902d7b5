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
                "An unknown or retired id is a 404 that suggests the nearest id.");
        return app;
    }

    internal static Results<JsonLdResult<AnnotationPageJsonLd>, ProblemHttpResult> GetFactAnnotations(
        HttpContext context,
        RepresentationCache cache,
        [Description("The fact's kebab-case id."), Id] string id)
    {
        if (!Dataset.TryGetFact(id, out var fact))
        {
            return UnknownId.Problem("fact", id, SuggestionIndex.Facts);
        }

        return JsonLdResult<AnnotationPageJsonLd>.Of(context, cache, iris => AnnotationDocument.Write(fact, iris));
    }
}
