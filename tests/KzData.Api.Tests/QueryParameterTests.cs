using System.Text.RegularExpressions;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>
/// Issue 14: unknown query parameters used to be ignored, and every spelling of a query made its own cache
/// entry (junk parameters grew the server to 1.1 GB). Now they are a 400 with "did you mean", keys are
/// canonical, and the cache is bounded in bytes.
/// </summary>
public sealed class QueryParameterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/facts?pagesize=10", "pagesize", "did you mean 'pageSize'?")]
    [InlineData("/api/v1/facts?PAGE=2", "PAGE", "did you mean 'page'?")]
    [InlineData("/api/v1/facts?topics=security", "topics", "did you mean 'topic'?")]
    [InlineData("/api/v1/entities?entity=csto", "entity", "this endpoint takes")]
    [InlineData("/api/v1/sources?q=oil", "q", "this endpoint takes page, pageSize")]
    [InlineData("/api/v1/facts/un-general-assembly-abstention?field=id", "field", "did you mean 'fields'?")]
    [InlineData("/api/v1/sources/kazakhstan-struggles-with-russia/text?fields=id", "fields", "no query parameters")]
    [InlineData("/api/v1/entities/kazakhstan/facts?topic=security", "topic", "this endpoint takes")]
    [InlineData("/health?junk=1", "junk", "this endpoint takes fields")]
    public async Task An_unknown_query_parameter_is_a_400_naming_it(string url, string parameter, string message)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.Json();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        text.ShouldContain($"unknown query parameter '{parameter}'");
        text.ShouldContain(message);
    }

    [Theory]
    [InlineData("/api/v1/facts?q=a&q=b", "q")]
    [InlineData("/api/v1/facts?page=1&page=2", "page")]
    [InlineData("/api/v1/facts?sort=id&sort=date", "sort")]
    public async Task A_single_valued_parameter_given_twice_is_a_400(string url, string parameter)
    {
        var problem = await client.GetJson(url, HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!.ShouldContain("may be given once");
    }

    [Fact]
    public async Task Repeatable_parameters_may_repeat()
    {
        await client.GetJson("/api/v1/facts?topic=security&topic=migration&entity=kazakhstan&entity=russia");
    }

    /// <summary>The explorer must never be refused: every filter it sends (read from its own source) is known.</summary>
    [Fact]
    public async Task Every_parameter_the_explorer_sends_is_accepted()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var state = await File.ReadAllTextAsync(Path.Combine(root, "src", "KzData.Api", "wwwroot", "js", "state.js"));
        var filters = Regex.Match(state, @"const FILTERS = \[([^\]]*)\]").Groups[1].Value
            .Split(',').Select(f => f.Trim().Trim('\'')).Where(f => f.Length > 0).ToList();
        filters.ShouldContain("q");

        var values = new Dictionary<string, string> { ["topic"] = "security", ["entity"] = "kazakhstan", ["kind"] = "event", ["claimant"] = "kassym-jomart-tokayev", ["from"] = "2022", ["to"] = "2022", ["disputed"] = "true", ["sort"] = "date", ["q"] = "a" };
        foreach (var filter in filters)
        {
            values.ShouldContainKey(filter, $"the test needs a value for the explorer's '{filter}'");
            await client.GetJson($"/api/v1/facts?{filter}={values[filter]}&page=1&pageSize=200");
        }

        await client.GetJson("/api/v1/entities?pageSize=200");
        await client.GetJson("/api/v1/sources?pageSize=200");
    }

    [Fact]
    public async Task The_same_question_in_another_spelling_is_the_same_cache_entry()
    {
        using var a = await client.GetAsync("/api/v1/facts?topic=security&page=1&pageSize=20");
        using var b = await client.GetAsync("/api/v1/facts?pageSize=020&page=0001&topic=security");

        a.StatusCode.ShouldBe(HttpStatusCode.OK);
        b.StatusCode.ShouldBe(HttpStatusCode.OK);
        b.Headers.ETag.ShouldBe(a.Headers.ETag);
        (await b.Content.ReadAsStringAsync()).ShouldBe(await a.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cache_stays_within_its_byte_budget_and_keeps_taking_new_keys()
    {
        const long budget = 256 * 1024;
        using var small = factory.WithWebHostBuilder(b => b
            .UseSetting("ResponseCache:MaxBytes", budget.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("RateLimiting:Enabled", "false"));
        using var http = small.CreateClient();
        var cache = small.Services.GetRequiredService<RepresentationCache>();

        // Distinct, valid keys with real bodies (one fact each): far more than the budget holds.
        for (var i = 1; i <= 2000; i++)
        {
            using var response = await http.GetAsync($"/api/v1/facts?pageSize=1&page={i % 400}&q={i / 400}");
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest]);
            cache.SizeBytes.ShouldBeLessThanOrEqualTo(budget);
        }

        cache.Count.ShouldBeGreaterThan(50, "the budget is used");
        cache.Count.ShouldBeLessThan(2000, "old entries were evicted");

        // Once full, a new key is still cached (the least recently used ones make room).
        const string url = "/api/v1/facts?pageSize=3&page=7";
        using (await http.GetAsync(url))
        {
        }

        cache.Contains(Context(small.Services, url)).ShouldBeTrue();
        cache.SizeBytes.ShouldBeLessThanOrEqualTo(budget);
    }

    /// <summary>A request context for <paramref name="url"/> with its endpoint, as routing would make it.</summary>
    private static DefaultHttpContext Context(IServiceProvider services, string url)
    {
        var uri = new Uri("http://localhost" + url);
        var context = new DefaultHttpContext();
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        var endpoint = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "ListFacts");
        context.SetEndpoint(endpoint);
        return context;
    }
}
