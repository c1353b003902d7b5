using System.Text.Json;
using System.Text.Json.Nodes;
using KzData.Generators.Model;

namespace KzData.Generators.Tests.Infrastructure;

/// <summary>
/// Writes facts.schema.json (what editors check while you type) from <see cref="Schema"/> (what the build
/// checks), so the two cannot drift: the committed file is compared with this output.
/// </summary>
internal static class FactSchemaWriter
{
    public static string Write()
    {
        var definitions = new JsonObject
        {
            ["id"] = new JsonObject
            {
                ["description"] = "Lowercase kebab-case, starting with a letter; becomes a C# member name and a URL segment.",
                ["type"] = "string",
                ["pattern"] = Schema.IdPattern,
            },
            ["date"] = new JsonObject
            {
                ["description"] = "A partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (an unquoted year reads as a number, which is fine).",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["pattern"] = KzData.Common.PartialDateText.Pattern },
                    new JsonObject { ["type"] = "integer", ["minimum"] = 1000, ["maximum"] = 9999 }),
            },
            ["nonEmpty"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["idList"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Ref("id"),
                ["uniqueItems"] = true,
            },
        };
        foreach (var vocabulary in Schema.Vocabularies)
        {
            definitions[vocabulary.Name] = new JsonObject
            {
                ["description"] = vocabulary.Summary + " " + string.Join(" ", vocabulary.Terms.Select(t => $"{t.Name}: {t.Summary}")),
                ["enum"] = new JsonArray(vocabulary.TermNames.Select(n => (JsonNode)n!).ToArray()),
            };
        }

        var properties = new JsonObject();
        foreach (var section in Schema.Sections)
        {
            definitions[section.Item.Name] = Mapping(section.Item);
            properties[section.Name] = new JsonObject
            {
                ["description"] = section.Description,
                ["type"] = "array",
                ["items"] = Ref(section.Item.Name),
            };
        }

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://github.com/kzdata/KzData/blob/main/src/KzData/facts.schema.json",
            ["title"] = "KzData fact file",
            ["description"] = "The shape of src/KzData/facts.yaml, generated from the generator's schema (do not edit; see CONTRIBUTING.md). The build checks much more (quotes against the articles, references, conflicts); this schema lets editors flag typos while you type.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["definitions"] = definitions,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Mapping(Shape shape)
    {
        var properties = new JsonObject();
        foreach (var key in shape.Keys)
        {
            var value = Value(key);
            value["description"] = key.Description;
            properties[key.Name] = value;
        }

        return new JsonObject
        {
            ["description"] = shape.Description,
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(shape.RequiredNames.Select(n => (JsonNode)n!).ToArray()),
            ["properties"] = properties,
        };
    }

    private static JsonObject Value(Key key) => key.Kind switch
    {
        ValueKind.Id or ValueKind.Reference => Ref("id"),
        ValueKind.Text => Ref("nonEmpty"),
        ValueKind.FileName => new JsonObject { ["type"] = "string", ["pattern"] = @"^[^/\\]+\.txt$" },
        ValueKind.Term => Ref(key.Vocabulary!.Name),
        ValueKind.Date => Ref("date"),
        ValueKind.Number => new JsonObject { ["type"] = "number" },
        ValueKind.ReferenceList => key.Required
            ? new JsonObject { ["allOf"] = new JsonArray(Ref("idList"), new JsonObject { ["minItems"] = 1 }) }
            : Ref("idList"),
        ValueKind.TextList => new JsonObject { ["type"] = "array", ["items"] = Ref("nonEmpty"), ["uniqueItems"] = true },
        ValueKind.Mapping => Mapping(key.Shape!),
        ValueKind.MappingList => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Mapping(key.Shape!) },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "no JSON Schema for this kind of value"),
    };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };
}
