using KzData.Generators.Common;

namespace KzData.Generators.Model
{
    // The emission model: the dataset's data only, no file positions, so an edit of facts.yaml
    // that changes no data (a comment, a blank line) yields an equal model and no new source.
    // References between items are indexes into the model's arrays. Members are named (init-only),
    // so the validator sets and the emitter reads each field by name: two fields cannot swap silently.

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

        /// <summary>The forwarding entries of retired fact ids, in file order.</summary>
        public EquatableArray<RetiredModel> Retired { get; init; } = EquatableArray<RetiredModel>.Empty;
    }

    /// <summary>A source article and its text.</summary>
    internal sealed record SourceModel
    {
        public string Id { get; init; } = string.Empty;

        public string File { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        /// <summary>A <see cref="Schema.TextQuality"/> term.</summary>
        public string TextQuality { get; init; } = Schema.TextQuality.TermNames[0];

        public string? Note { get; init; }

        /// <summary>Entity index of the author, -1 when the article names none.</summary>
        public int Author { get; init; } = -1;

        /// <summary>Entity index of the publisher.</summary>
        public int Publisher { get; init; } = -1;

        public DateModel? Published { get; init; }

        /// <summary>The article's text exactly as in the seed file.</summary>
        public string Text { get; init; } = string.Empty;
    }

    /// <summary>An entity; <see cref="MemberOf"/> holds entity indexes.</summary>
    internal sealed record EntityModel
    {
        public string Id { get; init; } = string.Empty;

        /// <summary>A <see cref="Schema.EntityKind"/> term.</summary>
        public string Kind { get; init; } = Schema.EntityKind.TermNames[0];

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

        public EquatableArray<int> MemberOf { get; init; } = EquatableArray<int>.Empty;
    }

    /// <summary>A fact; entity, conflict and source references are indexes (-1: none).</summary>
    internal sealed record FactModel
    {
        public string Id { get; init; } = string.Empty;

        public string Statement { get; init; } = string.Empty;

        /// <summary>
        /// The fact's closed-vocabulary values (topic, kind, ...): one per <see cref="ValueKind.Term"/> key of
        /// <see cref="Schema.Fact"/> that the fact has, in schema order. Read and emitted generically, so a new
        /// enum-valued key needs no new member here, no new read and no new emit line.
        /// </summary>
        public EquatableArray<TermModel> Terms { get; init; } = EquatableArray<TermModel>.Empty;

        /// <summary>The <see cref="Schema.Topic"/> term.</summary>
        public string Topic => Term("topic") ?? Schema.Topic.TermNames[0];

        /// <summary>The <see cref="Schema.ClaimKind"/> term, or null when missing (already reported).</summary>
        public string? Kind => Term("kind");

        /// <summary>The term given for a key, or null.</summary>
        public string? Term(string key)
        {
            foreach (var term in Terms)
            {
                if (term.Key == key)
                {
                    return term.Value;
                }
            }

            return null;
        }

        public DateModel? Date { get; init; }

        public DateModel? Until { get; init; }

        public EquatableArray<int> Entities { get; init; } = EquatableArray<int>.Empty;

        public int AttributedTo { get; init; } = -1;

        /// <summary>Entity index of whoever claims the fact: attributed-to, else for an assessment its first source's author; -1 for none.</summary>
        public int Claimant { get; init; } = -1;

        /// <summary>When it was reported: the published date of the fact's earliest source.</summary>
        public DateModel? AsOf { get; init; }

        public QuantityModel? Quantity { get; init; }

        public EquatableArray<int> ConflictsWith { get; init; } = EquatableArray<int>.Empty;

        public string? Note { get; init; }

        public EquatableArray<EvidenceModel> Evidence { get; init; } = EquatableArray<EvidenceModel>.Empty;
    }

    /// <summary>A retired fact id: the fact index of its replacement (-1 when removed) and why it was retired.</summary>
    internal sealed record RetiredModel
    {
        public string Id { get; init; } = string.Empty;

        /// <summary>Fact index of the fact that replaced it, -1 when the fact was removed.</summary>
        public int ReplacedBy { get; init; } = -1;

        public string Reason { get; init; } = string.Empty;
    }

    /// <summary>A key of a closed vocabulary and the term given for it ("kind", "assessment").</summary>
    internal sealed record TermModel(string Key, string Value);

    /// <summary>A partial date; <see cref="Month"/> and <see cref="Day"/> are 0 when absent.</summary>
    internal sealed record DateModel(int Year, int Month, int Day);

    /// <summary>A quantity; the value is kept as its invariant decimal text, the bound is a <see cref="Schema.QuantityBound"/> term.</summary>
    internal sealed record QuantityModel(string Value, string Unit, string Bound);

    /// <summary>A verified quote: its source index and its place in the source's original text.</summary>
    internal sealed record EvidenceModel(int Source, string Quote, int Line, int Start, int Length);
}
