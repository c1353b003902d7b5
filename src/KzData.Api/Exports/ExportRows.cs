using System.ComponentModel;
using KzData.Api.Contracts;
using KzData.Api.OpenApi;

namespace KzData.Api.Exports;

/// <summary>One quote of one fact, as a row of its own: the evidence table.</summary>
[Description("One verified quote of one fact, flattened: the evidence table of the CSV export and the Data Package.")]
public sealed record EvidenceRowDto
{
    [Id, Description("The id of the fact the quote supports.")]
    public required string FactId { get; init; }

    [Description("0-based position of the quote in the fact's evidence (the explorer's quote=N).")]
    public required int Index { get; init; }

    [Id, Description(EvidenceText.SourceId)]
    public required string SourceId { get; init; }

    [Description(EvidenceText.Quote)]
    public required string Quote { get; init; }

    [Description(EvidenceText.Line)]
    public required int Line { get; init; }

    [Description(EvidenceText.Start)]
    public required int Start { get; init; }

    [Description(EvidenceText.Length)]
    public required int Length { get; init; }
}

/// <summary>That a fact is about an entity: the fact-entity link table.</summary>
[Description("One entity a fact lists, as a row of its own: the link table between facts and entities.")]
public sealed record FactEntityDto
{
    [Id, Description("The id of the fact.")]
    public required string FactId { get; init; }

    [Id, Description("The id of an entity the fact lists.")]
    public required string EntityId { get; init; }

    [Description("0-based position of the entity in the fact's entities.")]
    public required int Index { get; init; }
}
