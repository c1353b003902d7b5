using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>
/// Says what the text of a query or route parameter must be, for its OpenAPI schema. Parameters are bound
/// as text so that the handler can answer one 400 listing every bad value (with did-you-mean); this
/// attribute gives the schema the type the text stands for. Read by <see cref="OpenApiSetup"/>. On a DTO
/// property (an id, a date) it gives the property's schema the same pattern.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false)]
internal abstract class ParameterSchemaAttribute : Attribute
{
    /// <summary>The schema of one value; a repeatable (array) parameter gets an array of it.</summary>
    /// <param name="document">The document, for references to its components.</param>
    /// <returns>The schema.</returns>
    public abstract IOpenApiSchema Schema(OpenApiDocument document);
}

/// <summary>A term of the vocabulary <typeparamref name="TEnum"/>: a reference to its shared component.</summary>
/// <typeparam name="TEnum">A vocabulary enum (one of <see cref="Vocabularies.All"/>).</typeparam>
internal sealed class VocabularyAttribute<TEnum> : ParameterSchemaAttribute
    where TEnum : struct, Enum
{
    public override IOpenApiSchema Schema(OpenApiDocument document) => VocabularyComponents.Reference(typeof(TEnum), document);
}

/// <summary>The id of a fact, entity or source.</summary>
internal sealed class IdAttribute : ParameterSchemaAttribute
{
    public override IOpenApiSchema Schema(OpenApiDocument document) =>
        new OpenApiSchema { Type = JsonSchemaType.String, Pattern = KzData.Common.Names.IdPattern };
}

/// <summary>A partial date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
internal sealed class PartialDateAttribute : ParameterSchemaAttribute
{
    public override IOpenApiSchema Schema(OpenApiDocument document) =>
        new OpenApiSchema { Type = JsonSchemaType.String, Pattern = KzData.Common.PartialDateText.Pattern, Examples = [JsonValue.Create("2022-03")] };
}

/// <summary>A whole number in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
/// <param name="minimum">The least value.</param>
/// <param name="maximum">The greatest value.</param>
internal sealed class IntegerAttribute(int minimum, int maximum) : ParameterSchemaAttribute
{
    /// <summary>The value when the parameter is absent.</summary>
    public int Default { get; init; }

    public override IOpenApiSchema Schema(OpenApiDocument document) => new OpenApiSchema
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(Default),
    };
}

/// <summary>true or false.</summary>
internal sealed class BooleanAttribute : ParameterSchemaAttribute
{
    public override IOpenApiSchema Schema(OpenApiDocument document) => new OpenApiSchema { Type = JsonSchemaType.Boolean };
}

/// <summary>Free text of at most <paramref name="maxLength"/> characters.</summary>
/// <param name="maxLength">The longest text accepted.</param>
internal sealed class TextAttribute(int maxLength) : ParameterSchemaAttribute
{
    public override IOpenApiSchema Schema(OpenApiDocument document) => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength };
}

/// <summary>
/// One of a fixed list of strings, given by a type that holds them (e.g. the sort orders): a shared component
/// named after the attribute (<c>FactSortAttribute</c> is <c>#/components/schemas/FactSort</c>), with a
/// member name for each value (<c>x-enum-varnames</c>, <c>x-enumNames</c>, <c>x-ms-enum</c>) so that client
/// generators do not invent names such as <c>Minus_date</c> for <c>-date</c>.
/// </summary>
/// <param name="values">The allowed values.</param>
internal abstract class ChoiceAttribute(IReadOnlyList<string> values) : ParameterSchemaAttribute
{
    /// <summary>The component id: the attribute's name without "Attribute".</summary>
    public string ComponentId => GetType().Name is var name && name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : GetType().Name;

    public override IOpenApiSchema Schema(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[ComponentId] = Component();
        return new OpenApiSchemaReference(ComponentId, document);
    }

    /// <summary>
    /// A value's member name: PascalCase of its kebab-case words, and a leading '-' (descending, as in
    /// <c>-date</c>) becomes a "Descending" suffix: <c>date</c> is Date, <c>-date</c> DateDescending.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string MemberName(string value)
    {
        var descending = value.StartsWith('-');
        var words = value.TrimStart('-').Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return descending ? name + "Descending" : name;
    }

    private OpenApiSchema Component()
    {
        var names = values.Select(MemberName).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new InvalidOperationException($"{ComponentId}: two values have the same member name ({string.Join(", ", names)}).");
        }

        JsonArray Names() => [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            Extensions = new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal)
            {
                ["x-enum-varnames"] = new JsonNodeExtension(Names()),
                ["x-enumNames"] = new JsonNodeExtension(Names()),
                ["x-ms-enum"] = new JsonNodeExtension(new JsonObject
                {
                    ["name"] = ComponentId,
                    ["modelAsString"] = false,
                    ["values"] = new JsonArray([.. values.Select((v, i) => (JsonNode)new JsonObject { ["value"] = v, ["name"] = names[i] })]),
                }),
            },
        };
    }
}
