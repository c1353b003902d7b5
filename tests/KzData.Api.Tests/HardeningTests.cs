using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>Security headers, method and size limits, rate limiting and the failure handler.</summary>
public sealed class HardeningTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/facts")]
    [InlineData("/api/v1/nothing")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health")]
    public async Task Every_response_says_nosniff_and_names_no_server(string url)
    {
        using var response = await client.GetAsync(url);

        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.Server.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("POST", "/api/v1/facts/un-general-assembly-abstention")]
    [InlineData("DELETE", "/api/v1/entities/kazakhstan")]
    [InlineData("PUT", "/swagger/index.html")]
    [InlineData("POST", "/openapi/v1.json")]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/no/such/path")]
    public async Task Only_get_and_head_are_allowed_anywhere(string method, string url)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x") });
        var problem = await response.Json();

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"], ignoreOrder: true);
        problem.GetProperty("status").GetInt32().ShouldBe(405);
    }

    [Fact]
    public async Task Too_many_query_parameters_are_refused()
    {
        var query = string.Join("&", Enumerable.Range(0, 40).Select(i => $"p{i}=1"));
        using var response = await client.GetAsync("/api/v1/facts?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Json()).GetProperty("title").GetString().ShouldBe("Too many query parameters");
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after()
    {
        using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PermitLimit", "3")
            .UseSetting("RateLimiting:WindowSeconds", "60")
            .UseSetting("RateLimiting:BuiltCost", "0"));
        using var http = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync("/api/v1/topics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var rejected = await http.GetAsync("/api/v1/facts");
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        rejected.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var retryAfter = int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
        (await rejected.Json()).GetProperty("status").GetInt32().ShouldBe(429);
    }

    [Fact]
    public async Task The_rate_limiter_can_be_switched_off_for_load_tests()
    {
        using var unlimited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("RateLimiting:PermitLimit", "1"));
        using var http = unlimited.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            (await http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_unexpected_failure_is_a_500_problem_with_a_trace_id_and_no_stack_trace(string environment)
    {
        // The fault is injected through the test host only; production routes have no such endpoint.
        using var faulty = factory.WithWebHostBuilder(b => b
            .UseEnvironment(environment)
            .ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingStartupFilter>()));
        using var http = faulty.CreateClient();

        using var response = await http.GetAsync("/test-only/fault");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("secret-internal-detail");
        body.ShouldNotContain("ThrowingStartupFilter");
        body.ShouldNotContain(" at ");
    }

    private sealed class ThrowingStartupFilter : IStartupFilter
    {
        // Appended after the app's own pipeline (exception handler included), so the failure
        // happens inside it, as a bug in a handler would.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) => context.Request.Path == "/test-only/fault"
                ? throw new InvalidOperationException("secret-internal-detail")
                : Task.CompletedTask);
        };
    }
}
