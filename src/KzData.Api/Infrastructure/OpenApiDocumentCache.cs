using Microsoft.Net.Http.Headers;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Serves the OpenAPI document from bytes generated once. The framework's endpoint rebuilds the document
/// (every transformer, every schema) on each request, ~15 ms of CPU; the API never changes while the process
/// runs, so the first request runs it and keeps the JSON, and every answer after that is a
/// <see cref="Representation"/>: strong ETag and 304, Cache-Control, Brotli/gzip computed once, HEAD.
/// </summary>
internal sealed class OpenApiDocumentCache
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Representation? document;

    /// <summary>How many times the framework's endpoint ran (once, unless it failed).</summary>
    public int Generations { get; private set; }

    /// <summary>Answers GET and HEAD of the document; anything else goes on down the pipeline (405 by then).</summary>
    public static IApplicationBuilder UseOpenApiDocumentCache(IApplicationBuilder app, string path)
    {
        var cache = app.ApplicationServices.GetRequiredService<OpenApiDocumentCache>();
        return app.Use((context, next) =>
            context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                ? cache.InvokeAsync(context, path)
                : next(context));
    }

    public async Task InvokeAsync(HttpContext context, string path)
    {
        var representation = document ?? await GenerateAsync(context, path);
        if (representation is null)
        {
            return; // the framework's answer (an error) has been written as it was
        }

        await RepresentationWriter.WriteAsync(context, representation);
    }

    /// <summary>Runs the framework's endpoint once, as a plain GET, into memory; null when it did not answer 200.</summary>
    private async Task<Representation?> GenerateAsync(HttpContext context, string path)
    {
        await gate.WaitAsync(context.RequestAborted);
        try
        {
            if (document is not null)
            {
                return document;
            }

            var request = context.Request;
            var response = context.Response;
            var (method, acceptEncoding, ifNoneMatch, body) = (request.Method, request.Headers.AcceptEncoding, request.Headers.IfNoneMatch, response.Body);
            using var buffer = new MemoryStream();
            request.Method = HttpMethods.Get;
            request.Headers.Remove(HeaderNames.AcceptEncoding);
            request.Headers.Remove(HeaderNames.IfNoneMatch);
            response.Body = buffer;
            try
            {
                Generations++;
                var endpoint = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
                    .OfType<RouteEndpoint>()
                    .First(e => string.Equals(e.RoutePattern.RawText, path, StringComparison.OrdinalIgnoreCase));
                await endpoint.RequestDelegate!(context);
            }
            finally
            {
                response.Body = body;
                request.Method = method;
                request.Headers.AcceptEncoding = acceptEncoding;
                request.Headers.IfNoneMatch = ifNoneMatch;
            }

            if (response.StatusCode != StatusCodes.Status200OK)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, context.RequestAborted);
                return null;
            }

            var bytes = buffer.ToArray();
            response.Headers.ContentLength = null;
            document = new Representation(bytes, "application/json; charset=utf-8", $"{Dataset.Version}-{Hash(bytes):x16}");

            // Generating the document is a one-off that allocates ~10 MB of short-lived objects (schemas, transformer
            // state), a quarter of the Native AOT process's memory. One blocking collection that gives the freed
            // pages back to the OS, once per process, keeps them from staying resident for the life of the server.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return document;
        }
        finally
        {
            gate.Release();
        }
    }

    private static ulong Hash(byte[] bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
