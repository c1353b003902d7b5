using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.Fields;

/// <summary>
/// Documents <c>fields=</c>: one reusable parameter component (<c>#/components/parameters/fields</c>) with its
/// description and examples, referenced by every operation whose answer is JSON records (the same test as the
/// endpoint's own: <see cref="FieldSchema.For(IEnumerable{object})"/>).
/// </summary>
internal static class FieldsOpenApi
{
    public const string ComponentName = FieldSelection.ParameterName;

    public static OpenApiOptions AddFieldsParameter(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (FieldSchema.For(context.Description.ActionDescriptor.EndpointMetadata) is not null && context.Document is { } document)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>(StringComparer.Ordinal);
            document.Components.Parameters.TryAdd(ComponentName, Parameter());
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameterReference(ComponentName, document));
        }

        return Task.CompletedTask;
    });

    private static OpenApiParameter Parameter() => new()
    {
        Name = FieldSelection.ParameterName,
        In = ParameterLocation.Query,
        Required = false,
        Description = "Sparse fieldset: a comma-separated list of the members to keep in each record (the item, or each of a list's items; " +
            "a page keeps `items`, `page`, `pageSize` and `total`). A member that is an object or a list of objects may be narrowed " +
            "with a dotted path, e.g. `evidence.quote` or `entities.id`; naming the member itself keeps it whole. Members keep the " +
            $"order of the full record. Order and repetition do not matter (`id,statement` is `statement,id`). At most {FieldSelection.MaxLength} characters. " +
            "An unknown field is a 400 that suggests the nearest valid field and lists them all. Applies to application/json answers.",
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = FieldSelection.MaxLength,
            Pattern = "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*( *, *[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*)*$",
        },
        Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal)
        {
            ["idAndStatement"] = new OpenApiExample { Summary = "Only each fact's id and statement", Value = JsonValue.Create("id,statement") },
            ["nested"] = new OpenApiExample { Summary = "The quotes with the ids of their sources and the fact's entity ids", Value = JsonValue.Create("id,evidence.quote,evidence.sourceId,entities.id") },
        },
    };
}
