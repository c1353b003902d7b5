using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>
/// Says what the text of a query or route parameter must be, for its OpenAPI schema. Parameters are bound
/// as text so that the handler can answer one 400 listing every bad value (with did-you-mean); this
/// attribute gives the schema the type the text stands for. Read by <see cref="OpenApiSetup"/>.
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

/// <summary>One of a fixed list of strings, given by a type that holds them (e.g. the sort orders).</summary>
/// <param name="values">The allowed values.</param>
internal abstract class ChoiceAttribute(IReadOnlyList<string> values) : ParameterSchemaAttribute
{
    public override IOpenApiSchema Schema(OpenApiDocument document) =>
        new OpenApiSchema { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };
}
