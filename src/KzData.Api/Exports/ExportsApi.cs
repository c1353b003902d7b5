using System.Text.Json.Serialization.Metadata;
using KzData.Api.Apis;
using KzData.Api.Contracts;
using KzData.Api.Infrastructure;
using KzData.Api.Queries;

namespace KzData.Api.Exports;

/// <summary>GET /api/v1/evidence, /api/v1/fact-entities and /api/v1/datapackage.json: the flat tables and the Data Package.</summary>
internal static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1");

        group.MapMethods("/evidence", ReadMethods.GetAndHead, ListEvidence)
            .WithTags("Facts")
            .WithName("ListEvidence")
            .WithSummary("List the evidence of facts")
            .WithDescription("Every quote of the facts that match, one row per quote (fact id, its position in the fact's evidence, source id, quote, line, start, length), in the facts' order. Takes the filters and sort of GET /api/v1/facts; paged, or whole with format=csv or format=ndjson: the evidence table of the Data Package.");

        group.MapMethods("/fact-entities", ReadMethods.GetAndHead, ListFactEntities)
            .WithTags("Facts")
            .WithName("ListFactEntities")
            .WithSummary("List which entities the facts list")
            .WithDescription("One row per fact and entity it lists (fact id, entity id, position), for the facts that match, in the facts' order. Takes the filters and sort of GET /api/v1/facts; paged, or whole with format=csv or format=ndjson: the link table of the Data Package.");

        group.MapMethods("/datapackage.json", ReadMethods.GetAndHead, GetDataPackage)
            .WithTags("Dataset")
            .WithName("GetDataPackage")
            .WithSummary("Get the Frictionless Data Package")
            .WithDescription("A Frictionless Tabular Data Package of the whole dataset: the tables entities, sources, facts, evidence and fact-entities, each a CSV export of this API at a path relative to this document (facts?format=csv is GET /api/v1/facts?format=csv), with Table Schemas (types, constraints, primary keys, foreign keys), the licence, and the dataset version as the package version. Open it with any Frictionless tool, e.g. frictionless validate <url>.");

        return app;
    }

    internal static Results<RepresentationResult<PageDto<EvidenceRowDto>>, ValidationProblem> ListEvidence(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [AsParameters] FactQuery query,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
        => RowsOfFacts(context, data, cache, query, order, page, export, ExportJsonContext.Web.PageDtoEvidenceRowDto, ExportTables.EvidenceOf);

    internal static Results<RepresentationResult<PageDto<FactEntityDto>>, ValidationProblem> ListFactEntities(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        [AsParameters] FactQuery query,
        [AsParameters] FactOrder order,
        [AsParameters] PageQuery page,
        [AsParameters] ExportQuery export)
        => RowsOfFacts(context, data, cache, query, order, page, export, ExportJsonContext.Web.PageDtoFactEntityDto, ExportTables.LinksOf);

    /// <summary>A table of rows flattened from the facts that match the /api/v1/facts filters and sort, paged or exported.</summary>
    private static Results<RepresentationResult<PageDto<T>>, ValidationProblem> RowsOfFacts<T>(
        HttpContext context,
        ApiData data,
        RepresentationCache cache,
        FactQuery query,
        FactOrder order,
        PageQuery page,
        ExportQuery export,
        JsonTypeInfo<PageDto<T>> typeInfo,
        Func<IEnumerable<Fact>, IEnumerable<T>> rows)
    {
        var reader = new QueryReader();
        var filter = FactFilter.Read(reader, query, order);
        var paging = page.Read(reader);
        export.Read(reader);
        return reader.HasErrors
            ? reader.Problem()
            : cache.Page(context, typeInfo, paging, () => rows(filter.Apply(data, data.Facts)).ToList());
    }

    internal static RepresentationResult<DataPackageDto> GetDataPackage(HttpContext context, RepresentationCache cache) =>
        cache.Json(context, ExportJsonContext.Web.DataPackageDto, DataPackage.Build);
}
