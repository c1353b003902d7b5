using KzData.Api.Contracts;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>
/// The statuses every operation can answer and the headers of each, written into the document by status code
/// rather than per endpoint: the representation writer, the middleware (unknown or too many query parameters,
/// other methods, the rate limiter, the exception handler) and the redirects of renamed ids answer on every
/// route alike. A status an endpoint declares itself (200, 304, 404, 308, 410, ...) gets its headers and
/// problem schema here too.
/// </summary>
internal static class StandardResponses
{
    /// <summary>Response headers the API sends, as components (<c>#/components/headers/ETag</c>, ...).</summary>
    public static readonly IReadOnlyDictionary<string, OpenApiHeader> Headers = new Dictionary<string, OpenApiHeader>(StringComparer.Ordinal)
    {
        ["ETag"] = Header("A strong entity tag derived from the dataset version (and the content coding). Send it in If-None-Match to get a 304 while it is current."),
        ["Cache-Control"] = Header("How long shared and private caches may keep the answer: `public, max-age=300`."),
        ["Vary"] = Header("`Accept-Encoding`: the body is Brotli- or gzip-compressed when asked; also `Accept` where the representation is negotiated (a list as CSV or NDJSON, a fact as JSON or JSON-LD)."),
        [Exports.ExportOpenApi.DispositionHeader] = Header("On a CSV or NDJSON export only: `attachment; filename=kzdata-<list>-<datasetVersion>.<csv|ndjson>`.", required: false),
        ["Link"] = Header("RFC 8288 links to the first, previous, next and last pages (`rel=\"first\"`, `\"prev\"`, `\"next\"`, `\"last\"`), keeping the other query parameters."),
        ["Retry-After"] = Header("Seconds to wait before the next request.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" }),
        ["Location"] = Header("The URL of the resource under its current id.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" }),
        ["Allow"] = Header("The methods the API accepts: `GET, HEAD`."),
        ["Access-Control-Allow-Origin"] = Header("`*` when the request has an Origin header: any web page may read every answer (CORS).", required: false),
    };

    /// <summary>Statuses every operation documents, whatever its handler returns.</summary>
    private static readonly int[] Everywhere = [StatusCodes.Status304NotModified, StatusCodes.Status400BadRequest, StatusCodes.Status405MethodNotAllowed, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError];

    /// <summary>Writes the header components that some response refers to (an unused component is a lint warning).</summary>
    public static void AddTo(OpenApiDocument document)
    {
        var used = (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            .SelectMany(r => r.Headers?.Keys ?? Enumerable.Empty<string>())
            .ToHashSet(StringComparer.Ordinal);
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        foreach (var (name, header) in Headers.Where(h => used.Contains(h.Key)))
        {
            document.Components.Headers[name] = header;
        }
    }

    /// <summary>Adds the statuses of <see cref="Everywhere"/>, and to every status its description, problem schema and headers.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="document">The document, for references to components.</param>
    /// <param name="isList">Whether the answer is a page of a list (its 200 and 304 carry a Link header).</param>
    public static void Describe(OpenApiOperation operation, OpenApiDocument document, bool isList)
    {
        operation.Responses ??= [];
        foreach (var status in Everywhere)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse();
            }
        }

        foreach (var (key, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !int.TryParse(key, out var status))
            {
                continue;
            }

            concrete.Description = Description(status, concrete.Description);
            if (ProblemSchema(status) is { } problem)
            {
                concrete.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["application/problem+json"] = new() { Schema = ProblemSchemas.Reference(problem, document) },
                };
            }

            var headers = HeadersOf(status, isList).ToList();
            concrete.Headers = headers.ToDictionary(h => h, h => (IOpenApiHeader)new OpenApiHeaderReference(h, document), StringComparer.Ordinal);
        }
    }

    /// <summary>The headers of a status (the components say which are always sent).</summary>
    public static IEnumerable<string> HeadersOf(int status, bool isList)
    {
        switch (status)
        {
            // A 304 repeats the validators and caching headers of the 200 it stands for.
            case StatusCodes.Status200OK:
            case StatusCodes.Status304NotModified:
                yield return "ETag";
                yield return "Cache-Control";
                yield return "Vary";
                if (isList)
                {
                    yield return "Link";
                }

                break;
            case StatusCodes.Status308PermanentRedirect:
                yield return "Location";
                break;
            case StatusCodes.Status405MethodNotAllowed:
                yield return "Allow";
                break;
            case StatusCodes.Status429TooManyRequests:
                yield return "Retry-After";
                break;
        }

        yield return "Access-Control-Allow-Origin";
    }

    private static string? ProblemSchema(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ProblemSchemas.Validation,
        StatusCodes.Status404NotFound => ProblemSchemas.UnknownId,
        // A removed fact's 410 is a fixed body (id, reason, no trace id) so that it carries a strong ETag.
        StatusCodes.Status410Gone => nameof(Contracts.GoneProblemDto),
        >= 400 => ProblemSchemas.Problem,
        _ => null,
    };

    private static string Description(int status, string? declared) => status switch
    {
        StatusCodes.Status200OK => "The representation asked for.",
        StatusCodes.Status304NotModified => "Not modified: the If-None-Match ETag is current. No body.",
        StatusCodes.Status308PermanentRedirect when string.IsNullOrWhiteSpace(declared) => "The id was renamed: Location gives the current URL (repeat the request there).",
        StatusCodes.Status400BadRequest => "A bad query: an invalid value or an unknown parameter (each named in `errors`, with a did-you-mean), or too many parameters.",
        StatusCodes.Status404NotFound => "Unknown id: the problem names it, with the nearest existing id as `suggestion` when one is close.",
        StatusCodes.Status405MethodNotAllowed => "The API is read-only: any method but GET and HEAD (and a CORS preflight OPTIONS) is refused; Allow lists the methods.",
        StatusCodes.Status410Gone when string.IsNullOrWhiteSpace(declared) => "The id was removed from the dataset; the problem's detail gives the reason.",
        StatusCodes.Status429TooManyRequests => "Rate limited: this client made too many requests; wait the seconds in Retry-After.",
        StatusCodes.Status500InternalServerError => "An unexpected error; the problem carries the traceId to report, never a stack trace.",
        _ => string.IsNullOrWhiteSpace(declared) ? $"Status {status}." : declared,
    };

    /// <summary>A header component; <c>required</c> when every response that lists it carries it.</summary>
    private static OpenApiHeader Header(string description, OpenApiSchema? schema = null, bool required = true) => new()
    {
        Description = description,
        Required = required,
        Schema = schema ?? new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
