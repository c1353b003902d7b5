using KzData.Generators.Common;

namespace KzData.Generators.Model
{
    // The emission model: the dataset's data only, no file positions, so an edit of facts.yaml
    // that changes no data (a comment, a blank line) yields an equal model and no new source.
    // References between items are indexes into the model's arrays.

    /// <summary>The whole validated dataset, ready to emit.</summary>
    internal sealed record DatasetModel(
        EquatableArray<SourceModel> Sources,
        EquatableArray<EntityModel> Entities,
        EquatableArray<FactModel> Facts)
    {
        public static readonly DatasetModel Empty = new(
            EquatableArray<SourceModel>.Empty,
            EquatableArray<EntityModel>.Empty,
            EquatableArray<FactModel>.Empty);
    }

    internal sealed record SourceModel(string Id, string File, string Title, string TextQuality, string? Note, string Text);

    internal sealed record EntityModel(
        string Id,
        string Kind,
        string Name,
        string Description,
        EquatableArray<string> Aliases,
        EquatableArray<int> MemberOf);

    internal sealed record FactModel(
        string Id,
        string Statement,
        string Topic,
        DateModel? Date,
        DateModel? Until,
        EquatableArray<int> Entities,
        int AttributedTo,
        QuantityModel? Quantity,
        EquatableArray<int> ConflictsWith,
        string? Note,
        EquatableArray<EvidenceModel> Evidence);

    /// <summary>A partial date; <see cref="Month"/> and <see cref="Day"/> are 0 when absent.</summary>
    internal sealed record DateModel(int Year, int Month, int Day);

    /// <summary>A quantity; the value is kept as its invariant decimal text.</summary>
    internal sealed record QuantityModel(string Value, string Unit, string Bound);

    /// <summary>A verified quote: its source index and its place in the source's original text.</summary>
    internal sealed record EvidenceModel(int Source, string Quote, int Line, int Start, int Length);
}
