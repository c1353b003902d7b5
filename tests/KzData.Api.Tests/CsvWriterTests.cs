using KzData.Api.Contracts;
using KzData.Api.Exports;
using nietras.SeparatedValues;

namespace KzData.Api.Tests;

/// <summary>The CSV writer on values the dataset does not have yet: line breaks, commas and quote marks inside a field, no rows.</summary>
public sealed class CsvWriterTests
{
    private static readonly ExportTable<VocabularyTermDto> Table = new(
        "terms",
        "Terms",
        "A test table.",
        AppJsonContext.Web.VocabularyTermDto,
        [
            new Column<VocabularyTermDto>("name", FieldType.String, t => t.Name),
            new Column<VocabularyTermDto>("description", FieldType.String, t => t.Description),
        ],
        ["name"]);

    [Fact]
    public void Fields_with_line_breaks_commas_and_quotes_read_back_unchanged_and_records_end_with_crlf()
    {
        VocabularyTermDto[] rows =
        [
            new() { Name = "a", Description = "first line\nsecond line" },
            new() { Name = "b", Description = "one, two" },
            new() { Name = "c", Description = "she said \"no\"" },
            new() { Name = "d", Description = "windows\r\nbreak" },
        ];

        var csv = System.Text.Encoding.UTF8.GetString(Table.Csv(rows));

        csv.ShouldStartWith("name,description\r\n");
        csv.ShouldContain("\"first line\nsecond line\"", customMessage: "a line break inside a field is data, not a record end");
        csv.ShouldContain("\"she said \"\"no\"\"\"");
        csv.ShouldEndWith("break\"\r\n");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv);
        var read = new List<(string, string)>();
        foreach (var row in reader)
        {
            read.Add((row["name"].ToString(), row["description"].ToString()));
        }

        read.ShouldBe(rows.Select(r => (r.Name, r.Description)).ToList());
    }

    [Fact]
    public void An_empty_list_is_its_header_row()
    {
        System.Text.Encoding.UTF8.GetString(Table.Csv([])).ShouldBe("name,description\r\n");
    }
}
