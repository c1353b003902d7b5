using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>
/// Every vocabulary enum as one shared component schema (<c>#/components/schemas/Topic</c>, ...), written
/// from <see cref="Vocabularies.All"/>: its values are the terms' names, the same the JSON and the query
/// parameters use. Body properties (by the type's name, the default schema id) and query parameters
/// (through <see cref="VocabularyAttribute{TEnum}"/>) refer to it.
/// </summary>
internal static class VocabularyComponents
{
    /// <summary>The component id of a vocabulary enum: its type name, as ASP.NET Core names schemas.</summary>
    public static string Id(Type enumType) => enumType.Name;

    /// <summary>A reference to the component of <paramref name="enumType"/>.</summary>
    public static IOpenApiSchema Reference(Type enumType, OpenApiDocument document)
    {
        if (!Vocabularies.All.Any(v => v.EnumType == enumType))
        {
            throw new InvalidOperationException($"{enumType} is not a vocabulary enum (see Vocabularies.All).");
        }

        return new OpenApiSchemaReference(Id(enumType), document);
    }

    /// <summary>Writes (or overwrites) one component per vocabulary.</summary>
    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var vocabulary in Vocabularies.All)
        {
            // Overwritten rather than patched: the generated schema of a nullable enum lists null among the
            // values, which belongs to the nullable property (oneOf null), not to the vocabulary.
            document.Components.Schemas[Id(vocabulary.EnumType)] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = vocabulary.Description,
                Enum = vocabulary.Terms.Select(t => (JsonNode)JsonValue.Create(t.Name)).ToList(),
            };
        }
    }
}
