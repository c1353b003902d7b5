using System.Collections.Frozen;
using System.Text.Json;
using KzData.Api.Contracts;

namespace KzData.Api.Infrastructure;

/// <summary>
/// Everything the API serves, computed once at startup: the data never changes while the process
/// runs, so each fact is serialised once and lists are assembled from those bytes.
/// </summary>
internal sealed class ApiData
{
    public ApiData()
    {
        Facts = Dataset.Facts;
        FactJson = Facts.ToFrozenDictionary(f => f, f => JsonSerializer.SerializeToUtf8Bytes(DtoMapper.ToDto(f), AppJsonContext.Web.FactDto));
        SearchText = Facts.ToFrozenDictionary(f => f, BuildSearchText);

        FactsByEntity = Dataset.Entities.ToFrozenDictionary(
            e => e,
            e => (IReadOnlyList<Fact>)Facts.Where(f => f.AttributedTo == e || f.Entities.Contains(e)).ToArray());
        FactsBySource = Dataset.Sources.ToFrozenDictionary(
            s => s,
            s => (IReadOnlyList<Fact>)Facts.Where(f => f.Evidence.Any(e => e.Source == s)).ToArray());
        EntityDtos = Dataset.Entities.Select(e => DtoMapper.ToDto(e, FactsByEntity[e].Count)).ToArray();
        EntitySearchText = Dataset.Entities.ToFrozenDictionary(
            e => e.Id,
            e => string.Join('\n', new[] { e.Id, e.Name, e.Description }.Concat(e.Aliases)).ToLowerInvariant());
        SourceDtos = Dataset.Sources.Select(s => DtoMapper.ToDto(s, FactsBySource[s].Count)).ToArray();
        SourceText = Dataset.Sources.ToFrozenDictionary(s => s, s => System.Text.Encoding.UTF8.GetBytes(s.Text));

        var dated = Facts.Where(f => f.Date is not null).ToList();
        Info = new DatasetDto(
            Dataset.Version,
            new DatasetCountsDto(Facts.Count, Dataset.Entities.Count, Dataset.Sources.Count),
            dated.Count == 0 ? null : dated.Min(f => f.Date!.Value).ToString(),
            dated.Count == 0 ? null : dated.Max(f => f.Until ?? f.Date!.Value).ToString());
        Topics = Enum.GetValues<Topic>().Select(t => new TopicDto(t, Facts.Count(f => f.Topic == t))).ToArray();
    }

    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Each fact's JSON, serialised once.</summary>
    public FrozenDictionary<Fact, byte[]> FactJson { get; }

    /// <summary>Lower-cased statement, quotes, entity names and aliases, for <c>q</c>.</summary>
    public FrozenDictionary<Fact, string> SearchText { get; }

    public FrozenDictionary<Entity, IReadOnlyList<Fact>> FactsByEntity { get; }

    public FrozenDictionary<Source, IReadOnlyList<Fact>> FactsBySource { get; }

    public IReadOnlyList<EntityDto> EntityDtos { get; }

    public FrozenDictionary<string, string> EntitySearchText { get; }

    public IReadOnlyList<SourceDto> SourceDtos { get; }

    public FrozenDictionary<Source, byte[]> SourceText { get; }

    public DatasetDto Info { get; }

    public IReadOnlyList<TopicDto> Topics { get; }

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
