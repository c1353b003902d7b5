using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Exports;
using KzData.Api.Infrastructure;
using KzData.Api.LinkedData;
using KzData.Api.OpenApi;
using KzData.Api.Queries;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/facts and /api/v1/facts/{id}.</summary>
internal static class FactsApi
{
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/facts").WithTags("Facts");

        group.MapMethods("", ReadMethods.GetAndHead, ListFacts)
            .WithName("ListFacts")
            .WithSummary("List facts")
            .WithDescription("Facts in file order (or sorted), filtered and paged. Filters combine with AND; `entity` may repeat and every entity must match; `topic` and `kind` may repeat and any value matches. `from`/`to` keep facts whose date..until period overlaps the range. The `Link` header (RFC 8288) points to the first, previous, next and last pages.");

        group.MapMethods("/{id}", ReadMethods.GetAndHead, GetFact)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetFact")
            .WithSummary("Get a fact")
            .WithDescription("One fact by id, with its entities, quantity, conflicts and verified evidence. Ids are stable: a retired id of a renamed or merged fact answers 308 Permanent Redirect to the fact that replaced it (query string kept), a retired id of a removed fact 410 Gone with the reason. An unknown id is a 404 that suggests the nearest id. With `Accept: application/ld+json` the fact is a schema.org `Claim` in JSON-LD (the answer varies on Accept); its evidence as W3C Web Annotations is at /api/v1/facts/{id}/annotations.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem> ListFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [AsParameters] FactQuery query,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
    {
        if (cache.TryGet<PageDto<FactDto>>(context, out var cached))
        {
            return cached;
        }

        var reader = new QueryReader();
        var filter = FactFilter.Read(reader, query, order);
        var paging = page.Read(reader);
        export.Read(reader);
        return reader.HasErrors ? reader.Problem() : FactPage(context, data, cache, data.Facts, filter, paging);
    }

    internal static Results<RepresentationResult<FactDto>, JsonLdResult<ClaimJsonLd>, PermanentRedirectResult, GoneResult, ProblemHttpResult> GetFact(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The fact's kebab-case id (a retired id is redirected or gone)."), Id] string id)
    {
        if (Dataset.TryGetFact(id, out var fact))
        {
            // JSON or, with Accept: application/ld+json, a schema.org Claim (LinkedData/ClaimDocument).
            context.Response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.Accept;
            return JsonLd.IsPreferred(context.Request)
                ? JsonLdResult<ClaimJsonLd>.Of(context, cache, iris => ClaimDocument.Write(fact, iris))
                : cache.Json(context, () => data.FactJson(fact));
        }

        if (Dataset.TryGetRetired(id, out var retired))
        {
            return Retired(context, cache, retired);
        }

        return UnknownId.Problem("fact", id, SuggestionIndex.Facts);
    }

    /// <summary>A retired id: 308 to its replacement, keeping the query string, or 410 with why it was removed.</summary>
    private static Results<RepresentationResult<FactDto>, JsonLdResult<ClaimJsonLd>, PermanentRedirectResult, GoneResult, ProblemHttpResult> Retired(HttpContext context, RepresentationCache cache, RetiredFact retired)
    {
        if (retired.ReplacedBy is { } replacement)
        {
            return cache.PermanentRedirect(context, () => $"/api/v1/facts/{Uri.EscapeDataString(replacement.Id)}{context.Request.QueryString.Value}");
        }

        return cache.Gone(context, () => Removed(retired));
    }

    /// <summary>The 410 problem of a removed fact id: the reason it was removed.</summary>
    internal static GoneProblemDto Removed(RetiredFact retired) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        Title = "Fact retired",
        Status = StatusCodes.Status410Gone,
        Detail = $"The fact '{retired.Id}' was removed from the dataset: {retired.Reason}",
        Id = retired.Id,
        Reason = retired.Reason,
    };

    /// <summary>Some facts (of one entity or source), sorted and paged: /entities/{id}/facts, /entities/{id}/claims, /sources/{id}/facts.</summary>
    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> SubList(
        HttpContext context, ApiData data, RepresentationCache cache, IEnumerable<Fact> facts, FactOrder order, PageQuery page, ExportQuery export)
    {
        var reader = new QueryReader();
        var filter = FactFilter.Read(reader, FactQuery.None, order);
        var paging = page.Read(reader);
        export.Read(reader);
        return reader.HasErrors ? reader.Problem() : FactPage(context, data, cache, facts, filter, paging);
    }

    /// <summary>A filtered, paged fact list over <paramref name="facts"/>, assembled from each fact's cached JSON.</summary>
    private static RepresentationResult<PageDto<FactDto>> FactPage(HttpContext context, ApiData data, RepresentationCache cache, IEnumerable<Fact> facts, FactFilter filter, Paging paging) =>
        cache.Page(context, AppJsonContext.Web.PageDtoFactDto, paging, () => filter.Apply(data, facts), data.FactJson);
}
