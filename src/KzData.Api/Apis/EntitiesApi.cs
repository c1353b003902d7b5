using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/entities, /entities/{id} and /entities/{id}/facts.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/entities").WithTags("Entities");

        group.MapMethods("", EndpointExtensions.GetAndHead, ListEntities)
            .WithName("ListEntities")
            .WithSummary("List entities")
            .WithDescription("Countries, organizations, people, places, companies and media outlets the facts are about, in file order, filtered and paged.");

        group.MapMethods("/{id}", EndpointExtensions.GetAndHead, GetEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetEntity")
            .WithSummary("Get an entity")
            .WithDescription("One entity by id, with its aliases (every spelling the articles use) and memberships. An unknown id is a 404 that suggests the nearest id.");

        group.MapMethods("/{id}/facts", EndpointExtensions.GetAndHead, ListEntityFacts)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListEntityFacts")
            .WithSummary("List an entity's facts")
            .WithDescription("Facts that list the entity or are attributed to it, paged like GET /api/v1/facts.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<EntityDto>>, ValidationProblem> ListEntities(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [FromQuery, Description("Entity kind to match (repeatable; any matches).")] string[]? kind,
        [Description("Case-insensitive text to find in the id, name, description and aliases (at most 200 characters).")] string? q,
        [Description("1-based page number (default 1).")] string? page,
        [Description("Items per page, 1 to 200 (default 50).")] string? pageSize)
    {
        var reader = new QueryReader();
        var kinds = reader.Enums<EntityKind>("kind", kind);
        var text = reader.Text("q", q);
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return new RepresentationResult<PageDto<EntityDto>>(cache.Get(context, RepresentationCache.Json, () =>
        {
            var matches = data.EntityDtos
                .Where(e => kinds.Count == 0 || kinds.Contains(e.Kind))
                .Where(e => text is null || data.EntitySearchText[e.Id].Contains(text, StringComparison.Ordinal))
                .ToList();
            return (PageWriter.Page(matches, pageNumber, size, AppJsonContext.Web.PageDtoEntityDto), PageWriter.Links(context, pageNumber, size, matches.Count));
        }));
    }

    internal static Results<RepresentationResult<EntityDto>, ProblemHttpResult> GetEntity(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The entity's kebab-case id.")] string id)
    {
        var entity = data.EntityDtos.FirstOrDefault(e => e.Id == id);
        if (entity is null)
        {
            return UnknownId.Problem("entity", id, data.EntityDtos.Select(e => e.Id));
        }

        return new RepresentationResult<EntityDto>(cache.Get(context, RepresentationCache.Json, () =>
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entity, AppJsonContext.Web.EntityDto)));
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> ListEntityFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The entity's kebab-case id.")] string id,
        [Description("Sort order: date, -date or id. Default: file order.")] string? sort,
        [Description("1-based page number (default 1).")] string? page,
        [Description("Items per page, 1 to 200 (default 50).")] string? pageSize)
    {
        if (!Dataset.TryGetEntity(id, out var entity))
        {
            return UnknownId.Problem("entity", id, Dataset.Entities.Select(e => e.Id));
        }

        return FactsApi.SubList(context, data, cache, data.FactsByEntity[entity], sort, page, pageSize);
    }
}
