using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>Issue 14: the OpenAPI document was rebuilt on every request (~15 ms each).</summary>
public sealed class OpenApiDocumentCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_document_is_generated_once_and_served_with_etag_304_head_and_compression()
    {
        var generations = 0;
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((_, _, _) =>
            {
                Interlocked.Increment(ref generations);
                return Task.CompletedTask;
            }))));
        using var client = counted.CreateClient();

        using var first = await client.GetAsync("/openapi/v1.json");
        var body = await first.Content.ReadAsByteArrayAsync();
        using var second = await client.GetAsync("/openapi/v1.json");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBe(body);
        generations.ShouldBe(1, "the document is built once, not per request");

        var etag = first.Headers.ETag!;
        etag.IsWeak.ShouldBeFalse();
        second.Headers.ETag.ShouldBe(etag);
        first.Headers.CacheControl!.Public.ShouldBeTrue();
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(revalidate);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi/v1.json"));
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldBe(etag);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        compressed.Headers.AcceptEncoding.ParseAdd("br");
        using var brotli = await client.SendAsync(compressed);
        brotli.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await brotli.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(body.Length / 3);

        generations.ShouldBe(1);
    }

    [Fact]
    public async Task A_first_request_by_head_builds_the_document_too()
    {
        using var fresh = factory.WithWebHostBuilder(b => b.UseSetting("ResponseCache:MaxBytes", "1000000"));
        using var client = fresh.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi/v1.json"));
        using var get = await client.GetAsync("/openapi/v1.json");

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.ETag.ShouldBe(get.Headers.ETag);
    }
}
