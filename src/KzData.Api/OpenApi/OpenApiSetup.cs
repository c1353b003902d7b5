using System.Reflection;
using KzData.Api.Contracts;
using KzData.Api.Fields;
using KzData.Api.LinkedData;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KzData.Api.OpenApi;

/// <summary>
/// The OpenAPI document: title, licence and contact, a host-independent server, public access (an empty
/// security requirement), one GET per path, vocabulary and problem components, parameter and property
/// schemas from attributes, and every status with its headers (<see cref="StandardResponses"/>).
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddKzDataOpenApi(this IServiceCollection services)
    {
        // The schemas are generated from the HTTP JSON options, whose Web defaults read numbers from strings
        // too (AllowReadingFromString): every integer became ["integer", "string"] with a pattern, and
        // generated clients typed offsets as number | string. The API writes numbers as numbers with the
        // strict context (AppJsonContext), and reads no JSON bodies, so the options take its number handling.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = AppJsonContext.Default.Options.NumberHandling);

        return services.AddOpenApi(options =>
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
                        "Cache-Control: public, and are compressed with Brotli or gzip when asked. Errors are RFC 9457 problem+json. " +
                        "The API is public and read-only: no authentication.",
                    License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
                    Contact = new OpenApiContact { Name = "KzData contributors" },
                };

                // The document must not depend on the host that served it (it is committed as openapi.json):
                // a relative server URL resolves against wherever the document was read from.
                document.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];

                // Public: an empty security requirement says that no authentication is needed.
                document.Security = [new OpenApiSecurityRequirement()];
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
                ProblemSchemas.AddTo(document);
                StandardResponses.AddTo(document);

                return Task.CompletedTask;
            });
            // Before the responses are described: fields= is a parameter, JSON-LD a 200 content, each with its own transformer.
            options.AddFieldsParameter();
            options.AddLinkedData();
            options.AddOperationTransformer((operation, context, _) =>
            {
                DescribeParameters(operation, context);
                var isList = operation.Parameters?.Any(p => p.Name == "page") == true;
                StandardResponses.Describe(operation, context.Document!, isList);
                Exports.ExportOpenApi.Describe(operation, context);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                DescribeProperty(schema, context);
                return Task.CompletedTask;
            });
        });
    }

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

    /// <summary>
    /// A DTO property with a <see cref="ParameterSchemaAttribute"/> (an id, a partial date) gets the pattern of
    /// that attribute's schema, on its items when it is a list: keyed by the attribute, never by the name.
    /// </summary>
    private static void DescribeProperty(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ParameterSchemaAttribute), inherit: false).FirstOrDefault() is not ParameterSchemaAttribute attribute
            || attribute.Schema(context.Document!) is not OpenApiSchema { Pattern: { } pattern })
        {
            return;
        }

        var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true ? schema.Items as OpenApiSchema : schema;
        if (target is null)
        {
            throw new InvalidOperationException($"{context.JsonPropertyInfo.DeclaringType.Name}.{context.JsonPropertyInfo.Name}: cannot set a pattern on its schema.");
        }

        target.Pattern = pattern;
    }
}
