using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KzData.Api.Infrastructure;

/// <summary>Settings of the per-client rate limiter (section "RateLimiting" in appsettings).</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Off for load tests; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client (IP address) may make per window.</summary>
    public int PermitLimit { get; set; } = 1200;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 10;
}

/// <summary>
/// What a public, read-only API needs against scanners, typos and floods: GET/HEAD only, nosniff,
/// no Server header, bounded requests, per-client rate limiting with 429 + Retry-After.
/// </summary>
internal static class Hardening
{
    /// <summary>More query parameters than any real query needs.</summary>
    public const int MaxQueryParameters = 32;

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

        // Read when the limiter is first built, so configuration from any source (appsettings,
        // environment, a test host) applies.
        builder.Services.Configure<RateLimitingOptions>(builder.Configuration.GetSection("RateLimiting"));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            var options = settings.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"This client made more than {options.PermitLimit} requests in {options.WindowSeconds} s; retry after the time in Retry-After.")
                    .ExecuteAsync(context.HttpContext);
            };
            if (options.Enabled)
            {
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.PermitLimit,
                            Window = TimeSpan.FromSeconds(options.WindowSeconds),
                            QueueLimit = 0,
                        }));
            }
        });

        return builder;
    }

    /// <summary>Security headers on every response, and refusal of what a read-only API never accepts.</summary>
    public static IApplicationBuilder UseHardening(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))
            {
                context.Response.Headers.Allow = "GET, HEAD";
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
        var limits = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>().Value;
        return limits.Enabled ? app.UseRateLimiter() : app;
    }

    /// <summary>Unknown paths under /api get a 404 problem+json from a fallback endpoint.</summary>
    public static IEndpointRouteBuilder MapUnknownApiRoutes(this IEndpointRouteBuilder app)
    {
        // A catch-all route (not MapFallback, whose pattern the request delegate generator drops).
        app.MapMethods("/api/{**path}", ReadMethods.GetAndHead, (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"No API endpoint at {context.Request.Path}; see /openapi/v1.json or /swagger."))
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
        return app;
    }
}
