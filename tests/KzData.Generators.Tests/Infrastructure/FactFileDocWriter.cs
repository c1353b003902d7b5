using System.Text;
using KzData.Generators.Model;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>
/// Writes docs/fact-file.md, the reference of facts.yaml's keys and vocabularies, from the generator's one
/// schema, so the docs cannot list a key or a term the build does not know (or miss one it does).
/// </summary>
internal static class FactFileDocWriter
{
    public static string Write()
    {
        var md = new StringBuilder();
        md.Append("# The fact file: keys and vocabularies\n\n")
          .Append("<!-- Generated from generators/KzData.Generators/Model/Schema.cs by tests/KzData.Generators.Tests (SchemaTests); ")
          .Append("do not edit: run KZDATA_UPDATE_SCHEMA=1 dotnet test tests/KzData.Generators.Tests --filter SchemaTests. -->\n\n")
          .Append($"`src/KzData/facts.yaml` has {Schema.Sections.Length} sections; required keys are in bold. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. ")
          .Append("The same rules, for editors, are in `src/KzData/facts.schema.json`; every build error is in [diagnostics.md](diagnostics.md).\n");

        foreach (var section in Schema.Sections)
        {
            md.Append($"\n## `{section.Name}`\n\n{section.Description}\n\n");
            Table(md, section.Item);
        }

        var nested = Schema.Sections.SelectMany(s => s.Item.Keys).Select(k => k.Shape).OfType<Shape>().Distinct();
        foreach (var shape in nested)
        {
            md.Append($"\n### `{shape.Name}`\n\n{shape.Description}\n\n");
            Table(md, shape);
        }

        md.Append("\n## Vocabularies\n");
        foreach (var vocabulary in Schema.Vocabularies)
        {
            md.Append($"\n### `{vocabulary.Name}`\n\n{vocabulary.Summary}\n\n| term | meaning |\n|---|---|\n");
            foreach (var term in vocabulary.Terms)
            {
                md.Append($"| `{term.Name}` | {term.Summary} |\n");
            }
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, Shape shape)
    {
        md.Append("| key | value | meaning |\n|---|---|---|\n");
        foreach (var key in shape.Keys)
        {
            var name = key.Required ? $"**`{key.Name}`**" : $"`{key.Name}`";
            var value = key.Vocabulary is not null ? $"one of [`{key.Vocabulary.Name}`](#{key.Vocabulary.Name})"
                : key.RefersTo is not null ? $"{Kind(key.Kind)} of `{key.RefersTo}`"
                : key.Shape is not null ? $"{Kind(key.Kind)} ([`{key.Shape.Name}`](#{key.Shape.Name}))"
                : Kind(key.Kind);
            md.Append($"| {name} | {value} | {key.Description} |\n");
        }
    }

    private static string Kind(ValueKind kind) => kind switch
    {
        ValueKind.Reference => "an id",
        ValueKind.ReferenceList => "a list of ids",
        ValueKind.MappingList => "a list of mappings",
        ValueKind.Mapping => "a mapping",
        ValueKind.Date => "a date",
        ValueKind.FileName => "a file name",
        ValueKind.Term => "a term",
        ValueKind.Id => "an id (lowercase kebab-case)",
        ValueKind.Text => "text",
        ValueKind.Number => "a number",
        ValueKind.TextList => "a list of text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "describe the new value kind here"),
    };
}
