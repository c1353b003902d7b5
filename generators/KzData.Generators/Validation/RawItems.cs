using System.Collections.Generic;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // Working state of one validation run: each item's YAML nodes (for positions), the plain fields
    // read into its model (by the shape pass), and the references resolved between items. Lives only
    // inside the validate step, so it need not be equatable. Which pass sets what is listed in
    // Validator.Run, the one place that orders the passes.

    internal sealed class RawSource
    {
        public RawSource(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        /// <summary>Plain fields, set by the shape pass (Text by the reference pass, from the seed).</summary>
        public SourceModel Model { get; set; } = new();

        /// <summary>Set by the reference pass (false for a duplicate), cleared by the name pass on a collision.</summary>
        public bool Emit { get; set; }

        public YamlNode? File { get; set; }

        public YamlNode? AuthorNode { get; set; }

        public YamlNode? PublisherNode { get; set; }

        /// <summary>Set by the reference pass.</summary>
        public RawEntity? Author { get; set; }

        /// <summary>Set by the reference pass.</summary>
        public RawEntity? Publisher { get; set; }

        /// <summary>Set by the reference pass.</summary>
        public SeedText? Seed { get; set; }

        /// <summary>Set by the reference pass when a fact cites the source.</summary>
        public bool Cited { get; set; }
    }

    internal sealed class RawEntity
    {
        public RawEntity(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        /// <summary>Plain fields, set by the shape pass.</summary>
        public EntityModel Model { get; set; } = new();

        /// <summary>False when the kind was missing or unknown (its model holds a placeholder then).</summary>
        public bool KindValid { get; set; }

        public bool Emit { get; set; }

        public List<YamlNode> Aliases { get; set; } = new();

        public List<YamlNode> MemberOfNodes { get; set; } = new();

        /// <summary>Set by the reference pass.</summary>
        public List<RawEntity> MemberOf { get; } = new();

        /// <summary>Set by the reference pass when a fact or an entity points at this one.</summary>
        public bool Used { get; set; }

        /// <summary>The name and every alias, normalised, for mention checks.</summary>
        public List<string> Spellings { get; } = new();
    }

    internal sealed class RawFact
    {
        public RawFact(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        /// <summary>Plain fields (statement, terms, dates, quantity, note), set by the shape pass.</summary>
        public FactModel Model { get; set; } = new();

        public bool Emit { get; set; }

        public YamlNode? DateNode { get; set; }

        public YamlNode? UntilNode { get; set; }

        public List<YamlNode> EntityNodes { get; set; } = new();

        /// <summary>Set by the reference pass.</summary>
        public List<(YamlNode Node, RawEntity Entity)> Entities { get; } = new();

        public YamlNode? AttributedToNode { get; set; }

        /// <summary>Set by the reference pass.</summary>
        public RawEntity? AttributedTo { get; set; }

        public YamlNode? QuantityValueNode { get; set; }

        public decimal? QuantityValue { get; set; }

        public List<YamlNode> ConflictNodes { get; set; } = new();

        /// <summary>Set by the reference pass.</summary>
        public List<(YamlNode Node, RawFact Fact)> ConflictsWith { get; } = new();

        public YamlNode? KindNode { get; set; }

        public YamlNode? StatementNode { get; set; }

        public YamlNode? HedgeWaiverNode { get; set; }

        public List<RawEvidence> Evidence { get; } = new();
    }

    internal sealed class RawEvidence
    {
        public RawEvidence(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? SourceNode { get; set; }

        /// <summary>Set by the reference pass.</summary>
        public RawSource? Source { get; set; }

        public YamlNode? QuoteNode { get; set; }

        /// <summary>The quote after <see cref="NormalizedText.Normalize"/>, set by the traceability pass once for every check.</summary>
        public string? NormalizedQuote { get; set; }

        /// <summary>Set by the traceability pass.</summary>
        public QuoteMatch? Match { get; set; }
    }
}
