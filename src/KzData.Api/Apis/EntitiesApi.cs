using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Exports;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using KzData.Api.Queries;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/entities, /entities/{id}, /entities/{id}/facts and /entities/{id}/claims.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/entities").WithTags("Entities");

        group.MapMethods("", ReadMethods.GetAndHead, ListEntities)
            .WithName("ListEntities")
            .WithSummary("List entities")
            .WithDescription("Countries, organizations, people, places, companies and media outlets the facts are about, in file order, filtered and paged.");

        group.MapMethods("/{id}", ReadMethods.GetAndHead, GetEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetEntity")
            .WithSummary("Get an entity")
            .WithDescription("One entity by id, with its aliases (every spelling the articles use), memberships, and how many facts are about it and claimed by it. An unknown id is a 404 that suggests the nearest id.");

        group.MapMethods("/{id}/facts", ReadMethods.GetAndHead, ListEntityFacts)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListEntityFacts")
            .WithSummary("List an entity's facts")
            .WithDescription("Facts that list the entity or are attributed to it, sorted and paged like GET /api/v1/facts.");

        group.MapMethods("/{id}/claims", ReadMethods.GetAndHead, ListEntityClaims)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListEntityClaims")
            .WithSummary("List what an entity claimed")
            .WithDescription("What one person or outlet claimed: the facts whose claimant is the entity (its statements, and the assessments attributed to it or, by default, to the author of their source), sorted and paged like GET /api/v1/facts. The same facts as GET /api/v1/facts?claimant={id}.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<EntityDto>>, ValidationProblem> ListEntities(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [AsParameters] EntityQuery query,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
    {
        var reader = new QueryReader();
        var kinds = reader.Enums<EntityKind>("kind", query.Kinds);
        var text = reader.Text("q", query.Text);
        var paging = page.Read(reader);
        export.Read(reader);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return cache.Page(context, AppJsonContext.Web.PageDtoEntityDto, paging, () => data.EntityDtos
            .Where(e => kinds.Count == 0 || kinds.Contains(e.Kind))
            .Where(e => text is null || data.EntitySearchText[e.Id].Contains(text, StringComparison.Ordinal))
            .ToList());
    }

    internal static Results<RepresentationResult<EntityDto>, ProblemHttpResult> GetEntity(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The entity's kebab-case id."), Id] string id)
    {
        var entity = data.EntityDtos.FirstOrDefault(e => e.Id == id);
        if (entity is null)
        {
            return UnknownId.Problem("entity", id, SuggestionIndex.Entities);
        }

        return cache.Json(context, AppJsonContext.Web.EntityDto, () => entity);
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> ListEntityFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The entity's kebab-case id."), Id] string id,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export) =>
        EntityFactList(context, data, cache, id, data.FactsByEntity, order, page, export);

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> ListEntityClaims(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The entity's kebab-case id."), Id] string id,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export) =>
        EntityFactList(context, data, cache, id, data.ClaimsByEntity, order, page, export);

    /// <summary>One of an entity's fact lists (about it, or claimed by it), sorted and paged; 404 for an unknown entity.</summary>
    private static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> EntityFactList(
        HttpContext context, ApiData data, RepresentationCache cache, string id, IReadOnlyDictionary<Entity, IReadOnlyList<Fact>> lists, FactOrder order, PageQuery page, ExportQuery export) =>
        Dataset.TryGetEntity(id, out var entity)
            ? FactsApi.SubList(context, data, cache, lists[entity], order, page, export)
            : UnknownId.Problem("entity", id, SuggestionIndex.Entities);
}
