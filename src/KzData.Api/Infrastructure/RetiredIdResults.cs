using System.Reflection;
using KzData.Api.Contracts;
using Microsoft.AspNetCore.Http.Metadata;

namespace KzData.Api.Infrastructure;

/// <summary>
/// 308 Permanent Redirect from a retired fact id to the fact that replaced it, written like every representation
/// (ETag, Cache-Control, Vary); declares its status for OpenAPI.
/// </summary>
internal sealed class PermanentRedirectResult(Representation representation) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status308PermanentRedirect;

    public string? Location => representation.Location;

    public Task ExecuteAsync(HttpContext httpContext) => RepresentationWriter.WriteAsync(httpContext, representation);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status308PermanentRedirect, typeof(void), []));
}

/// <summary>
/// 410 Gone problem+json for a removed fact id, with the reason it was removed, written like every representation
/// (ETag, Cache-Control, Vary); declares its status and body for OpenAPI.
/// </summary>
internal sealed class GoneResult(Representation representation) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status410Gone;

    public Task ExecuteAsync(HttpContext httpContext) => RepresentationWriter.WriteAsync(httpContext, representation);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status410Gone, typeof(GoneProblemDto), ["application/problem+json"]));
}
