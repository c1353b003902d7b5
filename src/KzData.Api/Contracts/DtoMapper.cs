namespace KzData.Api.Contracts;

/// <summary>
/// Maps the typed dataset to the API's wire shapes. Every DTO member is <c>required</c> and set by name,
/// so a new member that is not mapped here fails the build, and two members of one type cannot swap.
/// </summary>
internal static class DtoMapper
{
    public static FactDto ToDto(Fact fact) => new()
    {
        Id = fact.Id,
        Statement = fact.Statement,
        Topic = fact.Topic,
        Kind = fact.Kind,
        Date = fact.Date?.ToString(),
        Until = fact.Until?.ToString(),
        Entities = fact.Entities.Select(ToRef).ToArray(),
        AttributedTo = ToRefOrNull(fact.AttributedTo),
        Claimant = ToRefOrNull(fact.Claimant),
        AsOf = fact.AsOf?.ToString(),
        Quantity = fact.Quantity is { } quantity ? new QuantityDto { Value = quantity.Value, Unit = quantity.Unit, Bound = quantity.Bound } : null,
        ConflictsWith = fact.ConflictsWith.Select(c => c.Id).ToArray(),
        Note = fact.Note,
        Evidence = fact.Evidence.Select(ToDto).ToArray(),
    };

    public static EvidenceDto ToDto(Evidence evidence) => new()
    {
        SourceId = evidence.Source.Id,
        SourceTitle = evidence.Source.Title,
        Quote = evidence.Quote,
        Line = evidence.Line,
        Start = evidence.Start,
        Length = evidence.Length,
    };

    public static VocabularyDto ToDto(Vocabulary vocabulary) => new()
    {
        Name = vocabulary.Name,
        Description = vocabulary.Description,
        Terms = vocabulary.Terms.Select(t => new VocabularyTermDto { Name = t.Name, Description = t.Description }).ToArray(),
    };

    public static EntityRefDto ToRef(Entity entity) => new() { Id = entity.Id, Name = entity.Name, Kind = entity.Kind };

    public static EntityDto ToDto(Entity entity, int factCount, int claimCount) => new()
    {
        Id = entity.Id,
        Kind = entity.Kind,
        Name = entity.Name,
        Description = entity.Description,
        Aliases = entity.Aliases,
        MemberOf = entity.MemberOf.Select(ToRef).ToArray(),
        FactCount = factCount,
        ClaimCount = claimCount,
    };

    public static SourceDto ToDto(Source source, int factCount) => new()
    {
        Id = source.Id,
        File = source.File,
        Title = source.Title,
        TextQuality = source.TextQuality,
        Author = ToRefOrNull(source.Author),
        Publisher = ToRefOrNull(source.Publisher),
        Published = source.Published?.ToString(),
        Note = source.Note,
        Length = source.Text.Length,
        FactCount = factCount,
    };

    private static EntityRefDto? ToRefOrNull(Entity? entity) => entity is null ? null : ToRef(entity);

    /// <summary>
    /// An article's coverage: its quoted passages, and its sentences (split by the splitter the kzdata tool uses)
    /// each marked cited when a passage overlaps it.
    /// </summary>
    public static SourceCoverageDto ToCoverage(Source source, IEnumerable<Fact> facts)
    {
        var passages = facts
            .SelectMany(f => f.Evidence.Where(e => e.Source == source && e.Length > 0).Select(e => new CitedPassageDto { FactId = f.Id, Line = e.Line, Start = e.Start, Length = e.Length }))
            .OrderBy(p => p.Start).ThenBy(p => p.Length).ThenBy(p => p.FactId, StringComparer.Ordinal)
            .ToArray();
        var sentences = KzData.Common.Sentences.Split(source.Text)
            .Select(s => new SentenceDto
            {
                Line = s.Line,
                Start = s.Start,
                Length = s.Length,
                Cited = passages.Any(p => p.Start < s.End && s.Start < p.Start + p.Length),
            })
            .ToArray();
        return new SourceCoverageDto
        {
            SourceId = source.Id,
            SentenceCount = sentences.Length,
            CitedSentenceCount = sentences.Count(s => s.Cited),
            Passages = passages,
            Sentences = sentences,
        };
    }
}
