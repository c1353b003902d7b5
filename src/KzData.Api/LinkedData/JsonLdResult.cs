using System.Reflection;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;

namespace KzData.Api.LinkedData;

/// <summary>A kind of JSON-LD document an endpoint answers: its media type and what it is, for the OpenAPI document.</summary>
internal interface IJsonLdKind
{
    static abstract string MediaType { get; }

    static abstract string Description { get; }

    /// <summary>The cache variant key part (the representation differs by kind and by host, whose IRIs it holds).</summary>
    static abstract string Variant { get; }
}

/// <summary>A fact as a schema.org Claim (<see cref="ClaimDocument"/>).</summary>
internal sealed class ClaimJsonLd : IJsonLdKind
{
    public static string MediaType => ClaimDocument.MediaType;

    public static string Description => "With `Accept: application/ld+json`: the fact as a schema.org `Claim` (JSON-LD, context https://schema.org): " +
        "`text` is the statement, `author` the claimant (`@id` its API URL), `about` the entities, `appearance` each cited article as a `CreativeWork` " +
        "(name, `url` of its text, author, publisher, datePublished) with the quotes as `hasPart` `Quotation`s, `datePublished` the asOf date, " +
        "`temporalCoverage` the date (or date/until), `dateCreated` a statement's date; and a `ClaimReview` as `subjectOf` when the curator's note says " +
        "the article contradicts the public record (a note with the phrase \"contradicts the record\"). Served with `Vary: Accept`.";

    public static string Variant => "claim";
}

/// <summary>A fact's evidence as Web Annotations (<see cref="AnnotationDocument"/>).</summary>
internal sealed class AnnotationPageJsonLd : IJsonLdKind
{
    public static string MediaType => WebAnnotation.MediaType;

    public static string Description => "A W3C Web Annotation `AnnotationPage` (context http://www.w3.org/ns/anno.jsonld): one `Annotation` per evidence quote, " +
        "its body the fact (statement as a `TextualBody`, and the fact's URL), its target the article's text (GET /api/v1/sources/{id}/text) with a " +
        "`TextQuoteSelector` (exact passage, about 32 characters of prefix and suffix, more where needed to be unique) and a `TextPositionSelector` " +
        "(start, end). Positions count Unicode code points, as the Web Annotation model requires; evidence `start`/`length` count UTF-16 code units. " +
        "They agree for text without characters outside the Basic Multilingual Plane.";

    public static string Variant => "annotations";
}

/// <summary>Says which JSON-LD an endpoint answers (read by <see cref="LinkedDataOpenApi"/>).</summary>
internal sealed record JsonLdMetadata(string MediaType, string Description);

/// <summary>A cached JSON-LD representation, written like every other (ETag, 304, compression).</summary>
/// <typeparam name="TKind">Which JSON-LD, for the OpenAPI document.</typeparam>
internal sealed class JsonLdResult<TKind>(Representation representation) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    where TKind : IJsonLdKind
{
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>The representation for this request: built once per path, query and host, then served from the cache.</summary>
    public static JsonLdResult<TKind> Of(HttpContext context, RepresentationCache cache, Func<ApiIris, byte[]> write)
    {
        var iris = ApiIris.Of(context);
        return new(cache.Variant(context, TKind.Variant + "|" + iris.Base, TKind.MediaType, () => write(iris)));
    }

    public Task ExecuteAsync(HttpContext httpContext) => RepresentationWriter.WriteAsync(httpContext, representation);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new JsonLdMetadata(TKind.MediaType, TKind.Description));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));
    }
}
