using KzData.Api.Contracts;
using KzData.Api.Fields;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary><c>fields=</c> sparse fieldsets: derived names, nested paths, envelopes, 400s, canonical cache keys, ETags.</summary>
public sealed class FieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static Fact FactWithEvidenceAndEntities => Dataset.Facts.First(f => f.Evidence.Count > 1 && f.Entities.Count > 1);

    [Fact]
    public async Task An_item_keeps_only_the_named_members_with_the_values_of_the_full_record()
    {
        var fact = FactWithEvidenceAndEntities;
        var full = await client.GetJson($"/api/v1/facts/{fact.Id}");

        var sparse = await client.GetJson($"/api/v1/facts/{fact.Id}?fields=statement,id");

        sparse.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "statement"]); // the record's order, not the query's
        sparse.GetProperty("statement").GetString().ShouldBe(full.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task A_dotted_path_narrows_each_item_of_a_nested_list()
    {
        var fact = FactWithEvidenceAndEntities;

        var sparse = await client.GetJson($"/api/v1/facts/{fact.Id}?fields=id,evidence.quote,entities.id");

        sparse.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString()).ShouldBe(fact.Evidence.Select(e => e.Quote));
        sparse.GetProperty("evidence").EnumerateArray().ShouldAllBe(e => e.EnumerateObject().Count() == 1);
        sparse.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe(fact.Entities.Select(e => e.Id));
        sparse.GetProperty("entities").EnumerateArray().ShouldAllBe(e => e.EnumerateObject().Count() == 1);
    }

    [Fact]
    public async Task Naming_a_member_whole_wins_over_a_path_into_it()
    {
        var fact = FactWithEvidenceAndEntities;
        var full = await client.GetJson($"/api/v1/facts/{fact.Id}");

        var sparse = await client.GetJson($"/api/v1/facts/{fact.Id}?fields=evidence.quote,evidence");

        sparse.GetProperty("evidence").GetRawText().ShouldBe(full.GetProperty("evidence").GetRawText());
    }

    [Fact]
    public async Task A_page_keeps_its_paging_members_and_link_header_and_narrows_its_items()
    {
        using var response = await client.GetAsync("/api/v1/facts?pageSize=5&page=2&fields=id");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Json();
        var full = await client.GetJson("/api/v1/facts?pageSize=5&page=2");

        page.EnumerateObject().Select(p => p.Name).ShouldBe(full.EnumerateObject().Select(p => p.Name));
        page.GetProperty("total").GetInt32().ShouldBe(full.GetProperty("total").GetInt32());
        page.Ids().ShouldBe(full.Ids());
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.EnumerateObject().Count() == 1);
        response.Headers.GetValues("Link").Single().ShouldContain("fields=id");
    }

    [Fact]
    public async Task A_plain_json_list_narrows_each_element()
    {
        var topics = await client.GetJson("/api/v1/topics?fields=topic");

        topics.EnumerateArray().ShouldNotBeEmpty();
        topics.EnumerateArray().ShouldAllBe(t => t.EnumerateObject().Single().Name == "topic");
    }

    [Fact]
    public void The_field_names_are_the_names_the_serialiser_writes()
    {
        // Not a list in the test either: the members of a serialised fact, and of its evidence.
        var json = JsonSerializer.SerializeToElement(DtoMapper.ToDto(FactWithEvidenceAndEntities), AppJsonContext.Web.FactDto);
        var schema = FieldSchema.For(typeof(FactDto))!;

        schema.Paths.Where(p => !p.Contains('.')).ShouldBe(json.EnumerateObject().Select(p => p.Name));
        schema.Paths.Where(p => p.StartsWith("evidence.", StringComparison.Ordinal))
            .ShouldBe(json.GetProperty("evidence")[0].EnumerateObject().Select(p => "evidence." + p.Name));
        FieldSchema.For(typeof(PageDto<FactDto>))!.Paths.ShouldBe(schema.Paths);
        FieldSchema.For(typeof(string)).ShouldBeNull();
    }

    [Theory]
    [InlineData("statment", "statement")]
    [InlineData("evidence.qoute", "evidence.quote")]
    [InlineData("Statement", "statement")]
    public async Task An_unknown_field_is_a_400_with_the_nearest_field_and_the_valid_ones(string field, string suggestion)
    {
        using var response = await client.GetAsync($"/api/v1/facts/{Dataset.Facts[0].Id}?fields=id,{field}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var message = (await response.Json()).GetProperty("errors").GetProperty("fields")[0].GetString()!;
        message.ShouldContain($"unknown field '{field}'; did you mean '{suggestion}'?");
        message.ShouldContain("evidence.quote");
    }

    [Theory]
    [InlineData("fields=")]
    [InlineData("fields=,,")]
    [InlineData("fields=id&fields=statement")]
    public async Task An_empty_or_repeated_fields_is_a_400(string query)
    {
        using var response = await client.GetAsync($"/api/v1/facts?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_overlong_fields_is_a_400_not_a_cache_entry()
    {
        var cache = factory.Services.GetRequiredService<RepresentationCache>();
        var before = cache.Count;

        using var response = await client.GetAsync("/api/v1/facts?fields=" + string.Join(',', Enumerable.Repeat("id", (FieldSelection.MaxLength / 3) + 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"at most {FieldSelection.MaxLength} characters");
        cache.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Fields_is_refused_where_the_answer_is_not_json_records()
    {
        using var response = await client.GetAsync($"/api/v1/sources/{Dataset.Sources[0].Id}/text?fields=id");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("unknown query parameter 'fields'");
    }

    [Fact]
    public async Task Order_spaces_and_repetition_share_one_cache_entry_and_etag_and_304_works()
    {
        var id = Dataset.Facts[1].Id;
        using var first = await client.GetAsync($"/api/v1/facts/{id}?fields=statement,id");
        var cache = factory.Services.GetRequiredService<RepresentationCache>();
        var count = cache.Count;

        using var second = await client.GetAsync($"/api/v1/facts/{id}?fields=id,%20statement,id,statement");
        using var other = await client.GetAsync($"/api/v1/facts/{id}?fields=id");

        second.Headers.ETag.ShouldBe(first.Headers.ETag);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        other.Headers.ETag.ShouldNotBe(first.Headers.ETag);
        using var full = await client.GetAsync($"/api/v1/facts/{id}");
        full.Headers.ETag.ShouldNotBe(first.Headers.ETag);
        cache.Count.ShouldBeLessThanOrEqualTo(count + 2); // "other" and "full" at most; "second" is "first"

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/facts/{id}?fields=id,statement");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Every_json_list_and_item_endpoint_takes_fields()
    {
        var ids = new Dictionary<string, string>
        {
            ["facts"] = Dataset.Facts[0].Id,
            ["entities"] = Dataset.Facts.Select(f => f.Claimant).OfType<Entity>().First().Id,
            ["sources"] = Dataset.Sources[0].Id,
        };
        var checkedEndpoints = 0;
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) != true
                || FieldSchema.For(endpoint.Metadata) is not { } schema)
            {
                continue;
            }

            var segments = endpoint.RoutePattern.RawText!.Trim('/').Split('/');
            for (var i = 1; i < segments.Length; i++)
            {
                segments[i] = segments[i] == "{id}" ? ids[segments[i - 1]] : segments[i];
            }

            var field = schema.Paths[0];
            var json = await client.GetJson($"/{string.Join('/', segments)}?fields={field}");
            var records = schema.Shape switch
            {
                FieldShape.Page => json.GetProperty("items").EnumerateArray().ToList(),
                FieldShape.List => json.EnumerateArray().ToList(),
                _ => [json],
            };
            records.ShouldAllBe(r => r.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { field }), endpoint.RoutePattern.RawText);
            checkedEndpoints++;
        }

        checkedEndpoints.ShouldBeGreaterThan(ids.Count);
    }
}

/// <summary>fields= on a retired id: the redirect keeps it, the 410 problem is not narrowed.</summary>
public sealed class RetiredFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_redirect_of_a_replaced_id_keeps_fields_and_the_gone_problem_stays_whole()
    {
        var replaced = Dataset.Retired.First(r => r.ReplacedBy is not null);
        var removed = Dataset.Retired.First(r => r.ReplacedBy is null);

        using var redirect = await client.GetAsync($"/api/v1/facts/{replaced.Id}?fields=id");
        using var gone = await client.GetAsync($"/api/v1/facts/{removed.Id}?fields=id");

        redirect.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        redirect.Headers.Location!.OriginalString.ShouldBe($"/api/v1/facts/{replaced.ReplacedBy!.Id}?fields=id");
        gone.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await gone.Json()).GetProperty("reason").GetString().ShouldBe(removed.Reason);
    }
}
