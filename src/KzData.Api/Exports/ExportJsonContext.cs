using System.Text.Json;
using System.Text.Json.Serialization;
using KzData.Api.Contracts;

namespace KzData.Api.Exports;

/// <summary>Source-generated serialization of the export rows and the Data Package, with the API's options.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(EvidenceRowDto))]
[JsonSerializable(typeof(FactEntityDto))]
[JsonSerializable(typeof(PageDto<EvidenceRowDto>))]
[JsonSerializable(typeof(PageDto<FactEntityDto>))]
[JsonSerializable(typeof(DataPackageDto))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
    /// <summary>As <see cref="AppJsonContext.Web"/>: quotes and apostrophes written as themselves.</summary>
    public static ExportJsonContext Web => field ??= new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
