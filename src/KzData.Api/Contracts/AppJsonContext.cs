using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzData.Api.Contracts;

/// <summary>Source-generated serialization for every type the API writes (camelCase, kebab-case enums, numbers as numbers).</summary>
// Enums need no converter here: each library enum carries its own kebab-case names ([JsonStringEnumMemberName]),
// generated from the one vocabulary definition, so a new enum cannot travel under another naming policy.
// Strict numbers: the Web defaults also accept numbers in strings, which the OpenAPI document would have to
// declare as ["integer", "string"]; the API writes numbers and the document says so (see OpenApiSetup).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(FactDto))]
[JsonSerializable(typeof(EntityDto))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(SourceCoverageDto))]
[JsonSerializable(typeof(PageDto<FactDto>))]
[JsonSerializable(typeof(PageDto<EntityDto>))]
[JsonSerializable(typeof(PageDto<SourceDto>))]
[JsonSerializable(typeof(IReadOnlyList<TopicDto>))]
[JsonSerializable(typeof(DatasetDto))]
[JsonSerializable(typeof(HealthDto))]
[JsonSerializable(typeof(GoneProblemDto))]
[JsonSerializable(typeof(IReadOnlyList<VocabularyDto>))]
internal sealed partial class AppJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the API writes with: quotes and apostrophes as themselves (not \u0027) — the
    /// bodies are application/json, never embedded in HTML, so HTML-safe escaping only hurts reading.
    /// </summary>
    // Built on first use: the generated Default is not initialised yet while this class's static fields are.
    public static AppJsonContext Web => field ??= new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
