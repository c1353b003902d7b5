using System.ComponentModel;
using System.Text.Json.Serialization;

namespace KzData.Api.Contracts;

/// <summary>A fact with its entities and evidence, as served by the API.</summary>
[Description("One atomic, checkable claim from the articles, with the verbatim quotes that support it.")]
public sealed record FactDto(
    [property: Description("Kebab-case id, unique among facts.")] string Id,
    [property: Description("The claim in clean, neutral English.")] string Statement,
    [property: Description("What the fact is about.")] Topic Topic,
    [property: Description("Whose claim it is: a reported event, someone's statement, or an assessment (interpretation, motive, forecast, opinion).")] ClaimKind? Kind,
    [property: Description("When it happened or was said: YYYY, YYYY-MM or YYYY-MM-DD.")] string? Date,
    [property: Description("End of a period that starts at date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? Until,
    [property: Description("The entities the fact is about.")] IReadOnlyList<EntityRefDto> Entities,
    [property: Description("Who said it, when the fact is a statement, opinion, claim or threat.")] EntityRefDto? AttributedTo,
    [property: Description("Whose claim the fact is: attributedTo, or for an assessment that names nobody, the author of its source. Null for an event.")] EntityRefDto? Claimant,
    [property: Description("When the fact was reported: the published date of its earliest source (YYYY, YYYY-MM or YYYY-MM-DD).")] string? AsOf,
    [property: Description("The number the fact states, if any.")] QuantityDto? Quantity,
    [property: Description("Ids of facts that give a different version of the same thing.")] IReadOnlyList<string> ConflictsWith,
    [property: Description("Curator's remark, e.g. where the article contradicts the public record.")] string? Note,
    [property: Description("The quotes that support the fact, from every article that does.")] IReadOnlyList<EvidenceDto> Evidence);

/// <summary>A reference to an entity: enough to show and link it.</summary>
public sealed record EntityRefDto(
    [property: Description("The entity's id.")] string Id,
    [property: Description("The entity's canonical name.")] string Name,
    [property: Description("What kind of entity it is.")] EntityKind Kind);

/// <summary>A number stated by a fact.</summary>
public sealed record QuantityDto(
    [property: Description("The figure.")] decimal Value,
    [property: Description("What is counted, e.g. people or percent.")] string Unit,
    [property: Description("Whether the figure is exact, approximate, a lower or an upper bound.")] QuantityBound Bound);

/// <summary>A verified quote and where it sits in its article.</summary>
public sealed record EvidenceDto(
    [property: Description("The id of the quoted source.")] string SourceId,
    [property: Description("The title of the quoted source.")] string SourceTitle,
    [property: Description("The quote; '...' marks an elision.")] string Quote,
    [property: Description("1-based line of the article text where the quote starts.")] int Line,
    [property: Description("0-based character offset of the quoted passage in the article text (GET /api/v1/sources/{id}/text).")] int Start,
    [property: Description("Length in characters of the quoted passage in the article text.")] int Length);

/// <summary>An entity with its memberships.</summary>
public sealed record EntityDto(
    [property: Description("Kebab-case id, unique among entities.")] string Id,
    [property: Description("What kind of entity it is.")] EntityKind Kind,
    [property: Description("The canonical name.")] string Name,
    [property: Description("A one-line description.")] string Description,
    [property: Description("Every other spelling the articles use, garbled ones included.")] IReadOnlyList<string> Aliases,
    [property: Description("Organizations the entity is a member of.")] IReadOnlyList<EntityRefDto> MemberOf,
    [property: Description("How many facts list or are attributed to this entity.")] int FactCount);

/// <summary>A source article, without its text.</summary>
public sealed record SourceDto(
    [property: Description("Kebab-case id, unique among sources.")] string Id,
    [property: Description("The seed file the article was read from.")] string File,
    [property: Description("The article's headline.")] string Title,
    [property: Description("Whether the text is original, machine-translated or paraphrased.")] TextQuality TextQuality,
    [property: Description("The person who wrote the article; null when it names no author.")] EntityRefDto? Author,
    [property: Description("The outlet that published it.")] EntityRefDto? Publisher,
    [property: Description("When it was published (YYYY, YYYY-MM or YYYY-MM-DD), inferred from the content where the text has no date (see note).")] string? Published,
    [property: Description("Curator's remark about the source.")] string? Note,
    [property: Description("Length of the article text in characters.")] int Length,
    [property: Description("How many facts cite this source.")] int FactCount);

/// <summary>A topic and how many facts it has.</summary>
public sealed record TopicDto(
    [property: Description("The topic.")] Topic Topic,
    [property: Description("How many facts have this topic.")] int FactCount);

/// <summary>Counts per section of the dataset.</summary>
public sealed record DatasetCountsDto(
    [property: Description("Number of facts.")] int Facts,
    [property: Description("Number of entities.")] int Entities,
    [property: Description("Number of sources.")] int Sources);

/// <summary>What the dataset holds and which version it is.</summary>
public sealed record DatasetDto(
    [property: Description("Content hash of the compiled data; it is also the base of every ETag.")] string Version,
    [property: Description("Counts per section.")] DatasetCountsDto Counts,
    [property: Description("The earliest fact date.")] string? EarliestDate,
    [property: Description("The latest fact date (or end of period).")] string? LatestDate);

/// <summary>Liveness.</summary>
public sealed record HealthDto(
    [property: Description("Always 'ok' when the service answers.")] string Status,
    [property: Description("The dataset version served.")] string Version);

/// <summary>A page of a list.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record PageDto<T>(
    [property: Description("The items on this page.")] IReadOnlyList<T> Items,
    [property: Description("The 1-based page number.")] int Page,
    [property: Description("The page size asked for.")] int PageSize,
    [property: Description("How many items match in all pages.")] int Total);

/// <summary>A closed vocabulary of the dataset, such as the topics.</summary>
public sealed record VocabularyDto(
    [property: Description("The vocabulary's kebab-case name, e.g. topic or claim-kind.")] string Name,
    [property: Description("What the vocabulary classifies.")] string Description,
    [property: Description("Its terms, in order.")] IReadOnlyList<VocabularyTermDto> Terms);

/// <summary>One term of a vocabulary.</summary>
public sealed record VocabularyTermDto(
    [property: Description("The term as written in JSON and in query parameters, e.g. domestic-politics.")] string Name,
    [property: Description("What it means.")] string Description);
