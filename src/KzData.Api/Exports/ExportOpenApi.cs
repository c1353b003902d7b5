using KzData.Api.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.Exports;

/// <summary>
/// The exports in the OpenAPI document: on every operation that takes <c>format</c>, its 200 also offers each
/// <see cref="ExportFormat"/>'s media type (with the table's CSV columns) and the Content-Disposition header.
/// </summary>
internal static class ExportOpenApi
{
    /// <summary>The header component of a download's file name.</summary>
    public const string DispositionHeader = "Content-Disposition";

    /// <summary>Adds the export media types and header to the operation's 200, when it takes <c>format</c>.</summary>
    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (operation.Parameters?.Any(p => p.Name == ExportNegotiation.Parameter) != true
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        var itemType = context.Description.SupportedResponseTypes
            .Select(r => r.Type)
            .FirstOrDefault(t => t is { IsGenericType: true } && t.GetGenericTypeDefinition() == typeof(PageDto<>))
            ?.GetGenericArguments()[0];
        var table = ExportTables.All.FirstOrDefault(t => t.RowType == itemType)
            ?? throw new InvalidOperationException($"{context.Description.RelativePath}: takes format but its items ({itemType?.Name}) have no export table.");

        ok.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        ok.Content[ExportFormat.Csv.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = $"Every matching row (format=csv or Accept: text/csv): RFC 4180, UTF-8, a header row, CRLF line ends. Columns: {string.Join(", ", table.Columns.Select(c => c.Name))}. " +
                    $"List columns ({string.Join(", ", table.Columns.Where(c => c.IsList).Select(c => c.Name).DefaultIfEmpty("none"))}) join their values with '{ExportTables.ListSeparator}'; an empty field is null. " +
                    $"The {table.Name} resource of GET {DataPackage.Path} describes each column's type.",
            },
        };
        ok.Content[ExportFormat.Ndjson.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Every matching item (format=ndjson or Accept: application/x-ndjson), one JSON object per line, each exactly as in the JSON list's items; as many lines as its total.",
            },
        };
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        ok.Headers[DispositionHeader] = new OpenApiHeaderReference(DispositionHeader, context.Document);
    }
}
