using System.ComponentModel;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace KzData.Api.Exports;

/// <summary>The <c>format</c> of every list endpoint: the paged JSON, or the whole list as CSV or NDJSON.</summary>
internal sealed record ExportQuery
{
    /// <summary>The format, as given.</summary>
    [FromQuery(Name = ExportNegotiation.Parameter)]
    [Description("json (default): the paged JSON list. csv or ndjson: every matching row in one response, not paged (page and pageSize are ignored), as a download named kzdata-<list>-<datasetVersion>.<csv|ndjson>; the same as Accept: text/csv or Accept: application/x-ndjson, and it wins over Accept. CSV is RFC 4180, UTF-8, with a header row; a list-valued column joins its values with '|'; an empty field is null. NDJSON has one item per line, as in the JSON items.")]
    [ExportFormat]
    public string? Format { get; init; }

    /// <summary>Validates <see cref="Format"/>: a bad value is an error in <paramref name="reader"/>.</summary>
    internal void Read(QueryReader reader) => reader.OneOf(ExportNegotiation.Parameter, Format, ExportFormat.Names);

    private sealed class ExportFormatAttribute() : ChoiceAttribute(Exports.ExportFormat.Names);
}
