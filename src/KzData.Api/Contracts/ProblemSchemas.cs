using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace KzData.Api.Contracts;

/// <summary>
/// The RFC 9457 problem+json bodies the API sends, as OpenAPI components: what ASP.NET Core's problem details
/// writer really puts on the wire (<c>title</c>, <c>status</c> and <c>traceId</c> always; <c>type</c> for every
/// status that has an RFC 9110 section, which 429 has not) and the extensions of each kind of problem, so a generated client gets typed
/// members instead of a bag of additional data.
/// </summary>
internal static class ProblemSchemas
{
    /// <summary>Any problem: 405, 429, 500, and the base of the others.</summary>
    public const string Problem = "ProblemDetails";

    /// <summary>A 400: one message list per bad query parameter.</summary>
    public const string Validation = "ValidationProblemDetails";

    /// <summary>A 404 for an unknown fact, entity or source id.</summary>
    public const string UnknownId = "UnknownIdProblemDetails";

    /// <summary>The schema id ASP.NET Core gives its own <c>HttpValidationProblemDetails</c>, replaced by <see cref="Validation"/>.</summary>
    private const string FrameworkValidation = "HttpValidationProblemDetails";

    /// <summary>Writes (or overwrites) the three problem components.</summary>
    /// <param name="document">The document.</param>
    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        var schemas = document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schemas.Remove(FrameworkValidation);

        schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem details object (application/problem+json). Further members may be added; clients should ignore those they do not know.",
            Required = new HashSet<string>(StringComparer.Ordinal) { "title", "status", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", Description = "A URI reference that identifies the problem type: the RFC 9110 section of the status. Absent means about:blank (RFC 9457), as on a 429." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short, human-readable summary of the problem type." },
                ["status"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "400",
                    Maximum = "599",
                    Description = "The HTTP status code.",
                },
                ["detail"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "What went wrong with this request, for people.",

                    // Kiota uses this member as the message of the exception it throws for the problem.
                    Extensions = new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal) { ["x-ms-primary-error-message"] = new JsonNodeExtension(JsonValue.Create(true)) },
                },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference that identifies this occurrence of the problem." },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The W3C trace id of the request, to quote when reporting the problem." },
            },
        };

        schemas[Validation] = Extend(
            "A problem with the query: each bad parameter named in `errors` with what is allowed (did-you-mean included). A request refused as a whole, such as one with too many parameters, has no `errors`.",
            required: [],
            new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "The messages for each bad query parameter, by parameter name.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            document);

        schemas[UnknownId] = Extend(
            "No fact, entity or source has the id in the path.",
            required: ["id"],
            new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The id asked for, as given." },
                ["suggestion"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = KzData.Common.Names.IdPattern, Description = "The nearest existing id, when one is close; absent otherwise." },
            },
            document);
    }

    /// <summary>A reference to a problem component.</summary>
    public static IOpenApiSchema Reference(string id, OpenApiDocument document) => new OpenApiSchemaReference(id, document);

    private static OpenApiSchema Extend(string description, string[] required, Dictionary<string, IOpenApiSchema> properties, OpenApiDocument document) => new()
    {
        Description = description,
        AllOf =
        [
            Reference(Problem, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = required.Length == 0 ? null : new HashSet<string>(required, StringComparer.Ordinal),
                Properties = properties,
            },
        ],
    };
}
