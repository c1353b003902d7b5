using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzData.Common;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // Shape: sections, keys, value kinds, id format, enum values, dates.
    internal sealed partial class Validator
    {
        private void ReadSections(YamlNode root)
        {
            if (root.Kind != YamlNodeKind.Mapping)
            {
                if (!root.IsNull)
                {
                    Report(DiagnosticDescriptors.WrongType, root.Location, "facts.yaml", "a mapping with the sections " + string.Join(", ", Schema.SectionNames.Select(n => $"'{n}'")), root.Describe());
                }
                else
                {
                    // Empty, comment-only or '~': an empty dataset must not build green.
                    Report(DiagnosticDescriptors.EmptySection, LocationInfo.FileStart(path), "facts.yaml", "empty", "the sections 'sources', 'entities' and 'facts', each with at least one item");
                }

                return;
            }

            var top = new MappingReader(root, "facts.yaml", Schema.SectionNames, diagnostics);
            ReadItems(top, "sources", "source", node => sources.Add(ReadSource(node)));
            ReadItems(top, "entities", "entity", node => entities.Add(ReadEntity(node)));
            ReadItems(top, "facts", "fact", node => facts.Add(ReadFact(node)));
            ReadItems(top, "retired", "retired entry", node => retired.Add(ReadRetired(node)), required: false);
            factsSection = top.KeyLocation("facts");
        }

        private RawRetired ReadRetired(YamlNode node)
        {
            var reader = Reader(node, Schema.Retired);
            return new RawRetired
            {
                Id = ReadId(reader),
                ReplacedByNode = reader.Scalar("replaced-by", required: true),
                Reason = reader.Scalar("reason", required: true)?.Value ?? string.Empty,
            };
        }

        /// <summary>The items of a section; a required section (sources, entities, facts) missing or empty is KZ1020.</summary>
        private void ReadItems(MappingReader top, string section, string itemName, System.Action<YamlNode> read, bool required = true)
        {
            var list = top.Sequence(section);
            if (required && (list is null || list.Items.Count == 0))
            {
                // A section that is present with a value of the wrong kind is already reported (KZ1004).
                var state = !top.Has(section) ? "missing" : top.IsEmpty(section) || list is not null ? "empty" : null;
                if (state is not null)
                {
                    var where = top.Has(section) ? top.KeyLocation(section) : LocationInfo.FileStart(path);
                    Report(DiagnosticDescriptors.EmptySection, where, $"section '{section}'", state, $"at least one {itemName}");
                }

                return;
            }

            foreach (var item in list?.Items ?? EquatableArray<YamlNode>.Empty)
            {
                if (item.Kind != YamlNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, itemName, "a mapping of keys (id: ..., ...)", item.Describe());
                    continue;
                }

                read(item);
            }
        }

        /// <summary>The terms of the item being read (see <see cref="ReadTerms"/>).</summary>
        private readonly List<TermModel> termScratch = new();

        private MappingReader Reader(YamlNode node, Shape shape, params string[] except)
        {
            // The item is named (by id, else line) in every message about it, when one is reported.
            var reader = MappingReader.ForItem(node, shape.Name, shape.KeyNames, diagnostics);
            reader.RequireAll(shape.RequiredNames, except);
            return reader;
        }

        private RawSource ReadSource(YamlNode node)
        {
            var reader = Reader(node, Schema.Source);
            var source = new RawSource
            {
                Id = ReadId(reader),
                File = reader.Scalar("file", required: true),
                AuthorNode = reader.Scalar("author"),
                PublisherNode = reader.Scalar("publisher", required: true),
            };
            source.Model = new SourceModel
            {
                Id = source.Id?.Value ?? string.Empty,
                File = source.File?.Value ?? string.Empty,
                Title = reader.Scalar("title", required: true)?.Value ?? string.Empty,
                TextQuality = ReadTerm(reader, "text-quality", "text-quality", Schema.TextQuality) ?? Schema.TextQuality.TermNames[0],
                Note = reader.Scalar("note")?.Value,
                Published = ReadDate(reader.Scalar("published", required: true)),
            };
            return source;
        }

        private RawEntity ReadEntity(YamlNode node)
        {
            var reader = Reader(node, Schema.Entity);
            var kind = ReadTerm(reader, "kind", "entity kind", Schema.EntityKind);
            var entity = new RawEntity
            {
                Id = ReadId(reader),
                KindValid = kind is not null,
                Aliases = reader.ScalarList("aliases"),
                MemberOfNodes = reader.ScalarList("member-of"),
            };
            entity.Model = new EntityModel
            {
                Id = entity.Id?.Value ?? string.Empty,
                Kind = kind ?? Schema.EntityKind.TermNames[0],
                Name = reader.Scalar("name", required: true)?.Value ?? string.Empty,
                Description = reader.Scalar("description", required: true)?.Value ?? string.Empty,
                Aliases = entity.Aliases.Select(a => a.Value).ToEquatableArray(),
            };
            ReportDuplicates(entity.Aliases, "aliases");
            foreach (var alias in entity.Aliases.Where(a => a.Value == entity.Model.Name))
            {
                Report(DiagnosticDescriptors.DuplicateItem, alias.Location, alias.Value, "aliases and name");
            }

            entity.Spellings.Add(NormalizedText.Normalize(entity.Model.Name));
            entity.Spellings.AddRange(entity.Aliases.Select(a => NormalizedText.Normalize(a.Value)));
            return entity;
        }

        private RawFact ReadFact(YamlNode node)
        {
            // A missing evidence list is reported as KZ3001 (fact without evidence), not as a missing key.
            var reader = Reader(node, Schema.Fact, "evidence");
            var fact = new RawFact(reader)
            {
                Id = ReadId(reader),
                DateNode = reader.Scalar("date"),
                UntilNode = reader.Scalar("until"),
                AttributedToNode = reader.Scalar("attributed-to"),
                ConflictNodes = reader.ScalarList("conflicts-with"),
                KindNode = reader.Scalar("kind"),
                StatementNode = reader.Scalar("statement", required: true),
                HedgeWaiverNode = reader.Scalar("hedge-waiver", required: true),
            };
            fact.Model = new FactModel
            {
                Id = fact.Id?.Value ?? string.Empty,
                Statement = fact.StatementNode?.Value ?? string.Empty,
                Terms = ReadTerms(reader, Schema.Fact),
                Date = ReadDate(fact.DateNode),
                Until = ReadDate(fact.UntilNode),
                Quantity = ReadQuantity(fact),
                Note = reader.Scalar("note")?.Value,
            };
            var entityList = reader.Sequence("entities");
            fact.EntityNodes = reader.Items(entityList, "entities");
            if (fact.EntityNodes.Count == 0 && ((entityList is not null && entityList.Items.Count == 0) || reader.IsEmpty("entities")))
            {
                Report(DiagnosticDescriptors.EmptyValue, reader.KeyLocation("entities"), "entities");
            }

            var evidence = reader.Sequence("evidence");
            foreach (var item in evidence?.Items ?? EquatableArray<YamlNode>.Empty)
            {
                if (item.Kind != YamlNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, "evidence item", "a mapping with 'source' and 'quote'", item.Describe());
                    continue;
                }

                var itemReader = MappingReader.Nested(item, "evidence of ", reader, Schema.Evidence.KeyNames, diagnostics);
                itemReader.RequireAll(Schema.Evidence.RequiredNames);
                fact.Evidence.Add(new RawEvidence
                {
                    SourceNode = itemReader.Scalar("source", required: true),
                    QuoteNode = itemReader.Scalar("quote", required: true),
                });
            }

            return fact;
        }

        private QuantityModel? ReadQuantity(RawFact fact)
        {
            var node = fact.Reader.Mapping("quantity");
            if (node is null)
            {
                return null;
            }

            var reader = MappingReader.Nested(node, "quantity of ", fact.Reader, Schema.Quantity.KeyNames, diagnostics);
            reader.RequireAll(Schema.Quantity.RequiredNames);
            var valueNode = reader.Scalar("value", required: true);
            var unit = reader.Scalar("unit", required: true)?.Value ?? string.Empty;
            var exact = Schema.QuantityBound.TermNames[0];
            var bound = reader.Has("bound") ? ReadTerm(reader, "bound", "bound", Schema.QuantityBound) ?? exact : exact;
            if (valueNode is null)
            {
                return null;
            }

            if (!decimal.TryParse(valueNode.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Report(DiagnosticDescriptors.WrongType, valueNode.Location, "value", "a number such as 200000 or 18.5 (no separators)", $"'{valueNode.Value}'");
                return null;
            }

            fact.QuantityValueNode = valueNode;
            fact.QuantityValue = value;
            return new QuantityModel(value.ToString(CultureInfo.InvariantCulture), unit, bound);
        }

        private YamlNode? ReadId(MappingReader reader)
        {
            var id = reader.Scalar("id", required: true);
            if (id is null)
            {
                return null;
            }

            if (!IdRegex.IsMatch(id.Value))
            {
                Report(DiagnosticDescriptors.BadId, id.Location, id.Value, Names.ToKebab(id.Value));
                return null;
            }

            return id;
        }

        /// <summary>
        /// Every closed-vocabulary key of the shape that the item has, by name; a required one that is missing is
        /// reported by the reader, an unknown term with its nearest neighbour.
        /// </summary>
        private EquatableArray<TermModel> ReadTerms(MappingReader reader, Shape shape)
        {
            // Into a reused list, copied once into the item's own array (not a list per item, then its copy).
            var terms = termScratch;
            terms.Clear();
            foreach (var key in shape.Keys)
            {
                if (key.Kind != ValueKind.Term || !(key.Required || reader.Has(key.Name)))
                {
                    continue;
                }

                if (ReadTerm(reader, key.Name, key.Vocabulary!.What, key.Vocabulary) is { } value)
                {
                    terms.Add(new TermModel(key.Name, value));
                }
            }

            return terms.ToEquatableArray();
        }

        /// <summary>A term of a closed vocabulary; an unknown one is reported with the nearest term and the allowed ones.</summary>
        private string? ReadTerm(MappingReader reader, string key, string what, Vocabulary vocabulary)
        {
            var node = reader.Scalar(key, required: true);
            if (node is null)
            {
                return null;
            }

            if (vocabulary.Contains(node.Value))
            {
                return node.Value;
            }

            var suggestion = Suggestions.Nearest(node.Value, vocabulary.TermNames);
            Report(DiagnosticDescriptors.UnknownEnumValue, node.Location, what, node.Value, Suggestions.DidYouMean(suggestion), string.Join(", ", vocabulary.TermNames));
            return null;
        }

        private DateModel? ReadDate(YamlNode? node)
        {
            if (node is null)
            {
                return null;
            }

            var date = PartialDates.TryParse(node.Value, out var error);
            if (date is null)
            {
                Report(DiagnosticDescriptors.BadDate, node.Location, node.Value, error);
            }

            return date;
        }

        private void ReportDuplicates(IReadOnlyList<YamlNode> items, string listName)
        {
            if (items.Count < 2)
            {
                return;
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(item.Value))
                {
                    Report(DiagnosticDescriptors.DuplicateItem, item.Location, item.Value, listName);
                }
            }
        }
    }
}
