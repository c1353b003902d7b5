using System.Text.RegularExpressions;

namespace KzData.Api.LinkedData;

/// <summary>
/// Whether a fact's curator note says that the article contradicts the public record, which makes the fact's
/// JSON-LD carry a schema.org <c>ClaimReview</c>.
/// </summary>
/// <remarks>
/// The fact file has no structured flag for it (a note is free text), so the rule is an explicit marker phrase:
/// a note that says <c>contradicts the record</c> or <c>contradicts the public record</c> (any case), as in
/// "Contradicts the record: Tokayev has been president since March 2019 ...". Notes that only date a fact by the
/// record, or add what the record says without that phrase, are not reviews. Curators mark a contradiction by
/// writing the phrase (CONTRIBUTING.md, curation rules).
/// </remarks>
internal static partial class RecordContradiction
{
    /// <summary>What the review's rating says.</summary>
    public const string Verdict = "Contradicts the public record";

    /// <summary>True when <paramref name="note"/> marks a contradiction with the public record.</summary>
    public static bool Says(string? note) => note is not null && Marker().IsMatch(note);

    [GeneratedRegex(@"\bcontradicts the (public )?record\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
