using System.Collections.Generic;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // Working state of one validation run: each item's YAML nodes (for positions), the plain fields
    // read into its model, and the references resolved between items. Lives only inside the validate
    // step, so it need not be equatable. Validator.Run orders the passes; each field below names the one
    // pass that sets it (after that pass, it is only read), so a reader can tell which passes may use it:
    // shape (1), references (2), traceability (3), names (6). Claims, consistency and usage set nothing.

    internal sealed class RawSource
    {
        /// <summary>Shape pass: the id node, null when missing or malformed.</summary>
        public YamlNode? Id { get; set; }

        /// <summary>Shape pass: the plain fields (the model pass emits a copy with the seed text and entity indexes).</summary>
        public SourceModel Model { get; set; } = new();

        /// <summary>References pass: true for the first item of each id; cleared by the names pass on a collision.</summary>
        public bool Emit { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? File { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? AuthorNode { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? PublisherNode { get; set; }

        /// <summary>References pass (sources): the author entity, whatever its kind.</summary>
        public RawEntity? Author { get; set; }

        /// <summary>References pass (sources): the publisher entity, whatever its kind.</summary>
        public RawEntity? Publisher { get; set; }

        /// <summary>References pass (sources): the article named by <see cref="File"/>.</summary>
        public SeedText? Seed { get; set; }

        /// <summary>References pass (facts): true once a fact's evidence cites the source.</summary>
        public bool Cited { get; set; }
    }

    internal sealed class RawEntity
    {
        /// <summary>Shape pass: the id node, null when missing or malformed.</summary>
        public YamlNode? Id { get; set; }

        /// <summary>Shape pass: the plain fields (the model pass emits a copy with membership indexes).</summary>
        public EntityModel Model { get; set; } = new();

        /// <summary>Shape pass: false when the kind was missing or unknown (its model holds a placeholder then).</summary>
        public bool KindValid { get; set; }

        /// <summary>References pass: true for the first item of each id; cleared by the names pass on a collision.</summary>
        public bool Emit { get; set; }

        /// <summary>Shape pass.</summary>
        public IReadOnlyList<YamlNode> Aliases { get; set; } = MappingReader.NoItems;

        /// <summary>Shape pass.</summary>
        public IReadOnlyList<YamlNode> MemberOfNodes { get; set; } = MappingReader.NoItems;

        /// <summary>References pass (entities).</summary>
        public List<RawEntity> MemberOf { get; } = new();

        /// <summary>References pass (all three): true once a fact, a source or an entity points at this one.</summary>
        public bool Used { get; set; }

        /// <summary>Shape pass: the name and every alias, normalised, for the traceability pass's mention checks.</summary>
        public List<string> Spellings { get; } = new();
    }

    internal sealed class RawFact
    {
        public RawFact(MappingReader reader) => Reader = reader;

        /// <summary>The item's keys, read by the shape pass; later passes use it for key locations.</summary>
        public MappingReader Reader { get; }

        /// <summary>Shape pass: the id node, null when missing or malformed.</summary>
        public YamlNode? Id { get; set; }

        /// <summary>Shape pass: the plain fields (statement, terms, dates, quantity, note); the model pass emits a copy with the resolved indexes.</summary>
        public FactModel Model { get; set; } = new();

        /// <summary>References pass: true for the first item of each id; cleared by the names pass on a collision.</summary>
        public bool Emit { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? DateNode { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? UntilNode { get; set; }

        /// <summary>Shape pass.</summary>
        public IReadOnlyList<YamlNode> EntityNodes { get; set; } = MappingReader.NoItems;

        /// <summary>References pass (facts): each known entity once, with the node that named it.</summary>
        public List<(YamlNode Node, RawEntity Entity)> Entities { get; } = new();

        /// <summary>Shape pass.</summary>
        public YamlNode? AttributedToNode { get; set; }

        /// <summary>References pass (facts).</summary>
        public RawEntity? AttributedTo { get; set; }

        /// <summary>Shape pass: the value node of a quantity that parsed as a number.</summary>
        public YamlNode? QuantityValueNode { get; set; }

        /// <summary>Shape pass.</summary>
        public decimal? QuantityValue { get; set; }

        /// <summary>Shape pass.</summary>
        public IReadOnlyList<YamlNode> ConflictNodes { get; set; } = MappingReader.NoItems;

        /// <summary>References pass (facts): each known other fact once, with the node that named it.</summary>
        public List<(YamlNode Node, RawFact Fact)> ConflictsWith { get; } = new();

        /// <summary>Shape pass.</summary>
        public YamlNode? KindNode { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? StatementNode { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? HedgeWaiverNode { get; set; }

        /// <summary>Shape pass: the evidence items, in file order.</summary>
        public List<RawEvidence> Evidence { get; } = new();
    }

    internal sealed class RawEvidence
    {
        /// <summary>Shape pass.</summary>
        public YamlNode? SourceNode { get; set; }

        /// <summary>References pass (facts).</summary>
        public RawSource? Source { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? QuoteNode { get; set; }

        /// <summary>Traceability pass: the quote after <see cref="NormalizedText.Normalize"/>, once for every check.</summary>
        public string? NormalizedQuote { get; set; }

        /// <summary>Traceability pass: where the quote is in its article, null when not found.</summary>
        public QuoteMatch? Match { get; set; }
    }

    internal sealed class RawRetired
    {
        /// <summary>Shape pass: the id node, null when missing or malformed.</summary>
        public YamlNode? Id { get; set; }

        /// <summary>Shape pass.</summary>
        public YamlNode? ReplacedByNode { get; set; }

        /// <summary>Shape pass.</summary>
        public string Reason { get; set; } = string.Empty;

        /// <summary>References pass: true for the first entry of each id that is not still a fact; cleared by the names pass on a collision.</summary>
        public bool Emit { get; set; }

        /// <summary>References pass (retired): the fact that replaced it, when it resolves to a fact.</summary>
        public RawFact? ReplacedBy { get; set; }
    }
}
