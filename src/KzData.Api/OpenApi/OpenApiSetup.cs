using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>The OpenAPI document: title and description, one GET per path, vocabulary components, and parameter schemas from attributes.</summary>
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
                        "Every fact carries verbatim quotes verified against the source articles at build time. " +
                        "Responses carry a strong ETag derived from the dataset version (send If-None-Match for a 304), " +
                        "Cache-Control: public, and are compressed with Brotli or gzip when asked. Errors are RFC 9457 problem+json.",
                };

                // The document must not depend on the host that served it: it is committed as openapi.json.
                document.Servers = [];
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Facts", Description = "Atomic, source-traced claims: filter, search, page." },
                    new() { Name = "Entities", Description = "Countries, organizations, people, places, companies and media the facts are about." },
                    new() { Name = "Sources", Description = "The news articles, with their full text for highlighting quotes." },
                    new() { Name = "Dataset", Description = "Topics, version and counts, liveness." },
                };
                foreach (var path in document.Paths.Values)
                {
                    path.Operations?.Remove(HttpMethod.Head);
                }

                VocabularyComponents.AddTo(document);

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                DescribeParameters(operation, context);
                DescribeResponses(operation);
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Each parameter's schema from its <see cref="ParameterSchemaAttribute"/> (on the handler parameter or the
    /// query record's property), never from its name: the same name can mean different things on two endpoints.
    /// </summary>
    private static void DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var parameter = (operation.Parameters ?? []).OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == description.Name);
            if (parameter is null || description.ParameterDescriptor is not IParameterInfoParameterDescriptor { ParameterInfo: var info })
            {
                continue;
            }

            // Every query parameter is optional; the request delegate generator marks arrays required.
            if (parameter.In == ParameterLocation.Query)
            {
                parameter.Required = false;
            }

            if (info.GetCustomAttribute<ParameterSchemaAttribute>() is { } attribute)
            {
                var schema = attribute.Schema(context.Document!);
                parameter.Schema = info.ParameterType.IsArray ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema;
            }
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
                "308" => "Retired id of a renamed or merged fact: Location is the fact that replaced it (query string kept).",
                "410" => "Retired id of a removed fact: problem+json with the `reason` it was removed.",
                _ => concrete.Description,
            };
        }
    }
}
