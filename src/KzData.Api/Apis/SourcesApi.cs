using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.Exports;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using KzData.Api.Queries;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/sources, /sources/{id}, /sources/{id}/facts and /sources/{id}/text.</summary>
internal static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sources").WithTags("Sources");

        group.MapMethods("", ReadMethods.GetAndHead, ListSources)
            .WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("The news articles the dataset is built from, with their text quality, author, publisher, published date and how many facts cite each.");

        group.MapMethods("/{id}", ReadMethods.GetAndHead, GetSource)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSource")
            .WithSummary("Get a source")
            .WithDescription("One source by id. An unknown id is a 404 that suggests the nearest id.");

        group.MapMethods("/{id}/facts", ReadMethods.GetAndHead, ListSourceFacts)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListSourceFacts")
            .WithSummary("List a source's facts")
            .WithDescription("Facts that cite the source in their evidence, sorted and paged like GET /api/v1/facts.");

        group.MapMethods("/{id}/text", ReadMethods.GetAndHead, GetSourceText)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSourceText")
            .WithSummary("Get a source's text")
            .WithDescription("The article exactly as in the seed file, as text/plain; charset=utf-8. Evidence `start` and `length` are character offsets into this text.");

        group.MapMethods("/{id}/coverage", ReadMethods.GetAndHead, GetSourceCoverage)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSourceCoverage")
            .WithSummary("Get what the facts cite of a source")
            .WithDescription("Every passage of the article that a fact quotes (with the fact's id), and the article's sentences, each marked cited when a quote overlaps it: what the dataset does not capture yet. Offsets index into GET /api/v1/sources/{id}/text; sentences are split as the kzdata tool's coverage command splits them.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<SourceDto>>, ValidationProblem> ListSources(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
    {
        var reader = new QueryReader();
        var paging = page.Read(reader);
        export.Read(reader);
        if (reader.HasErrors)
        {
            return reader.Problem();
        }

        return cache.Page(context, AppJsonContext.Web.PageDtoSourceDto, paging, () => data.SourceDtos);
    }

    internal static Results<RepresentationResult<SourceDto>, ProblemHttpResult> GetSource(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id."), Id] string id)
    {
        var source = data.SourceDtos.FirstOrDefault(s => s.Id == id);
        if (source is null)
        {
            return UnknownId.Problem("source", id, SuggestionIndex.Sources);
        }

        return cache.Json(context, AppJsonContext.Web.SourceDto, () => source);
    }

    internal static Results<RepresentationResult<PageDto<FactDto>>, ValidationProblem, ProblemHttpResult> ListSourceFacts(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id."), Id] string id,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
    {
        if (!Dataset.TryGetSource(id, out var source))
        {
            return UnknownId.Problem("source", id, SuggestionIndex.Sources);
        }

        return FactsApi.SubList(context, data, cache, data.FactsBySource[source], order, page, export);
    }

    internal static Results<RepresentationResult<string>, ProblemHttpResult> GetSourceText(
        HttpContext context,
        RepresentationCache cache,
        [Description("The source's kebab-case id."), Id] string id)
    {
        if (!Dataset.TryGetSource(id, out var source))
        {
            return UnknownId.Problem("source", id, SuggestionIndex.Sources);
        }

        return cache.Text(context, () => source.Text);
    }

    internal static Results<RepresentationResult<SourceCoverageDto>, ProblemHttpResult> GetSourceCoverage(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [Description("The source's kebab-case id."), Id] string id)
    {
        if (!Dataset.TryGetSource(id, out var source))
        {
            return UnknownId.Problem("source", id, Dataset.Sources.Select(s => s.Id));
        }

        return cache.Json(context, AppJsonContext.Web.SourceCoverageDto, () => DtoMapper.ToCoverage(source, data.FactsBySource[source]));
    }
}
