using System.Collections.Concurrent;
using KzData.Api.Contracts;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Everything the API serves, derived from the compiled dataset. The data never changes while the
/// process runs, so each fact is serialised once and lists are assembled from those bytes. Each
/// part is built on first use, so startup does no work the first request does not need.
/// </summary>
internal sealed class ApiData
{
    private readonly ConcurrentDictionary<Fact, JsonBytes<FactDto>> factJson = new();
    private readonly Lazy<Dictionary<Fact, string>> searchText;
    private readonly Lazy<Dictionary<Entity, IReadOnlyList<Fact>>> factsByEntity;
    private readonly Lazy<Dictionary<Entity, IReadOnlyList<Fact>>> claimsByEntity;
    private readonly Lazy<Dictionary<Source, IReadOnlyList<Fact>>> factsBySource;
    private readonly Lazy<IReadOnlyList<EntityDto>> entityDtos;
    private readonly Lazy<Dictionary<string, string>> entitySearchText;
    private readonly Lazy<IReadOnlyList<SourceDto>> sourceDtos;
    private readonly Lazy<DatasetDto> info;
    private readonly Lazy<IReadOnlyList<TopicDto>> topics;

    public ApiData()
    {
        searchText = new(() => Facts.ToDictionary(f => f, BuildSearchText));
        factsByEntity = new(() => Dataset.Entities.ToDictionary(
            e => e,
            e => (IReadOnlyList<Fact>)Facts.Where(f => IsAbout(f, e)).ToArray()));
        claimsByEntity = new(() => Dataset.Entities.ToDictionary(
            e => e,
            e => (IReadOnlyList<Fact>)Facts.Where(f => f.Claimant == e).ToArray()));
        factsBySource = new(() => Dataset.Sources.ToDictionary(
            s => s,
            s => (IReadOnlyList<Fact>)Facts.Where(f => f.Evidence.Any(e => e.Source == s)).ToArray()));
        entityDtos = new(() => Dataset.Entities.Select(e => DtoMapper.ToDto(e, factCount: FactsByEntity[e].Count, claimCount: ClaimsByEntity[e].Count)).ToArray());
        entitySearchText = new(() => Dataset.Entities.ToDictionary(
            e => e.Id,
            e => string.Join('\n', new[] { e.Id, e.Name, e.Description }.Concat(e.Aliases)).ToLowerInvariant()));
        sourceDtos = new(() => Dataset.Sources.Select(s => DtoMapper.ToDto(s, factCount: FactsBySource[s].Count)).ToArray());
        info = new(BuildInfo);
        topics = new(() => Enum.GetValues<Topic>().Select(t => new TopicDto { Topic = t, FactCount = Facts.Count(f => f.Topic == t) }).ToArray());
    }

    public IReadOnlyList<Fact> Facts => Dataset.Facts;

    /// <summary>Lower-cased statement, quotes, entity names and aliases of each fact, for <c>q</c>.</summary>
    public IReadOnlyDictionary<Fact, string> SearchText => searchText.Value;

    /// <summary>Facts that list an entity or are attributed to it.</summary>
    public IReadOnlyDictionary<Entity, IReadOnlyList<Fact>> FactsByEntity => factsByEntity.Value;

    /// <summary>Facts an entity claims: <see cref="Fact.Claimant"/> is the entity.</summary>
    public IReadOnlyDictionary<Entity, IReadOnlyList<Fact>> ClaimsByEntity => claimsByEntity.Value;

    /// <summary>Facts that cite a source.</summary>
    public IReadOnlyDictionary<Source, IReadOnlyList<Fact>> FactsBySource => factsBySource.Value;

    public IReadOnlyList<EntityDto> EntityDtos => entityDtos.Value;

    /// <summary>Lower-cased id, name, description and aliases of each entity, for <c>q</c>.</summary>
    public IReadOnlyDictionary<string, string> EntitySearchText => entitySearchText.Value;

    public IReadOnlyList<SourceDto> SourceDtos => sourceDtos.Value;

    public DatasetDto Info => info.Value;

    public IReadOnlyList<TopicDto> Topics => topics.Value;

    /// <summary>A fact is about an entity when it lists it or is attributed to it.</summary>
    public static bool IsAbout(Fact fact, Entity entity) => fact.AttributedTo == entity || fact.Entities.Contains(entity);

    /// <summary>A fact's JSON, serialised on first use and kept: fact pages are assembled from these bytes.</summary>
    public JsonBytes<FactDto> FactJson(Fact fact) =>
        factJson.GetOrAdd(fact, static f => JsonBytes.Of(DtoMapper.ToDto(f), AppJsonContext.Web.FactDto));

    private DatasetDto BuildInfo()
    {
        var dated = Facts.Where(f => f.Date is not null).ToList();
        return new DatasetDto
        {
            Version = Dataset.Version,
            Counts = new DatasetCountsDto { Facts = Facts.Count, Entities = Dataset.Entities.Count, Sources = Dataset.Sources.Count },
            EarliestDate = dated.Count == 0 ? null : dated.Min(f => f.Date!.Value).ToString(),
            LatestDate = dated.Count == 0 ? null : dated.Max(f => f.Until ?? f.Date!.Value).ToString(),
        };
    }

    private static string BuildSearchText(Fact fact)
    {
        var parts = new List<string> { fact.Statement };
        parts.AddRange(fact.Evidence.Select(e => e.Quote));
        foreach (var entity in fact.Entities.Append(fact.AttributedTo).OfType<Entity>())
        {
            parts.Add(entity.Name);
            parts.AddRange(entity.Aliases);
        }

        return string.Join('\n', parts).ToLowerInvariant();
    }
}
