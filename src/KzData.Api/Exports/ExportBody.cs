using System.Text.Json;
using KzData.Api.Infrastructure;

namespace KzData.Api.Exports;

/// <summary>The body of a list exported whole, from the list's items (built once per request kind, then cached).</summary>
internal static class ExportBody
{
    /// <summary>Every item of a list as CSV or NDJSON.</summary>
    public static byte[] Of<T>(ExportFormat format, IReadOnlyList<T> items)
    {
        var table = Table<T>();
        return format == ExportFormat.Csv ? table.Csv(items) : table.Ndjson(items);
    }

    /// <summary>
    /// Every item of a list whose items are serialised already (facts): NDJSON joins those bytes, CSV reads them
    /// back, so both say exactly what the JSON list says.
    /// </summary>
    public static byte[] Of<T>(ExportFormat format, IEnumerable<JsonBytes<T>> items)
    {
        var table = Table<T>();
        return format == ExportFormat.Csv
            ? table.Csv(items.Select(i => JsonSerializer.Deserialize(i.Utf8, table.Json)!))
            : ExportTable<T>.Lines(items.Select(i => i.Utf8));
    }

    private static ExportTable<T> Table<T>() =>
        ExportTables.For<T>() ?? throw new InvalidOperationException($"{typeof(T).Name} lists have no export table; add one to {nameof(ExportTables)}.");
}
