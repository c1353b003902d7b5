using System.ComponentModel;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace KzData.Api.Queries;

/// <summary>The filters of <c>GET /api/v1/facts</c>, as given; <see cref="Apis.FactFilter"/> validates them.</summary>
internal sealed record FactQuery
{
    /// <summary>No filter: every fact.</summary>
    public static readonly FactQuery None = new();

    /// <summary>Topics, any of which matches.</summary>
    [FromQuery(Name = "topic"), Description("Topic to match (repeatable; any matches)."), Vocabulary<Topic>]
    public string[]? Topics { get; init; }

    /// <summary>Claim kinds, any of which matches.</summary>
    [FromQuery(Name = "kind"), Description("Claim kind to match (repeatable; any matches): a reported event, someone's statement, or an assessment."), Vocabulary<ClaimKind>]
    public string[]? Kinds { get; init; }

    /// <summary>Entity ids, all of which must match.</summary>
    [FromQuery(Name = "entity"), Description("Entity id that must be on the fact, listed or as the speaker (repeatable; all must match)."), Id]
    public string[]? Entities { get; init; }

    /// <summary>The claimant's entity id.</summary>
    [FromQuery(Name = "claimant"), Description("Entity id of the claimant: the speaker of a statement, or whoever an assessment is attributed to (by default its source's author)."), Id]
    public string? Claimant { get; init; }

    /// <summary>A source id the fact must cite.</summary>
    [FromQuery(Name = "source"), Description("Source id the fact must cite."), Id]
    public string? Source { get; init; }

    /// <summary>Start of the date range.</summary>
    [FromQuery(Name = "from"), Description("Keep facts whose period ends on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."), PartialDate]
    public string? From { get; init; }

    /// <summary>End of the date range.</summary>
    [FromQuery(Name = "to"), Description("Keep facts whose period starts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)."), PartialDate]
    public string? To { get; init; }

    /// <summary>Start of the as-of (reported) date range.</summary>
    [FromQuery(Name = "asOfFrom"), Description("Keep facts reported on or after this date (YYYY, YYYY-MM or YYYY-MM-DD): whose as-of date, the published date of their earliest source, ends on or after it. Every fact has an as-of date, dated or not; from/to filter by when it happened."), PartialDate]
    public string? AsOfFrom { get; init; }

    /// <summary>End of the as-of (reported) date range.</summary>
    [FromQuery(Name = "asOfTo"), Description("Keep facts reported on or before this date (YYYY, YYYY-MM or YYYY-MM-DD): whose as-of date starts on or before it."), PartialDate]
    public string? AsOfTo { get; init; }

    /// <summary>Text to search for.</summary>
    [FromQuery(Name = "q"), Description("Case-insensitive text to find in the statement, quotes, entity names and aliases."), Text(QueryReader.MaxTextLength)]
    public string? Text { get; init; }

    /// <summary>Disputed or undisputed facts only.</summary>
    [FromQuery(Name = "disputed"), Description("true: only facts with conflicting versions; false: only undisputed facts."), Boolean]
    public string? Disputed { get; init; }
}

/// <summary>The order of a fact list: the <c>sort</c> of every fact list endpoint.</summary>
internal sealed record FactOrder
{
    /// <summary>The sort orders, as written in <c>sort</c>.</summary>
    public static readonly IReadOnlyList<string> Values = ["date", "-date", "id", "as-of", "-as-of"];

    /// <summary>The sort order, as given.</summary>
    [FromQuery(Name = "sort"), Description("Sort order: date (when it happened, oldest first, undated last), -date (newest first, undated last), id, as-of (when it was reported: the published date of the fact's earliest source, oldest first), -as-of (newest first). Ties go by id. Default: file order."), FactSort]
    public string? Sort { get; init; }

    private sealed class FactSortAttribute() : ChoiceAttribute(Values);
}

/// <summary>The filters of <c>GET /api/v1/entities</c>, as given.</summary>
internal sealed record EntityQuery
{
    /// <summary>Entity kinds, any of which matches.</summary>
    [FromQuery(Name = "kind"), Description("Entity kind to match (repeatable; any matches)."), Vocabulary<EntityKind>]
    public string[]? Kinds { get; init; }

    /// <summary>Text to search for.</summary>
    [FromQuery(Name = "q"), Description("Case-insensitive text to find in the id, name, description and aliases."), Text(QueryReader.MaxTextLength)]
    public string? Text { get; init; }
}
