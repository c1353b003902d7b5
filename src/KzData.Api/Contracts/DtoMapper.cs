namespace KzData.Api.Contracts;

/// <summary>Maps the typed dataset to the API's wire shapes.</summary>
internal static class DtoMapper
{
    public static FactDto ToDto(Fact fact) => new(
        fact.Id,
        fact.Statement,
        fact.Topic,
        fact.Kind,
        fact.Date?.ToString(),
        fact.Until?.ToString(),
        fact.Entities.Select(ToRef).ToArray(),
        fact.AttributedTo is null ? null : ToRef(fact.AttributedTo),
        fact.Claimant is null ? null : ToRef(fact.Claimant),
        fact.AsOf?.ToString(),
        fact.Quantity is null ? null : new QuantityDto(fact.Quantity.Value, fact.Quantity.Unit, fact.Quantity.Bound),
        fact.ConflictsWith.Select(c => c.Id).ToArray(),
        fact.Note,
        fact.Evidence.Select(e => new EvidenceDto(e.Source.Id, e.Source.Title, e.Quote, e.Line, e.Start, e.Length)).ToArray());

    public static VocabularyDto ToDto(Vocabulary vocabulary) => new(
        vocabulary.Name, vocabulary.Description, vocabulary.Terms.Select(t => new VocabularyTermDto(t.Name, t.Description)).ToArray());

    public static EntityRefDto ToRef(Entity entity) => new(entity.Id, entity.Name, entity.Kind);

    public static EntityDto ToDto(Entity entity, int factCount) => new(
        entity.Id, entity.Kind, entity.Name, entity.Description, entity.Aliases, entity.MemberOf.Select(ToRef).ToArray(), factCount);

    public static SourceDto ToDto(Source source, int factCount) => new(
        source.Id, source.File, source.Title, source.TextQuality,
        source.Author is null ? null : ToRef(source.Author), source.Publisher is null ? null : ToRef(source.Publisher), source.Published?.ToString(), source.Note, source.Text.Length, factCount);
}
