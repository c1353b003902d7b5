using Microsoft.AspNetCore.Mvc.Testing;

namespace KzData.Api.Tests;

/// <summary>
/// Ids are stable: a retired fact id answers 308 to the fact that replaced it, or 410 with the reason it was removed,
/// each with the ETag, Cache-Control and CORS headers of every other answer.
/// </summary>
public sealed class RetiredIdTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static RetiredFact Replaced => Dataset.Retired.First(r => r.ReplacedBy is not null);

    private static RetiredFact Removed => Dataset.Retired.First(r => r.ReplacedBy is null);

    [Fact]
    public async Task A_replaced_id_redirects_permanently_to_its_fact()
    {
        // Without a query string the redirect has none to keep (with fields= it keeps it: FieldsTests).
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/facts/{Replaced.Id}");
        request.Headers.Add("Origin", "https://example.org");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/facts/{Replaced.ReplacedBy!.Id}");
        AssertCacheable(response);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Following_the_redirect_gives_the_replacement()
    {
        using var following = factory.CreateClient();

        var json = await following.GetJson($"/api/v1/facts/{Replaced.Id}");

        json.GetProperty("id").GetString().ShouldBe(Replaced.ReplacedBy!.Id);
    }

    [Fact]
    public async Task A_removed_id_is_gone_with_the_reason_as_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/facts/{Removed.Id}");
        request.Headers.Add("Origin", "https://example.org");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        AssertCacheable(response);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = body.RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(410);
        problem.GetProperty("title").GetString().ShouldBe("Fact retired");
        problem.GetProperty("id").GetString().ShouldBe(Removed.Id);
        problem.GetProperty("reason").GetString().ShouldBe(Removed.Reason);
        problem.GetProperty("detail").GetString()!.ShouldContain(Removed.Reason);
    }

    /// <summary>RFC 9110 13.2.1: If-None-Match applies only to what would be a 2xx, so a 308 or 410 is answered in full.</summary>
    [Fact]
    public async Task A_conditional_request_for_a_retired_id_is_answered_in_full()
    {
        foreach (var (id, status) in new[] { (Replaced.Id, HttpStatusCode.PermanentRedirect), (Removed.Id, HttpStatusCode.Gone) })
        {
            using var first = await client.GetAsync($"/api/v1/facts/{id}");
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/facts/{id}");
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

            using var second = await client.SendAsync(request);

            second.StatusCode.ShouldBe(status);
            second.Headers.ETag.ShouldBe(first.Headers.ETag);
        }
    }

    [Fact]
    public async Task Head_of_a_retired_id_has_the_same_status_and_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"/api/v1/facts/{Replaced.Id}");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location.ShouldNotBeNull();
        AssertCacheable(response);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_redirect_and_gone_answers()
    {
        var document = await client.GetJson("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty("/api/v1/facts/{id}").GetProperty("get").GetProperty("responses");
        responses.TryGetProperty("308", out _).ShouldBeTrue();
        responses.GetProperty("410").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
    }

    private static void AssertCacheable(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag.ShouldNotBeNull();
        etag.IsWeak.ShouldBeFalse();
        etag.Tag.ShouldStartWith("\"" + Dataset.Version);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldNotBeNull();
    }
}
