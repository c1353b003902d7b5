using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Infrastructure;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/sources, /sources/{id}, /sources/{id}/facts and /sources/{id}/text.</summary>
internal static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sources").WithTags("Sources");

        group.MapMethods("", EndpointExtensions.GetAndHead, ListSources)
            .WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("The five news articles the dataset is built from, with their text quality and how many facts cite each.");

        group.MapMethods("/{id}", EndpointExtensions.GetAndHead, GetSource)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSource")
            .WithSummary("Get a source")
            .WithDescription("One source by id. An unknown id is a 404 that suggests the nearest id.");

        group.MapMethods("/{id}/facts", EndpointExtensions.GetAndHead, ListSourceFacts)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListSourceFacts")
            .WithSummary("List a source's facts")
            .WithDescription("Facts that cite the source in their evidence, paged like GET /api/v1/facts.");

        group.MapMethods("/{id}/text", EndpointExtensions.GetAndHead, GetSourceText)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSourceText")
            .WithSummary("Get a source's text")
            .WithDescription("The article exactly as in the seed file, as text/plain; charset=utf-8. Evidence `start` and `length` are character offsets into this text.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<SourceDto>>, ValidationProblem> ListSources(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("1-based page number (default 1).")] string? page,
        [Description("Items per page, 1 to 200 (default 50).")] string? pageSize)
    {
        var reader = new QueryReader();
        var (pageNumber, size) = reader.Paging(page, pageSize);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return new RepresentationResult<PageDto<SourceDto>>(cache.Get(context, RepresentationCache.Json, () =>
            (PageWriter.Page(data.SourceDtos, pageNumber, size, AppJsonContext.Web.PageDtoSourceDto), PageWriter.Links(context, pageNumber, size, data.SourceDtos.Count))));
    }

    internal static Results<RepresentationResult<SourceDto>, ProblemHttpResult> GetSource(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id.")] string id)
    {
        var source = data.SourceDtos.FirstOrDefault(s => s.Id == id);
        if (source is null)
        {
            return UnknownId.Problem("source", id, data.SourceDtos.Select(s => s.Id));
        }

        return new RepresentationResult<SourceDto>(cache.Get(context, RepresentationCache.Json, () =>
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(source, AppJsonContext.Web.SourceDto)));
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> ListSourceFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id.")] string id,
        [Description("Sort order: date, -date or id. Default: file order.")] string? sort,
        [Description("1-based page number (default 1).")] string? page,
        [Description("Items per page, 1 to 200 (default 50).")] string? pageSize)
    {
        if (!Dataset.TryGetSource(id, out var source))
        {
            return UnknownId.Problem("source", id, Dataset.Sources.Select(s => s.Id));
        }

        return FactsApi.SubList(context, data, cache, data.FactsBySource[source], sort, page, pageSize);
    }

    internal static Results<RepresentationResult<string>, ProblemHttpResult> GetSourceText(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id.")] string id)
    {
        if (!Dataset.TryGetSource(id, out var source))
        {
            return UnknownId.Problem("source", id, Dataset.Sources.Select(s => s.Id));
        }

        return new RepresentationResult<string>(cache.Get(context, "text/plain; charset=utf-8", () => ApiData.SourceText(source)));
    }
}
