using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>ETag/304, Cache-Control, compression and CORS.</summary>
public sealed class CachingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/facts/un-general-assembly-abstention")]
    [InlineData("/api/v1/facts?topic=migration")]
    [InlineData("/api/v1/entities")]
    [InlineData("/api/v1/entities/csto")]
    [InlineData("/api/v1/sources/war-revealed-independent-kazakhstan/text")]
    [InlineData("/api/v1/topics")]
    [InlineData("/api/v1/dataset")]
    public async Task A_strong_etag_from_the_dataset_version_answers_304(string url)
    {
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;

        etag.IsWeak.ShouldBeFalse();
        etag.Tag.ShouldStartWith("\"" + Dataset.Version);
        first.Headers.CacheControl!.Public.ShouldBeTrue();
        first.Headers.CacheControl.MaxAge.ShouldNotBeNull();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        second.Headers.ETag.ShouldBe(etag);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    /// <summary>
    /// Every GET endpoint the app maps, read from its routing table (not a list kept here), with each route id
    /// filled with a real one: a new endpoint is walked the day it is mapped, and one that answers without the
    /// representation helper (say, with TypedResults.Ok) fails here.
    /// </summary>
    [Fact]
    public async Task Every_get_endpoint_answers_with_a_strong_etag_cache_control_and_304()
    {
        var urls = GetUrls(factory.Services);
        urls.ShouldContain("/api/v1/health");
        urls.ShouldContain("/health");

        foreach (var url in urls)
        {
            using var first = await client.GetAsync(url);
            first.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var etag = first.Headers.ETag;
            etag.ShouldNotBeNull(url);
            etag.IsWeak.ShouldBeFalse(url);
            etag.Tag.ShouldStartWith("\"" + Dataset.Version, customMessage: url);
            first.Headers.CacheControl.ShouldNotBeNull(url);
            first.Headers.CacheControl.Public.ShouldBeTrue(url);
            first.Headers.CacheControl.MaxAge.ShouldNotBeNull(url);

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            using var second = await client.SendAsync(request);
            second.StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
            second.Headers.ETag.ShouldBe(etag, url);
        }
    }

    /// <summary>A URL for each GET endpoint, route parameters filled with ids from the dataset.</summary>
    private static List<string> GetUrls(IServiceProvider services)
    {
        // The entity is a claimant so that /entities/{id}/claims is not trivially empty.
        var ids = new Dictionary<string, string>
        {
            ["facts"] = Dataset.Facts[0].Id,
            ["entities"] = Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().First().Id,
            ["sources"] = Dataset.Sources[0].Id,
        };

        var urls = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) != true
                || pattern.Parameters.Any(p => p.IsCatchAll) // the 404 for unknown API routes
                || pattern.RawText!.StartsWith("/openapi/", StringComparison.Ordinal)) // the framework's document, not data
            {
                continue;
            }

            var segments = pattern.RawText.Trim('/').Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                if (segments[i] == "{id}")
                {
                    ids.TryGetValue(segments[i - 1], out var id).ShouldBeTrue($"{pattern.RawText}: give the test an id for '{segments[i - 1]}'");
                    segments[i] = id!;
                }
            }

            var url = "/" + string.Join('/', segments);
            url.ShouldNotContain("{", customMessage: $"{pattern.RawText}: the test cannot fill this route parameter");
            urls.Add(url);
        }

        return urls;
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_response()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts/un-general-assembly-abstention");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Different_representations_have_different_etags()
    {
        using var a = await client.GetAsync("/api/v1/facts?topic=migration");
        using var b = await client.GetAsync("/api/v1/facts?topic=security");

        a.Headers.ETag.ShouldNotBe(b.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Large_responses_are_compressed_and_decode_to_the_same_body(string coding)
    {
        using var plain = await client.GetAsync("/api/v1/facts?pageSize=200");
        var expected = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?pageSize=200");
        request.Headers.AcceptEncoding.ParseAdd(coding);
        using var compressed = await client.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();

        compressed.Content.Headers.ContentEncoding.ShouldBe([coding]);
        compressed.Headers.Vary.ShouldContain("Accept-Encoding");
        compressed.Headers.ETag.ShouldNotBe(plain.Headers.ETag);
        bytes.Length.ShouldBeLessThan(expected.Length / 3);
        Decode(bytes, coding).ShouldBe(expected);
    }

    [Fact]
    public async Task Brotli_is_preferred_and_q0_refuses_a_coding()
    {
        using var both = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?pageSize=100");
        both.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var r1 = await client.SendAsync(both);
        r1.Content.Headers.ContentEncoding.ShouldBe(["br"]);

        using var noBrotli = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts?pageSize=100");
        noBrotli.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, gzip");
        using var r2 = await client.SendAsync(noBrotli);
        r2.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
    }

    [Fact]
    public async Task Cors_is_open_for_get()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/facts/un-general-assembly-abstention");
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request);

        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("ETag");

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/facts");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await client.SendAsync(preflight);
        answer.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        answer.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("GET");
    }

    private static byte[] Decode(byte[] bytes, string coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream stream = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
