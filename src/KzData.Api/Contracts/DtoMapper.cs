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
}
