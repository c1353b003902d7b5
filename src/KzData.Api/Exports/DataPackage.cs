namespace KzData.Api.Exports;

/// <summary>Builds the Data Package descriptor from <see cref="ExportTables"/>: nothing about a table is written twice.</summary>
internal static class DataPackage
{
    /// <summary>The descriptor's path; resource paths are relative to it.</summary>
    public const string Path = "/api/v1/datapackage.json";

    /// <summary>The descriptor of the dataset version served.</summary>
    public static DataPackageDto Build() => new()
    {
        Profile = "tabular-data-package",
        Name = "kzdata",
        Title = "KzData: Kazakhstan's foreign and security policy during Russia's war on Ukraine (2022)",
        Description = "Source-traced facts, each backed by verbatim quotes verified against the news articles they come from. " +
            "Tables: facts, their evidence (the quotes, with offsets into each article's text at /api/v1/sources/{id}/text), " +
            "the entities each fact lists, entities and sources. List-valued columns join their values with '|'; an empty cell is null. " +
            "Quotes are short excerpts of the cited articles, whose copyright stays with their publishers.",
        Version = Dataset.Version,
        Licenses = [new() { Name = "MIT", Path = "https://opensource.org/licenses/MIT", Title = "MIT License" }],
        Keywords = ["kazakhstan", "russia", "ukraine", "foreign policy", "fact-checking", "quotes"],
        Resources = [.. ExportTables.All.Select(Resource)],
    };

    /// <summary>A table's URL relative to the descriptor at <see cref="Path"/>.</summary>
    public static string ResourcePath(IExportTable table) => $"{table.Name}?{ExportNegotiation.Parameter}={ExportFormat.Csv.Name}";

    private static DataResourceDto Resource(IExportTable table) => new()
    {
        Name = table.Name,
        Path = ResourcePath(table),
        Profile = "tabular-data-resource",
        Title = table.Title,
        Description = table.Description,
        Format = ExportFormat.Csv.Name,
        Mediatype = ExportFormat.Csv.MediaType,
        Encoding = "utf-8",
        Schema = new TableSchemaDto
        {
            Fields = [.. table.Columns.Select(c => new TableFieldDto
            {
                Name = c.Name,
                Type = c.Type switch { FieldType.Integer => "integer", FieldType.Number => "number", _ => "string" },
                Description = c.Description,
                Constraints = new TableConstraintsDto { Required = c.Required, Pattern = c.Pattern, Enum = c.Enum },
            })],
            PrimaryKey = table.PrimaryKey,
            ForeignKeys = table.ForeignKeys.Count == 0 ? null : [.. table.ForeignKeys.Select(k => new TableForeignKeyDto
            {
                Fields = k.Field,
                Reference = new TableReferenceDto { Resource = k.Table, Fields = k.ReferencedField },
            })],
            MissingValues = [string.Empty],
        },
    };
}
