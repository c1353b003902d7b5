using System.ComponentModel;
using KzData.Api.OpenApi;

namespace KzData.Api.Contracts;

/// <summary>A fact with its entities and evidence, as served by the API.</summary>
[Description("One atomic, checkable claim from the articles, with the verbatim quotes that support it.")]
public sealed record FactDto
{
    [Id, Description("Kebab-case id, unique among facts.")]
    public required string Id { get; init; }

    [Description("The claim in clean, neutral English.")]
    public required string Statement { get; init; }

    [Description("What the fact is about.")]
    public required Topic Topic { get; init; }

    [Description("Whose claim it is: a reported event, someone's statement, or an assessment (interpretation, motive, forecast, opinion).")]
    public required ClaimKind? Kind { get; init; }

    [PartialDate, Description("When it happened or was said: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public required string? Date { get; init; }

    [PartialDate, Description("End of a period that starts at date: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public required string? Until { get; init; }

    [Description("The entities the fact is about.")]
    public required IReadOnlyList<EntityRefDto> Entities { get; init; }

    [Description("Who said it, when the fact is a statement, opinion, claim or threat.")]
    public required EntityRefDto? AttributedTo { get; init; }

    [Description("Whose claim the fact is: attributedTo, or for an assessment that names nobody, the author of its source. Null for an event.")]
    public required EntityRefDto? Claimant { get; init; }

    [PartialDate, Description("When the fact was reported: the published date of its earliest source (YYYY, YYYY-MM or YYYY-MM-DD).")]
    public required string? AsOf { get; init; }

    [Description("The number the fact states, if any.")]
    public required QuantityDto? Quantity { get; init; }

    [Id, Description("Ids of facts that give a different version of the same thing.")]
    public required IReadOnlyList<string> ConflictsWith { get; init; }

    [Description("Curator's remark, e.g. where the article contradicts the public record.")]
    public required string? Note { get; init; }

    [Description("The quotes that support the fact, from every article that does.")]
    public required IReadOnlyList<EvidenceDto> Evidence { get; init; }
}

/// <summary>A reference to an entity: enough to show and link it.</summary>
public sealed record EntityRefDto
{
    [Id, Description("The entity's id.")]
    public required string Id { get; init; }

    [Description("The entity's canonical name.")]
    public required string Name { get; init; }

    [Description("What kind of entity it is.")]
    public required EntityKind Kind { get; init; }
}

/// <summary>A number stated by a fact.</summary>
public sealed record QuantityDto
{
    [Description("The figure.")]
    public required decimal Value { get; init; }

    [Description("What is counted, e.g. people or percent.")]
    public required string Unit { get; init; }

    [Description("Whether the figure is exact, approximate, a lower or an upper bound.")]
    public required QuantityBound Bound { get; init; }
}

/// <summary>
/// The descriptions of a quote's fields, shared by a fact's evidence and the flattened evidence rows (attribute
/// arguments must be constants).
/// </summary>
internal static class EvidenceText
{
    public const string SourceId = "The id of the quoted source.";
    public const string Quote = "The quote; '...' marks an elision.";
    public const string Line = "1-based line of the article text where the quote starts.";
    public const string Start = "0-based character offset of the quoted passage in the article text (GET /api/v1/sources/{id}/text).";
    public const string Length = "Length in characters of the quoted passage in the article text.";
}

/// <summary>A verified quote and where it sits in its article.</summary>
public sealed record EvidenceDto
{
    [Id, Description(EvidenceText.SourceId)]
    public required string SourceId { get; init; }

    [Description("The title of the quoted source.")]
    public required string SourceTitle { get; init; }

    [Description(EvidenceText.Quote)]
    public required string Quote { get; init; }

    [Description(EvidenceText.Line)]
    public required int Line { get; init; }

    [Description(EvidenceText.Start)]
    public required int Start { get; init; }

    [Description(EvidenceText.Length)]
    public required int Length { get; init; }
}

/// <summary>An entity with its memberships.</summary>
public sealed record EntityDto
{
    [Id, Description("Kebab-case id, unique among entities.")]
    public required string Id { get; init; }

    [Description("What kind of entity it is.")]
    public required EntityKind Kind { get; init; }

    [Description("The canonical name.")]
    public required string Name { get; init; }

    [Description("A one-line description.")]
    public required string Description { get; init; }

    [Description("Every other spelling the articles use, garbled ones included.")]
    public required IReadOnlyList<string> Aliases { get; init; }

    [Description("Organizations the entity is a member of.")]
    public required IReadOnlyList<EntityRefDto> MemberOf { get; init; }

    [Description("How many facts list or are attributed to this entity.")]
    public required int FactCount { get; init; }

    [Description("How many facts the entity claims: its statements, and the assessments attributed to it or to the articles it wrote (GET /api/v1/entities/{id}/claims).")]
    public required int ClaimCount { get; init; }
}

/// <summary>A source article, without its text.</summary>
public sealed record SourceDto
{
    [Id, Description("Kebab-case id, unique among sources.")]
    public required string Id { get; init; }

    [Description("The seed file the article was read from.")]
    public required string File { get; init; }

    [Description("The article's headline.")]
    public required string Title { get; init; }

    [Description("Whether the text is original, machine-translated or paraphrased.")]
    public required TextQuality TextQuality { get; init; }

    [Description("The person who wrote the article; null when it names no author.")]
    public required EntityRefDto? Author { get; init; }

    [Description("The outlet that published it.")]
    public required EntityRefDto? Publisher { get; init; }

    [PartialDate, Description("When it was published (YYYY, YYYY-MM or YYYY-MM-DD), inferred from the content where the text has no date (see note).")]
    public required string? Published { get; init; }

    [Description("Curator's remark about the source.")]
    public required string? Note { get; init; }

    [Description("Length of the article text in characters.")]
    public required int Length { get; init; }

    [Description("How many facts cite this source.")]
    public required int FactCount { get; init; }
}

/// <summary>A topic and how many facts it has.</summary>
public sealed record TopicDto
{
    [Description("The topic.")]
    public required Topic Topic { get; init; }

    [Description("How many facts have this topic.")]
    public required int FactCount { get; init; }
}

/// <summary>Counts per section of the dataset.</summary>
public sealed record DatasetCountsDto
{
    [Description("Number of facts.")]
    public required int Facts { get; init; }

    [Description("Number of entities.")]
    public required int Entities { get; init; }

    [Description("Number of sources.")]
    public required int Sources { get; init; }
}

/// <summary>What the dataset holds and which version it is.</summary>
public sealed record DatasetDto
{
    [Description("Content hash of the compiled data; it is also the base of every ETag.")]
    public required string Version { get; init; }

    [Description("Counts per section.")]
    public required DatasetCountsDto Counts { get; init; }

    [PartialDate, Description("The earliest fact date.")]
    public required string? EarliestDate { get; init; }

    [PartialDate, Description("The latest fact date (or end of period).")]
    public required string? LatestDate { get; init; }
}

/// <summary>Liveness.</summary>
public sealed record HealthDto
{
    [Description("Always 'ok' when the service answers.")]
    public required string Status { get; init; }

    [Description("The dataset version served.")]
    public required string Version { get; init; }
}

/// <summary>A page of a list.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record PageDto<T>
{
    [Description("The items on this page.")]
    public required IReadOnlyList<T> Items { get; init; }

    [Description("The 1-based page number.")]
    public required int Page { get; init; }

    [Description("The page size asked for.")]
    public required int PageSize { get; init; }

    [Description("How many items match in all pages.")]
    public required int Total { get; init; }
}

/// <summary>A closed vocabulary of the dataset, such as the topics.</summary>
public sealed record VocabularyDto
{
    [Description("The vocabulary's kebab-case name, e.g. topic or claim-kind.")]
    public required string Name { get; init; }

    [Description("What the vocabulary classifies.")]
    public required string Description { get; init; }

    [Description("Its terms, in order.")]
    public required IReadOnlyList<VocabularyTermDto> Terms { get; init; }
}

/// <summary>One term of a vocabulary.</summary>
public sealed record VocabularyTermDto
{
    [Description("The term as written in JSON and in query parameters, e.g. domestic-politics.")]
    public required string Name { get; init; }

    [Description("What it means.")]
    public required string Description { get; init; }
}

/// <summary>How much of an article the facts cite: its sentences, which some quote touches, and every quoted passage.</summary>
[Description("How much of an article the facts cite: every quoted passage, and each sentence marked cited or not, so a curator sees what no fact captures yet.")]
public sealed record SourceCoverageDto
{
    [Description("The source's id.")]
    public required string SourceId { get; init; }

    [Description("How many sentences the article has.")]
    public required int SentenceCount { get; init; }

    [Description("How many of them some fact's quote overlaps.")]
    public required int CitedSentenceCount { get; init; }

    [Description("Every quoted passage of the article, in text order: where it is and which fact quotes it.")]
    public required IReadOnlyList<CitedPassageDto> Passages { get; init; }

    [Description("The article's sentences in text order, each marked cited or not.")]
    public required IReadOnlyList<SentenceDto> Sentences { get; init; }
}

/// <summary>A passage of an article that a fact quotes.</summary>
public sealed record CitedPassageDto
{
    [Description("The id of the fact that quotes it.")]
    public required string FactId { get; init; }

    [Description("1-based line of the article text where the passage starts.")]
    public required int Line { get; init; }

    [Description("0-based character offset of the passage in the article text (GET /api/v1/sources/{id}/text).")]
    public required int Start { get; init; }

    [Description("Length of the passage in characters.")]
    public required int Length { get; init; }
}

/// <summary>A sentence of an article.</summary>
public sealed record SentenceDto
{
    [Description("1-based line of the article text.")]
    public required int Line { get; init; }

    [Description("0-based character offset of the sentence in the article text.")]
    public required int Start { get; init; }

    [Description("Length of the sentence in characters.")]
    public required int Length { get; init; }

    [Description("Whether some fact's quote overlaps the sentence.")]
    public required bool Cited { get; init; }
}
