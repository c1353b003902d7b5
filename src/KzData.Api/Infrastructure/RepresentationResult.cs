using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Writes a pre-built representation: strong ETag and 304 on If-None-Match, Cache-Control, and the
/// cached Brotli/gzip form when the client accepts one. Declares <typeparamref name="T"/> as its 200
/// response type for OpenAPI.
/// </summary>
/// <remarks>
/// Made only by <see cref="RepresentationCache"/> (Json, Page, Text), from a <c>JsonTypeInfo&lt;T&gt;</c> or
/// <see cref="JsonBytes{T}"/>, so the declared <typeparamref name="T"/> is the type the body was serialised from.
/// </remarks>
/// <typeparam name="T">The JSON shape of the body, for the OpenAPI document.</typeparam>
internal sealed class RepresentationResult<T>(Representation representation) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => RepresentationWriter.WriteAsync(httpContext, representation);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        var contentType = typeof(T) == typeof(string) ? "text/plain" : "application/json";
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [contentType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));
    }
}

internal static class RepresentationWriter
{
    /// <summary>Data changes only with a deploy; clients revalidate cheaply with the ETag after that.</summary>
    public const string CacheControl = "public, max-age=300";

    public static Task WriteAsync(HttpContext context, Representation representation)
    {
        var response = context.Response;
        var coding = representation.Body.Length >= Representation.CompressionThreshold ? ChooseCoding(context.Request) : null;
        var etag = coding is null ? representation.ETag : representation.ETag.Insert(representation.ETag.Length - 1, "-" + coding);

        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        // After any Vary the handler set (Accept, where it negotiates a fact as JSON or JSON-LD).
        if (representation.VaryAccept && !response.Headers.Vary.Contains(HeaderNames.Accept))
        {
            response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        }

        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (representation.Disposition is not null)
        {
            response.Headers.ContentDisposition = representation.Disposition;
        }
        if (representation.Links is not null)
        {
            response.Headers.Link = representation.Links;
        }

        if (representation.Location is not null)
        {
            response.Headers.Location = representation.Location;
        }

        // RFC 9110 13.2.1: preconditions apply only to what would be a 2xx; a 308 or 410 is answered in full.
        if (representation.StatusCode == StatusCodes.Status200OK && Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        if (coding is not null && !representation.IsEncoded(coding))
        {
            RequestCost.Add(context, representation.Body.Length); // compressing is work too
        }

        var body = coding is null ? representation.Body : representation.Encoded(coding);
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.StatusCode = representation.StatusCode;
        if (body.Length == 0)
        {
            response.ContentLength = 0;
            return Task.CompletedTask;
        }

        response.ContentType = representation.ContentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>Brotli if accepted, else gzip if accepted, else none (q=0 means "not acceptable").</summary>
    private static string? ChooseCoding(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return null;
        }

        if (!StringWithQualityHeaderValue.TryParseList(header, out var values))
        {
            return null;
        }

        double br = -1, gzip = -1;
        foreach (var value in values)
        {
            var q = value.Quality ?? 1;
            if (value.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                br = q;
            }
            else if (value.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = q;
            }
        }

        return br > 0 && br >= gzip ? "br" : gzip > 0 ? "gzip" : null;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var candidate in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || candidate == etag || (candidate.StartsWith("W/", StringComparison.Ordinal) && candidate[2..] == etag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
