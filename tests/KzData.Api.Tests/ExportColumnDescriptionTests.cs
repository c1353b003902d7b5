using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;
using KzData.Api.Contracts;
using KzData.Api.Exports;

namespace KzData.Api.Tests;

/// <summary>
/// A CSV column that is its list item's property says what it holds once, in the property's <c>[Description]</c>
/// (which the OpenAPI document shows too); only a column that reshapes the property has a text of its own.
/// </summary>
public sealed class ExportColumnDescriptionTests
{
    [Fact]
    public void A_column_named_after_a_property_takes_its_description_and_a_list_says_how_it_is_joined()
    {
        var table = new ExportTable<EntityDto>(
            "t",
            "T",
            "A test table.",
            AppJsonContext.Web.EntityDto,
            [
                new Column<EntityDto>("name", FieldType.String, e => e.Name),
                new Column<EntityDto>("aliases", FieldType.String, e => string.Join('|', e.Aliases)) { IsList = true },
                new Column<EntityDto>("memberOf", FieldType.String, e => null) { Description = "Own text." },
            ],
            ["name"]);

        var described = table.Columns.Cast<IColumn>().ToDictionary(c => c.Name, c => c.Description);

        described["name"].ShouldBe(PropertyDescription(AppJsonContext.Web.EntityDto, "name"));
        described["aliases"].ShouldBe(PropertyDescription(AppJsonContext.Web.EntityDto, "aliases") + " Joined with '|'.");
        described["memberOf"].ShouldBe("Own text.");
    }

    [Fact]
    public void A_column_with_no_text_and_no_property_of_its_name_is_refused_when_the_table_is_built()
    {
        var error = Should.Throw<InvalidOperationException>(() => new ExportTable<EntityDto>(
            "t",
            "T",
            "A test table.",
            AppJsonContext.Web.EntityDto,
            [new Column<EntityDto>("nickname", FieldType.String, e => e.Name)],
            ["nickname"]));

        error.Message.ShouldContain("nickname");
    }

    [Fact]
    public void Every_column_of_every_table_has_a_description()
    {
        foreach (var table in ExportTables.All)
        {
            foreach (var column in table.Columns)
            {
                column.Description.ShouldNotBeNullOrWhiteSpace($"{table.Name}.{column.Name}");
            }
        }
    }

    private static string PropertyDescription(JsonTypeInfo json, string name) =>
        Description(json.Properties.Single(p => p.Name == name))!;

    private static string? Description(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
