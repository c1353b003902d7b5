using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.LinkedData;

/// <summary>
/// Adds each endpoint's JSON-LD media type (from its <see cref="JsonLdMetadata"/>) to its 200 response, beside
/// application/json where the endpoint negotiates.
/// </summary>
internal static class LinkedDataOpenApi
{
    public static OpenApiOptions AddLinkedData(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var linked = context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonLdMetadata>().FirstOrDefault();
        if (linked is null)
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        if (!operation.Responses.TryGetValue("200", out var existing) || existing is not OpenApiResponse ok)
        {
            operation.Responses["200"] = ok = new OpenApiResponse { Description = "The representation asked for." };
        }

        ok.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        ok.Content[linked.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = linked.Description,
                Required = new HashSet<string>(StringComparer.Ordinal) { "@context" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["@context"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The JSON-LD context (a URL)." },
                },
            },
        };
        return Task.CompletedTask;
    });
}
