using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzData.Api.Contracts;

/// <summary>Source-generated serialization for every type the API writes (camelCase, kebab-case enums).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    Converters = new[] { typeof(KebabCaseEnumConverter<Topic>), typeof(KebabCaseEnumConverter<EntityKind>), typeof(KebabCaseEnumConverter<TextQuality>), typeof(KebabCaseEnumConverter<QuantityBound>) })]
[JsonSerializable(typeof(FactDto))]
[JsonSerializable(typeof(EntityDto))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(PageDto<FactDto>))]
[JsonSerializable(typeof(PageDto<EntityDto>))]
[JsonSerializable(typeof(PageDto<SourceDto>))]
[JsonSerializable(typeof(IReadOnlyList<TopicDto>))]
[JsonSerializable(typeof(DatasetDto))]
[JsonSerializable(typeof(HealthDto))]
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

/// <summary>Writes enums as kebab-case strings (<c>domestic-politics</c>, <c>machine-translated</c>).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
