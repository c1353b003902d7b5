using System.Text.Json.Nodes;
using KzData.Api.Apis;
using KzData.Api.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>The OpenAPI document: title and description, one GET per path, and precise parameter schemas.</summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddKzDataOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "KzData API",
                    Version = "v1",
                    Description = "Source-traced facts about Kazakhstan's foreign and security policy during Russia's war on Ukraine (2022). " +
                        "Every fact carries verbatim quotes verified against the five source articles at build time. " +
                        "Responses carry a strong ETag derived from the dataset version (send If-None-Match for a 304), " +
                        "Cache-Control: public, and are compressed with Brotli or gzip when asked. Errors are RFC 9457 problem+json.",
                };

                // The document must not depend on the host that served it: it is committed as openapi.json.
                document.Servers = [];
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Facts", Description = "Atomic, source-traced claims: filter, search, page." },
                    new() { Name = "Entities", Description = "Countries, organizations, people, places, companies and media the facts are about." },
                    new() { Name = "Sources", Description = "The five news articles, with their full text for highlighting quotes." },
                    new() { Name = "Dataset", Description = "Topics, version and counts, liveness." },
                };
                foreach (var path in document.Paths.Values)
                {
                    path.Operations?.Remove(HttpMethod.Head);
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // Enums travel as kebab-case strings (each enum's [JsonStringEnumMemberName]); say so in the schema.
                var type = context.JsonTypeInfo.Type;
                if (type.IsEnum)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = System.Enum.GetNames(type)
                        .Select(n => (JsonNode)JsonValue.Create(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)))
                        .ToList();
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                DescribeParameters(operation);
                DescribeResponses(operation);
                return Task.CompletedTask;
            });
        });

    private static void DescribeParameters(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            // Every query parameter is optional; the request delegate generator marks arrays required.
            if (parameter.In == ParameterLocation.Query)
            {
                parameter.Required = false;
            }

            parameter.Schema = parameter.Name switch
            {
                "topic" => Array(Enum(QueryReader.EnumNames<Topic>.ByName.Keys)),
                "kind" => Array(Enum(QueryReader.EnumNames<EntityKind>.ByName.Keys)),
                "entity" => Array(new OpenApiSchema { Type = JsonSchemaType.String, Pattern = IdPattern }),
                "sort" => Enum(FactFilter.Sorts),
                "from" or "to" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", Examples = [JsonValue.Create("2022-03")] },
                "disputed" => new OpenApiSchema { Type = JsonSchemaType.Boolean },
                "page" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = JsonValue.Create(1) },
                "pageSize" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = QueryReader.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(QueryReader.DefaultPageSize) },
                "q" => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = QueryReader.MaxTextLength },
                "id" or "source" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = IdPattern },
                _ => parameter.Schema,
            };
        }
    }

    private static void DescribeResponses(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Description = status switch
            {
                "200" => "The representation asked for.",
                "304" => "Not modified: the If-None-Match ETag is current.",
                "400" => "Invalid query parameter: problem+json naming each parameter and what is allowed.",
                "404" => "Unknown id: problem+json naming the id, with the nearest existing id as `suggestion` when one is close.",
                _ => concrete.Description,
            };
        }
    }

    private const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    private static OpenApiSchema Enum(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };

    private static OpenApiSchema Array(OpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };
}
