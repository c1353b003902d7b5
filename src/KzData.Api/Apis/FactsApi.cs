using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/facts and /api/v1/facts/{id}.</summary>
internal static class FactsApi
{
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/facts").WithTags("Facts");

        group.MapMethods("", EndpointExtensions.GetAndHead, ListFacts)
            .WithName("ListFacts")
            .WithSummary("List facts")
            .WithDescription("Facts in file order (or sorted), filtered and paged. Filters combine with AND; `entity` may repeat and every entity must match; `topic` may repeat and any topic matches. `from`/`to` keep facts whose date..until period overlaps the range. The `Link` header (RFC 8288) points to the first, previous, next and last pages.");

        group.MapMethods("/{id}", EndpointExtensions.GetAndHead, GetFact)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetFact")
            .WithSummary("Get a fact")
            .WithDescription("One fact by id, with its entities, quantity, conflicts and verified evidence. An unknown id is a 404 that suggests the nearest id.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem> ListFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [FromQuery, Description("Topic to match (repeatable; any matches).")] string[]? topic,
        [FromQuery(Name = "kind"), Description("Claim kind to match (repeatable; any matches): event, statement or assessment.")] string[]? claimKind,
        [FromQuery, Description("Entity id that must be on the fact, listed or as the speaker (repeatable; all must match).")] string[]? entity,
        [Description("Entity id of the claimant: the speaker of a statement, or whoever an assessment is attributed to (by default its source's author).")] string? claimant,
        [Description("Source id the fact must cite.")] string? source,
        [Description("Keep facts whose period ends on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")] string? from,
        [Description("Keep facts whose period starts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")] string? to,
        [Description("Case-insensitive text to find in the statement, quotes, entity names and aliases (at most 200 characters).")] string? q,
        [Description("true: only facts with conflicting versions; false: only undisputed facts.")] string? disputed,
        [Description("Sort order: date (oldest first, undated last), -date (newest first), id. Default: file order.")] string? sort,
        [Description("1-based page number (default 1).")] string? page,
        [Description("Items per page, 1 to 200 (default 50).")] string? pageSize)
    {
        if (cache.TryGet(context, out var cached))
        {
            return new RepresentationResult<PageDto<FactDto>>(cached);
        }

        var reader = new QueryReader();
        var filter = FactFilter.Read(reader, topic, claimKind, entity, claimant, source, from, to, q, disputed, sort);
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return FactList(context, data, cache, data.Facts, filter, pageNumber, size);
    }

    internal static Results<RepresentationResult<FactDto>, ProblemHttpResult> GetFact(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The fact's kebab-case id.")] string id)
    {
        if (!Dataset.TryGetFact(id, out var fact))
        {
            return UnknownId.Problem("fact", id, Dataset.Facts.Select(f => f.Id));
        }

        return new RepresentationResult<FactDto>(cache.Get(context, RepresentationCache.Json, () => data.FactJson(fact)));
    }

    /// <summary>The facts of one entity or source, sorted and paged (the /entities/{id}/facts and /sources/{id}/facts endpoints).</summary>
    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> SubList(
        HttpContext context, ApiData data, RepresentationCache cache, IEnumerable<Fact> facts, string? sort, string? page, string? pageSize)
    {
        var reader = new QueryReader();
        var filter = FactFilter.Read(reader, default, default, default, null, null, null, null, null, null, sort);
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return FactList(context, data, cache, facts, filter, pageNumber, size);
    }

    /// <summary>A filtered, paged fact list over <paramref name="facts"/>.</summary>
    internal static RepresentationResult<PageDto<FactDto>> FactList(HttpContext context, ApiData data, RepresentationCache cache, IEnumerable<Fact> facts, FactFilter filter, int page, int pageSize) =>
        new(cache.Get(context, RepresentationCache.Json, () =>
        {
            var matches = filter.Apply(data, facts);
            return (PageWriter.FactPage(data, matches, page, pageSize), PageWriter.Links(context, page, pageSize, matches.Count));
        }));
}
