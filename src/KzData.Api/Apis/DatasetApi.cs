using KzData.Api.Contracts;
using KzData.Api.Infrastructure;

namespace KzData.Api.Apis;

/// <summary>GET /api/v1/topics, /api/v1/dataset and the health checks.</summary>
internal static class DatasetApi
{
    public static IEndpointRouteBuilder MapDatasetApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Dataset");

        group.MapMethods("/topics", ReadMethods.GetAndHead, GetTopics)
            .WithName("ListTopics")
            .WithSummary("List topics")
            .WithDescription("Every topic with the number of facts that have it, including topics with none.");

        group.MapMethods("/vocabularies", ReadMethods.GetAndHead, GetVocabularies)
            .WithName("ListVocabularies")
            .WithSummary("List vocabularies")
            .WithDescription("Every closed vocabulary of the dataset (topic, entity-kind, claim-kind, text-quality, quantity-bound) with its terms and what each means: the values the JSON and the query parameters use.");

        group.MapMethods("/dataset", ReadMethods.GetAndHead, GetDataset)
            .WithName("GetDataset")
            .WithSummary("Describe the dataset")
            .WithDescription("The dataset version (a content hash that changes whenever the data does, and the base of every ETag), counts per section, and the earliest and latest fact dates.");

        group.MapMethods("/health", ReadMethods.GetAndHead, GetHealth)
            .WithName("GetHealth")
            .WithSummary("Liveness")
            .WithDescription("Answers 200 while the service is up. Also served at /health, outside the versioned API.");

        app.MapMethods("/health", ReadMethods.GetAndHead, GetHealth).ExcludeFromDescription();
        return app;
    }

    internal static RepresentationResult<IReadOnlyList<TopicDto>> GetTopics(HttpContext context, ApiData data, RepresentationCache cache) =>
        cache.Json(context, AppJsonContext.Web.IReadOnlyListTopicDto, () => data.Topics);

    internal static RepresentationResult<IReadOnlyList<VocabularyDto>> GetVocabularies(HttpContext context, RepresentationCache cache) =>
        cache.Json(context, AppJsonContext.Web.IReadOnlyListVocabularyDto, () => Vocabularies.All.Select(DtoMapper.ToDto).ToArray());

    internal static RepresentationResult<DatasetDto> GetDataset(HttpContext context, ApiData data, RepresentationCache cache) =>
        cache.Json(context, AppJsonContext.Web.DatasetDto, () => data.Info);

    // Cached like every other answer: the body changes only with the dataset version, which the ETag carries.
    internal static RepresentationResult<HealthDto> GetHealth(HttpContext context, RepresentationCache cache) =>
        cache.Json(context, AppJsonContext.Web.HealthDto, () => new HealthDto { Status = "ok", Version = Dataset.Version });
}
