using System.Collections.Generic;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // Working state of one validation run: the YAML nodes of each item (for positions) and what
    // validation resolved from them. Lives only inside the validate step, so it need not be equatable.

    internal sealed class RawSource
    {
        public RawSource(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        public bool Emit { get; set; }

        public YamlNode? File { get; set; }

        public string Title { get; set; } = string.Empty;

        public string TextQuality { get; set; } = Schema.TextQualities[0];

        public string? Note { get; set; }

        public SeedText? Seed { get; set; }

        public bool Cited { get; set; }
    }

    internal sealed class RawEntity
    {
        public RawEntity(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        public bool Emit { get; set; }

        public string Kind { get; set; } = Schema.EntityKinds[0];

        public bool KindValid { get; set; }

        public string Name { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public List<YamlNode> Aliases { get; set; } = new();

        public List<YamlNode> MemberOfNodes { get; set; } = new();

        public List<RawEntity> MemberOf { get; } = new();

        public bool Used { get; set; }

        /// <summary>The name and every alias, normalised, for mention checks.</summary>
        public List<string> Spellings { get; } = new();
    }

    internal sealed class RawFact
    {
        public RawFact(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? Id { get; set; }

        public bool Emit { get; set; }

        public string Statement { get; set; } = string.Empty;

        public string Topic { get; set; } = Schema.Topics[0];

        public DateModel? Date { get; set; }

        public YamlNode? DateNode { get; set; }

        public DateModel? Until { get; set; }

        public YamlNode? UntilNode { get; set; }

        public List<YamlNode> EntityNodes { get; set; } = new();

        public List<(YamlNode Node, RawEntity Entity)> Entities { get; } = new();

        public YamlNode? AttributedToNode { get; set; }

        public RawEntity? AttributedTo { get; set; }

        public YamlNode? QuantityValueNode { get; set; }

        public decimal? QuantityValue { get; set; }

        public QuantityModel? Quantity { get; set; }

        public List<YamlNode> ConflictNodes { get; set; } = new();

        public List<(YamlNode Node, RawFact Fact)> ConflictsWith { get; } = new();

        public string? Note { get; set; }

        public List<RawEvidence> Evidence { get; } = new();
    }

    internal sealed class RawEvidence
    {
        public RawEvidence(MappingReader reader) => Reader = reader;

        public MappingReader Reader { get; }

        public YamlNode? SourceNode { get; set; }

        public RawSource? Source { get; set; }

        public YamlNode? QuoteNode { get; set; }

        /// <summary>The quote after <see cref="NormalizedText.Normalize"/>, computed once for every check.</summary>
        public string? NormalizedQuote { get; set; }

        public QuoteMatch? Match { get; set; }
    }
}
