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

    public PartialDate? AsOfFrom { get; private init; }

    public PartialDate? AsOfTo { get; private init; }

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
            AsOfFrom = reader.Date("asOfFrom", query.AsOfFrom),
            AsOfTo = reader.Date("asOfTo", query.AsOfTo),
            Text = reader.Text("q", query.Text),
            Disputed = reader.Bool("disputed", query.Disputed),
            Sort = reader.OneOf("sort", order.Sort, FactOrder.Values),
        };

        CheckRange(reader, "from", filter.From, "to", filter.To);
        CheckRange(reader, "asOfFrom", filter.AsOfFrom, "asOfTo", filter.AsOfTo);
        return filter;
    }

    public IReadOnlyList<Fact> Apply(ApiData data, IEnumerable<Fact> facts)
    {
        var matches = facts.Where(f => Matches(data, f));
        matches = Sort switch
        {
            "date" => ByDate(matches, f => f.Date, descending: false),
            "-date" => ByDate(matches, f => f.Date, descending: true),
            "as-of" => ByDate(matches, f => f.AsOf, descending: false),
            "-as-of" => ByDate(matches, f => f.AsOf, descending: true),
            "id" => matches.OrderBy(f => f.Id, StringComparer.Ordinal),
            _ => matches,
        };
        return matches.ToList();
    }

    /// <summary>By a date either way, facts without one last, ties by id.</summary>
    private static IOrderedEnumerable<Fact> ByDate(IEnumerable<Fact> facts, Func<Fact, PartialDate?> date, bool descending)
    {
        var undatedLast = facts.OrderBy(f => date(f) is null);
        var byDate = descending ? undatedLast.ThenByDescending(date) : undatedLast.ThenBy(date);
        return byDate.ThenBy(f => f.Id, StringComparer.Ordinal);
    }

    private static void CheckRange(QueryReader reader, string fromName, PartialDate? from, string toName, PartialDate? to)
    {
        if (from is { } start && to is { } end && start.Start > end.End)
        {
            reader.Fail(fromName, $"{fromName} ({start}) is after {toName} ({end}).");
        }
    }

    /// <summary>Whether the days <paramref name="start"/>..<paramref name="end"/> overlap the range <paramref name="from"/>..<paramref name="to"/> (either end open).</summary>
    private static bool Overlaps(DateOnly start, DateOnly end, PartialDate? from, PartialDate? to) =>
        (from is not { } f || end >= f.Start) && (to is not { } t || start <= t.End);

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

        // A fact covers date..until; it matches when that period overlaps from..to. An undated fact has no period.
        if ((From is not null || To is not null)
            && (fact.Date is not { } date || !Overlaps(date.Start, (fact.Until ?? date).End, From, To)))
        {
            return false;
        }

        // When it was reported: the days its as-of date covers (a month, for most sources) overlap asOfFrom..asOfTo.
        if ((AsOfFrom is not null || AsOfTo is not null)
            && (fact.AsOf is not { } asOf || !Overlaps(asOf.Start, asOf.End, AsOfFrom, AsOfTo)))
        {
            return false;
        }

        return Text is null || data.SearchText[fact].Contains(Text, StringComparison.Ordinal);
    }
}
