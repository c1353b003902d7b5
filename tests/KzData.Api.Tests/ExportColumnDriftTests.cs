using System.Text.Json.Serialization.Metadata;
using KzData.Api.Exports;

namespace KzData.Api.Tests;

/// <summary>
/// A field added to a list item (the DTO) must reach its CSV table, or be named here with where it goes instead:
/// the columns in <see cref="ExportTables"/> are a flattening of the DTO, so this test is what keeps the two in step.
/// </summary>
public sealed class ExportColumnDriftTests
{
    /// <summary>DTO properties that are deliberately not columns of their own table, and why.</summary>
    private static readonly Dictionary<(string Table, string Property), string> Elsewhere = new()
    {
        [("facts", "evidence")] = "its own table, evidence (one row per quote)",
    };

    [Fact]
    public void Every_property_of_every_exported_item_is_a_column_or_flattened_into_columns_or_named_here()
    {
        var missing = new List<string>();
        foreach (var table in ExportTables.All)
        {
            var json = (JsonTypeInfo)typeof(IExportTable).Assembly.GetType("KzData.Api.Exports.ExportTable`1")!
                .MakeGenericType(table.RowType).GetProperty("Json")!.GetValue(table)!;
            var columns = table.Columns.Select(c => c.Name).ToList();
            foreach (var property in json.Properties.Select(p => p.Name))
            {
                var covered = columns.Contains(property)
                    || columns.Any(c => c.StartsWith(property, StringComparison.Ordinal) && c.Length > property.Length && char.IsUpper(c[property.Length]))
                    || Elsewhere.ContainsKey((table.Name, property));
                if (!covered)
                {
                    missing.Add($"{table.Name}.{property}");
                }
            }
        }

        missing.ShouldBeEmpty("add a column to ExportTables (or name the property here with where it goes)");
    }

    [Fact]
    public void The_exceptions_name_real_properties()
    {
        foreach (var ((tableName, property), _) in Elsewhere)
        {
            var table = ExportTables.All.Single(t => t.Name == tableName);
            var json = (JsonTypeInfo)typeof(IExportTable).Assembly.GetType("KzData.Api.Exports.ExportTable`1")!
                .MakeGenericType(table.RowType).GetProperty("Json")!.GetValue(table)!;
            json.Properties.Select(p => p.Name).ShouldContain(property, $"{tableName}: a stale exception");
        }
    }
}
