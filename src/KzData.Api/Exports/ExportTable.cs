using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using nietras.SeparatedValues;

namespace KzData.Api.Exports;

/// <summary>A Frictionless Table Schema field type (the ones the tables use).</summary>
internal enum FieldType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,
}

/// <summary>
/// One column of an export table: its name (the CSV header and the Table Schema field), type, description,
/// constraints and how a row's value is written. The CSV writer and the Data Package schema both read it.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed record Column<T>(string Name, FieldType Type, Func<T, string?> Value) : IColumn
{
    /// <summary>
    /// What the column holds. Left out where the column is the list item's property of the same name: its
    /// <c>[Description]</c> (the JSON contract's) is then the one text, resolved by <see cref="ExportTable{T}"/>.
    /// </summary>
    public string? Description { get; init; }

    string IColumn.Description => Description ?? throw new InvalidOperationException($"column {Name} has no description");

    /// <summary>Never empty.</summary>
    public bool Required { get; init; }

    /// <summary>A regular expression every value matches (ids, partial dates).</summary>
    public string? Pattern { get; init; }

    /// <summary>The values allowed (a vocabulary).</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>A list column: its values joined with <see cref="ExportTables.ListSeparator"/>.</summary>
    public bool IsList { get; init; }
}

/// <summary>A column, whatever its row type: what the Data Package needs.</summary>
internal interface IColumn
{
    string Name { get; }

    FieldType Type { get; }

    string Description { get; }

    bool Required { get; }

    string? Pattern { get; }

    IReadOnlyList<string>? Enum { get; }

    bool IsList { get; }
}

/// <summary>A foreign key: <paramref name="Field"/> holds an id of <paramref name="Table"/>'s <paramref name="ReferencedField"/>.</summary>
internal sealed record ForeignKey(string Field, string Table, string ReferencedField = "id");

/// <summary>An export table, whatever its row type: what the Data Package needs.</summary>
internal interface IExportTable
{
    /// <summary>The resource name and the path below /api/v1 of its list (<c>facts</c>, <c>fact-entities</c>).</summary>
    string Name { get; }

    string Title { get; }

    string Description { get; }

    IReadOnlyList<IColumn> Columns { get; }

    IReadOnlyList<string> PrimaryKey { get; }

    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    /// <summary>The list item type the table's rows are.</summary>
    Type RowType { get; }
}

/// <summary>
/// How rows of <typeparamref name="T"/> (the list endpoint's JSON item) are exported: its CSV columns, its NDJSON
/// lines (the item's JSON), and its Table Schema.
/// </summary>
/// <typeparam name="T">The list item type.</typeparam>
internal sealed class ExportTable<T>(
    string name,
    string title,
    string description,
    JsonTypeInfo<T> json,
    IReadOnlyList<Column<T>> columns,
    IReadOnlyList<string> primaryKey,
    IReadOnlyList<ForeignKey>? foreignKeys = null) : IExportTable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyList<Column<T>> columns = [.. columns.Select(c => Described(c, json))];

    public string Name => name;

    public string Title => title;

    public string Description => description;

    public IReadOnlyList<Column<T>> Columns => columns;

    IReadOnlyList<IColumn> IExportTable.Columns => columns;

    public IReadOnlyList<string> PrimaryKey => primaryKey;

    public IReadOnlyList<ForeignKey> ForeignKeys => foreignKeys ?? [];

    public Type RowType => typeof(T);

    /// <summary>The item's JSON contract (for NDJSON, and to read back pre-serialised items).</summary>
    public JsonTypeInfo<T> Json => json;

    /// <summary>RFC 4180 CSV: a header row (also when there are no rows), fields quoted where needed, CRLF line ends.</summary>
    public byte[] Csv(IEnumerable<T> rows)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).ToText();
        writer.Header.Add([.. columns.Select(c => c.Name)]);
        writer.Header.Write();
        foreach (var row in rows)
        {
            using var line = writer.NewRow();
            foreach (var column in columns)
            {
                line[column.Name].Set(column.Value(row) ?? string.Empty);
            }
        }

        writer.Flush();
        return Utf8.GetBytes(Crlf(writer.ToString()));
    }

    /// <summary>NDJSON: each item's JSON on its own line, each line ended by a line feed.</summary>
    public byte[] Ndjson(IEnumerable<T> rows) => Lines(rows.Select(r => JsonSerializer.SerializeToUtf8Bytes(r, json)));

    /// <summary>NDJSON from items serialised already.</summary>
    public static byte[] Lines(IEnumerable<byte[]> items)
    {
        using var output = new MemoryStream();
        foreach (var item in items)
        {
            output.Write(item);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    /// <summary>
    /// The column with its description: its own, or else the item property's of the same name (a list column's
    /// says how its values are joined).
    /// </summary>
    private static Column<T> Described(Column<T> column, JsonTypeInfo<T> json)
    {
        var text = column.Description ?? json.Properties.FirstOrDefault(p => p.Name == column.Name)?.AttributeProvider?
            .GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description
            ?? throw new InvalidOperationException(
                $"{typeof(T).Name} export column {column.Name}: give it a description, or name it after a property of the item that has a [Description].");
        return column with { Description = column.IsList ? $"{text} Joined with '{ExportTables.ListSeparator}'." : text };
    }

    /// <summary>
    /// Sep ends records with <see cref="Environment.NewLine"/>; RFC 4180 wants CRLF. Only record ends change: a line
    /// break inside a quoted field is data and stays as it is.
    /// </summary>
    private static string Crlf(string csv)
    {
        if (Environment.NewLine == "\r\n")
        {
            return csv;
        }

        var result = new StringBuilder(csv.Length + (csv.Length / 64));
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                result.Append('\r');
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
