using System.ComponentModel;
using System.Text.Json.Serialization;

namespace KzData.Api.Exports;

/// <summary>A Frictionless Tabular Data Package descriptor (https://specs.frictionlessdata.io/tabular-data-package/).</summary>
[Description("A Frictionless Tabular Data Package: the dataset as CSV tables with typed schemas, primary and foreign keys.")]
public sealed record DataPackageDto
{
    [Description("Always tabular-data-package.")]
    public required string Profile { get; init; }

    [Description("The package name.")]
    public required string Name { get; init; }

    [Description("A human title.")]
    public required string Title { get; init; }

    [Description("What the dataset is.")]
    public required string Description { get; init; }

    [Description("The dataset version (GET /api/v1/dataset): a content hash that changes whenever the data does.")]
    public required string Version { get; init; }

    [Description("The licence of the package.")]
    public required IReadOnlyList<DataPackageLicenseDto> Licenses { get; init; }

    [Description("Words to find it by.")]
    public required IReadOnlyList<string> Keywords { get; init; }

    [Description("The tables, each a CSV export of the API, at a path relative to this descriptor's URL.")]
    public required IReadOnlyList<DataResourceDto> Resources { get; init; }
}

/// <summary>A licence of the package.</summary>
public sealed record DataPackageLicenseDto
{
    [Description("The SPDX identifier.")]
    public required string Name { get; init; }

    [Description("The licence text's URL.")]
    public required string Path { get; init; }

    [Description("The licence's title.")]
    public required string Title { get; init; }
}

/// <summary>A tabular data resource: one CSV table.</summary>
public sealed record DataResourceDto
{
    [Description("The resource name, also what foreign keys refer to.")]
    public required string Name { get; init; }

    [Description("The CSV's URL relative to the descriptor (e.g. facts?format=csv, which resolves to /api/v1/facts?format=csv).")]
    public required string Path { get; init; }

    [Description("Always tabular-data-resource.")]
    public required string Profile { get; init; }

    [Description("A human title.")]
    public required string Title { get; init; }

    [Description("What a row is.")]
    public required string Description { get; init; }

    [Description("Always csv.")]
    public required string Format { get; init; }

    [Description("Always text/csv.")]
    public required string Mediatype { get; init; }

    [Description("Always utf-8.")]
    public required string Encoding { get; init; }

    [Description("The Table Schema: fields, primary key, foreign keys.")]
    public required TableSchemaDto Schema { get; init; }
}

/// <summary>A Frictionless Table Schema.</summary>
public sealed record TableSchemaDto
{
    [Description("The columns, in CSV order.")]
    public required IReadOnlyList<TableFieldDto> Fields { get; init; }

    [Description("The columns that identify a row.")]
    public required IReadOnlyList<string> PrimaryKey { get; init; }

    [Description("Columns that hold keys of another resource; absent when there are none (the profile wants at least one).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TableForeignKeyDto>? ForeignKeys { get; init; }

    [Description("Cell values read as null: the empty string.")]
    public required IReadOnlyList<string> MissingValues { get; init; }
}

/// <summary>A column of a Table Schema.</summary>
public sealed record TableFieldDto
{
    [Description("The column name, as in the CSV header.")]
    public required string Name { get; init; }

    [Description("string, integer or number.")]
    public required string Type { get; init; }

    [Description("What the column holds.")]
    public required string Description { get; init; }

    [Description("What every value must satisfy.")]
    public required TableConstraintsDto Constraints { get; init; }
}

/// <summary>The constraints of a column.</summary>
public sealed record TableConstraintsDto
{
    [Description("Whether a value is required (never empty).")]
    public required bool Required { get; init; }

    [Description("A regular expression every value matches; absent when any text goes.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pattern { get; init; }

    [Description("The values allowed when the column is a vocabulary; absent otherwise.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Enum { get; init; }
}

/// <summary>A foreign key of a Table Schema.</summary>
public sealed record TableForeignKeyDto
{
    [Description("The column holding the key.")]
    public required string Fields { get; init; }

    [Description("The resource and column it refers to.")]
    public required TableReferenceDto Reference { get; init; }
}

/// <summary>What a foreign key refers to.</summary>
public sealed record TableReferenceDto
{
    [Description("The referenced resource's name.")]
    public required string Resource { get; init; }

    [Description("The referenced column.")]
    public required string Fields { get; init; }
}
