using System.Net;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed (section "ForwardedHeaders").
/// Empty by default: nobody's forwarded headers are trusted, the socket's address is the client.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5" or "::1".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep to read X-Forwarded-For (1: one nginx in front).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

/// <summary>
/// What a public, read-only API needs against scanners, typos and floods: GET/HEAD only, nosniff and
/// other security headers, no Server header, bounded requests, unknown query parameters refused,
/// forwarded headers only from configured proxies, and per-client cost-aware rate limiting with 429 +
/// an accurate Retry-After. CORS runs first, so every answer (429, 405 and 400 included) carries it.
/// </summary>
internal static class Hardening
{
    /// <summary>More query parameters than any real query needs.</summary>
    public const int MaxQueryParameters = 32;

    /// <summary>The explorer's Content-Security-Policy: its own scripts, styles and API only.</summary>
    public const string SiteCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Swagger UI sets inline styles.</summary>
    public const string SwaggerCsp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>API answers are data, never a document to render.</summary>
    public const string ApiCsp = "default-src 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 1024;
        });

        // Read when first needed, so configuration from any source (appsettings, environment, a test host) applies.
        builder.Services.Configure<RateLimitingOptions>(builder.Configuration.GetSection("RateLimiting"));
        builder.Services.Configure<ResponseCacheOptions>(builder.Configuration.GetSection("ResponseCache"));
        builder.Services.Configure<ForwardedHeadersSettings>(builder.Configuration.GetSection("ForwardedHeaders"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(s => new ClientRateLimiter(s.GetRequiredService<IOptions<RateLimitingOptions>>().Value, s.GetRequiredService<TimeProvider>()));
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            // The framework trusts loopback by default; here only what is configured is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = Math.Max(1, settings.Value.ForwardLimit);
            foreach (var proxy in settings.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        return builder;
    }

    /// <summary>
    /// The front of the pipeline, in order: forwarded headers (configured proxies only), CORS, security headers
    /// and refusals (methods, too many parameters), the rate limiter, unknown query parameters.
    /// </summary>
    public static IApplicationBuilder UseHardening(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        if (services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }

        // UseCors() would bind CorsMiddleware.Invoke's extra parameter (ICorsPolicyProvider) through a compiled
        // expression tree at startup; the same middleware, given the same per-request provider, needs none.
        app.Use(next =>
        {
            var cors = new CorsMiddleware(next, services.GetRequiredService<ICorsService>(), services.GetRequiredService<ILoggerFactory>());
            return context => cors.Invoke(context, context.RequestServices.GetRequiredService<ICorsPolicyProvider>());
        });
        app.Use((context, next) =>
        {
            var request = context.Request;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = request.Path.StartsWithSegments("/api") ? ApiCsp
                : request.Path.StartsWithSegments("/swagger") ? SwaggerCsp
                : SiteCsp;

            // CORS preflights were answered above; a plain OPTIONS learns what the resource allows.
            if (HttpMethods.IsOptions(request.Method))
            {
                headers.Allow = "GET, HEAD, OPTIONS";
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }

            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                headers.Allow = "GET, HEAD";
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status405MethodNotAllowed,
                    title: "Method not allowed",
                    detail: $"{request.Method} is not supported: this API is read-only (GET and HEAD).").ExecuteAsync(context);
            }

            if (request.Query.Count > MaxQueryParameters)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Too many query parameters",
                    detail: $"A request may have at most {MaxQueryParameters} query parameters; this one has {request.Query.Count}.").ExecuteAsync(context);
            }

            return next(context);
        });

        // Off (for load tests) means no limiter middleware at all, not one that waves everything through.
        if (services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            var limiter = services.GetRequiredService<ClientRateLimiter>();
            app.Use((context, next) => limiter.InvokeAsync(context, next));
        }

        // Unknown query parameters (and single-valued ones given twice) are a 400 naming them, with "did you mean".
        app.Use((context, next) =>
        {
            if (context.Request.QueryString.HasValue && QueryParameters.For(context) is { } known && known.Check(context.Request.Query) is { } problem)
            {
                return problem.ExecuteAsync(context);
            }

            return next(context);
        });

        return app;
    }

    /// <summary>Unknown paths under /api get a 404 problem+json from a fallback endpoint.</summary>
    public static IEndpointRouteBuilder MapUnknownApiRoutes(this IEndpointRouteBuilder app)
    {
        // A catch-all route (not MapFallback, whose pattern the request delegate generator drops).
        app.MapMethods("/api/{**path}", ReadMethods.GetAndHead, (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"No API endpoint at {SuggestionIndex.Shorten(context.Request.Path.Value ?? string.Empty, 200)}; see /openapi/v1.json or /swagger."))
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
        return app;
    }
}
