using KzData.Api.Contracts;
using KzData.Api.Infrastructure;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/topics, /api/v1/dataset and the health checks.</summary>
internal static class DatasetApi
{
    public static IEndpointRouteBuilder MapDatasetApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Dataset");

        group.MapMethods("/topics", EndpointExtensions.GetAndHead, GetTopics)
            .WithName("ListTopics")
            .WithSummary("List topics")
            .WithDescription("Every topic with the number of facts that have it, including topics with none.");

        group.MapMethods("/vocabularies", EndpointExtensions.GetAndHead, GetVocabularies)
            .WithName("ListVocabularies")
            .WithSummary("List vocabularies")
            .WithDescription("Every closed vocabulary of the dataset (topic, entity-kind, claim-kind, text-quality, quantity-bound) with its terms and what each means: the values the JSON and the query parameters use.");

        group.MapMethods("/dataset", EndpointExtensions.GetAndHead, GetDataset)
            .WithName("GetDataset")
            .WithSummary("Describe the dataset")
            .WithDescription("The dataset version (a content hash that changes whenever the data does, and the base of every ETag), counts per section, and the earliest and latest fact dates.");

        group.MapMethods("/health", EndpointExtensions.GetAndHead, GetHealth)
            .WithName("GetHealth")
            .WithSummary("Liveness")
            .WithDescription("Answers 200 while the service is up. Also served at /health, outside the versioned API.");

        app.MapMethods("/health", EndpointExtensions.GetAndHead, GetHealth).ExcludeFromDescription();
        return app;
    }

    internal static RepresentationResult<IReadOnlyList<TopicDto>> GetTopics(HttpContext context, ApiData data, RepresentationCache cache) =>
        new(cache.Get(context, RepresentationCache.Json, () =>
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data.Topics, AppJsonContext.Web.IReadOnlyListTopicDto)));

    internal static RepresentationResult<IReadOnlyList<VocabularyDto>> GetVocabularies(HttpContext context, RepresentationCache cache) =>
        new(cache.Get(context, RepresentationCache.Json, () =>
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Vocabularies.All.Select(DtoMapper.ToDto).ToArray(), AppJsonContext.Web.IReadOnlyListVocabularyDto)));

    internal static RepresentationResult<DatasetDto> GetDataset(HttpContext context, ApiData data, RepresentationCache cache) =>
        new(cache.Get(context, RepresentationCache.Json, () =>
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data.Info, AppJsonContext.Web.DatasetDto)));

    internal static Ok<HealthDto> GetHealth() => TypedResults.Ok(new HealthDto("ok", Dataset.Version));
}
