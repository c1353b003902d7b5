using KzData.Api.Infrastructure;
using Microsoft.Extensions.Primitives;

namespace KzData.Api.Apis;

/// <summary>The filters and sort of a fact list, parsed and validated from the query string.</summary>
internal sealed class FactFilter
{
    public static readonly string[] Sorts = ["date", "-date", "id"];

    public HashSet<Topic> Topics { get; private init; } = [];

    public HashSet<ClaimKind> Kinds { get; private init; } = [];

    public Entity? Claimant { get; private set; }

    public List<Entity> Entities { get; } = [];

    public Source? Source { get; private set; }

    public PartialDate? From { get; private init; }

    public PartialDate? To { get; private init; }

    public string? Text { get; private init; }

    public bool? Disputed { get; private init; }

    public string? Sort { get; private init; }

    public static FactFilter Read(QueryReader reader, StringValues topic, StringValues kind, StringValues entity, string? claimant, string? source, string? from, string? to, string? q, string? disputed, string? sort)
    {
        var filter = new FactFilter
        {
            Topics = reader.Enums<Topic>("topic", topic),
            Kinds = reader.Enums<ClaimKind>("kind", kind),
            From = reader.Date("from", from),
            To = reader.Date("to", to),
            Text = reader.Text("q", q),
            Disputed = reader.Bool("disputed", disputed),
            Sort = reader.OneOf("sort", sort, Sorts),
        };

        if (filter.From is { } start && filter.To is { } end && start.Start > end.End)
        {
            reader.Fail("from", $"from ({start}) is after to ({end}).");
        }

        foreach (var id in entity)
        {
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            if (Dataset.TryGetEntity(id, out var found))
            {
                filter.Entities.Add(found);
            }
            else
            {
                var suggestion = KzData.Common.Suggestions.Nearest(id, Dataset.Entities.Select(e => e.Id));
                reader.Fail("entity", $"unknown entity '{id}'{KzData.Common.Suggestions.DidYouMean(suggestion)}; see GET /api/v1/entities.");
            }
        }

        if (claimant is not null)
        {
            if (Dataset.TryGetEntity(claimant, out var found))
            {
                filter.Claimant = found;
            }
            else
            {
                var suggestion = KzData.Common.Suggestions.Nearest(claimant, Dataset.Entities.Select(e => e.Id));
                reader.Fail("claimant", $"unknown entity '{claimant}'{KzData.Common.Suggestions.DidYouMean(suggestion)}; see GET /api/v1/entities.");
            }
        }

        if (source is not null)
        {
            if (Dataset.TryGetSource(source, out var found))
            {
                filter.Source = found;
            }
            else
            {
                var suggestion = KzData.Common.Suggestions.Nearest(source, Dataset.Sources.Select(s => s.Id));
                reader.Fail("source", $"unknown source '{source}'{KzData.Common.Suggestions.DidYouMean(suggestion)}; see GET /api/v1/sources.");
            }
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
