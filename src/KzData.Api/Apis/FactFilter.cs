using KzData.Api.Infrastructure;
using KzData.Api.Queries;

namespace KzData.Api.Apis;

/// <summary>The filters and sort of a fact list, validated from a <see cref="FactQuery"/> and a <see cref="FactOrder"/>.</summary>
internal sealed class FactFilter
{
    public HashSet<Topic> Topics { get; private init; } = [];

    public HashSet<ClaimKind> Kinds { get; private init; } = [];

    public Entity? Claimant { get; private init; }

    public IReadOnlyList<Entity> Entities { get; private init; } = [];

    public Source? Source { get; private init; }

    public PartialDate? From { get; private init; }

    public PartialDate? To { get; private init; }

    public string? Text { get; private init; }

    public bool? Disputed { get; private init; }

    public string? Sort { get; private init; }

    /// <summary>Validates <paramref name="query"/> and <paramref name="order"/>; each bad value becomes one error in <paramref name="reader"/>.</summary>
    public static FactFilter Read(QueryReader reader, FactQuery query, FactOrder order)
    {
        var filter = new FactFilter
        {
            Topics = reader.Enums<Topic>("topic", query.Topics),
            Kinds = reader.Enums<ClaimKind>("kind", query.Kinds),
            Entities = reader.Entities("entity", query.Entities),
            Claimant = reader.Entities("claimant", query.Claimant).SingleOrDefault(),
            Source = reader.Source("source", query.Source),
            From = reader.Date("from", query.From),
            To = reader.Date("to", query.To),
            Text = reader.Text("q", query.Text),
            Disputed = reader.Bool("disputed", query.Disputed),
            Sort = reader.OneOf("sort", order.Sort, FactOrder.Values),
        };

        if (filter.From is { } start && filter.To is { } end && start.Start > end.End)
        {
            reader.Fail("from", $"from ({start}) is after to ({end}).");
        }

        return filter;
    }

    public IReadOnlyList<Fact> Apply(ApiData data, IEnumerable<Fact> facts)
    {
        var matches = facts.Where(f => Matches(data, f));
        matches = Sort switch
        {
            "date" => matches.OrderBy(f => f.Date is null).ThenBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal),
            "-date" => matches.OrderBy(f => f.Date is null).ThenByDescending(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal),
            "id" => matches.OrderBy(f => f.Id, StringComparer.Ordinal),
            _ => matches,
        };
        return matches.ToList();
    }

    private bool Matches(ApiData data, Fact fact)
    {
        if (Topics.Count > 0 && !Topics.Contains(fact.Topic))
        {
            return false;
        }

        if (Kinds.Count > 0 && (fact.Kind is not { } kind || !Kinds.Contains(kind)))
        {
            return false;
        }

        if (Claimant is not null && fact.Claimant != Claimant)
        {
            return false;
        }

        foreach (var entity in Entities)
        {
            if (!ApiData.IsAbout(fact, entity))
            {
                return false;
            }
        }

        if (Source is not null && !fact.Evidence.Any(e => e.Source == Source))
        {
            return false;
        }

        if (Disputed is { } disputed && (fact.ConflictsWith.Count > 0) != disputed)
        {
            return false;
        }

        if (From is not null || To is not null)
        {
            // A fact covers date..until; it matches when that range overlaps from..to.
            if (fact.Date is not { } date)
            {
                return false;
            }

            var end = (fact.Until ?? date).End;
            if ((From is { } from && end < from.Start) || (To is { } to && date.Start > to.End))
            {
                return false;
            }
        }

        return Text is null || data.SearchText[fact].Contains(Text, StringComparison.Ordinal);
    }
}
