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
                    Report(DiagnosticDescriptors.WrongType, root.Location, "facts.yaml", "a mapping with the sections 'sources', 'entities' and 'facts'", root.Describe());
                }

                return;
            }

            var top = new MappingReader(root, "facts.yaml", Schema.Sections, diagnostics);
            ReadItems(top, "sources", "source", node => sources.Add(ReadSource(node)));
            ReadItems(top, "entities", "entity", node => entities.Add(ReadEntity(node)));
            ReadItems(top, "facts", "fact", node => facts.Add(ReadFact(node)));
        }

        private void ReadItems(MappingReader top, string section, string itemName, System.Action<YamlNode> read)
        {
            var list = top.Sequence(section);
            if (list is null)
            {
                return;
            }

            foreach (var item in list.Items)
            {
                if (item.Kind != YamlNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, itemName, "a mapping of keys (id: ..., ...)", item.Describe());
                    continue;
                }

                read(item);
            }
        }

        private MappingReader Reader(YamlNode node, string itemName, string[] keys, string[] required, params string[] except)
        {
            // Name the item before reading it, so every message about it says which one.
            var id = node.Pairs.FirstOrDefault(p => p.Key.Value == "id" && p.Value.Kind == YamlNodeKind.Scalar && !p.Value.IsNull)?.Value;
            var context = id is null ? $"{itemName} at line {Line(node)}" : $"{itemName} '{id.Value}'";
            var reader = new MappingReader(node, context, keys, diagnostics);
            reader.RequireAll(required, except);
            return reader;
        }

        private RawSource ReadSource(YamlNode node)
        {
            var reader = Reader(node, "source", Schema.SourceKeys, Schema.SourceRequired);
            return new RawSource(reader)
            {
                Id = ReadId(reader),
                File = reader.Scalar("file", required: true),
                Title = reader.Scalar("title", required: true)?.Value ?? string.Empty,
                TextQuality = ReadEnum(reader, "text-quality", "text-quality", Schema.TextQualities) ?? Schema.TextQualities[0],
                Note = reader.Scalar("note")?.Value,
            };
        }

        private RawEntity ReadEntity(YamlNode node)
        {
            var reader = Reader(node, "entity", Schema.EntityKeys, Schema.EntityRequired);
            var kind = ReadEnum(reader, "kind", "entity kind", Schema.EntityKinds);
            var entity = new RawEntity(reader)
            {
                Id = ReadId(reader),
                Kind = kind ?? Schema.EntityKinds[0],
                KindValid = kind is not null,
                Name = reader.Scalar("name", required: true)?.Value ?? string.Empty,
                Description = reader.Scalar("description", required: true)?.Value ?? string.Empty,
                Aliases = reader.ScalarList("aliases"),
                MemberOfNodes = reader.ScalarList("member-of"),
            };
            ReportDuplicates(entity.Aliases, "aliases");
            foreach (var alias in entity.Aliases.Where(a => a.Value == entity.Name))
            {
                Report(DiagnosticDescriptors.DuplicateItem, alias.Location, alias.Value, "aliases and name");
            }

            entity.Spellings.Add(NormalizedText.Normalize(entity.Name));
            entity.Spellings.AddRange(entity.Aliases.Select(a => NormalizedText.Normalize(a.Value)));
            return entity;
        }

        private RawFact ReadFact(YamlNode node)
        {
            // A missing evidence list is reported as KZ3001 (fact without evidence), not as a missing key.
            var reader = Reader(node, "fact", Schema.FactKeys, Schema.FactRequired, "evidence");
            var fact = new RawFact(reader)
            {
                Id = ReadId(reader),
                Statement = reader.Scalar("statement", required: true)?.Value ?? string.Empty,
                Topic = ReadEnum(reader, "topic", "topic", Schema.Topics) ?? Schema.Topics[0],
                DateNode = reader.Scalar("date"),
                UntilNode = reader.Scalar("until"),

                AttributedToNode = reader.Scalar("attributed-to"),
                ConflictNodes = reader.ScalarList("conflicts-with"),
                Note = reader.Scalar("note")?.Value,
            };
            fact.Date = ReadDate(fact.DateNode);
            fact.Until = ReadDate(fact.UntilNode);
            var entityList = reader.Sequence("entities");
            fact.EntityNodes = reader.Items(entityList, "entities");
            if (fact.EntityNodes.Count == 0 && ((entityList is not null && entityList.Items.Count == 0) || reader.IsEmpty("entities")))
            {
                Report(DiagnosticDescriptors.EmptyValue, reader.KeyLocation("entities"), "entities");
            }

            ReadQuantity(fact);
            var evidence = reader.Sequence("evidence");
            foreach (var item in evidence?.Items ?? EquatableArray<YamlNode>.Empty)
            {
                if (item.Kind != YamlNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.WrongType, item.Location, "evidence item", "a mapping with 'source' and 'quote'", item.Describe());
                    continue;
                }

                var itemReader = new MappingReader(item, $"evidence of {reader.Context}", Schema.EvidenceKeys, diagnostics);
                itemReader.RequireAll(Schema.EvidenceKeys);
                fact.Evidence.Add(new RawEvidence(itemReader)
                {
                    SourceNode = itemReader.Scalar("source", required: true),
                    QuoteNode = itemReader.Scalar("quote", required: true),
                });
            }

            return fact;
        }

        private void ReadQuantity(RawFact fact)
        {
            var node = fact.Reader.Mapping("quantity");
            if (node is null)
            {
                return;
            }

            var reader = new MappingReader(node, $"quantity of {fact.Reader.Context}", Schema.QuantityKeys, diagnostics);
            reader.RequireAll(Schema.QuantityRequired);
            var valueNode = reader.Scalar("value", required: true);
            var unit = reader.Scalar("unit", required: true)?.Value ?? string.Empty;
            var bound = reader.Has("bound") ? ReadEnum(reader, "bound", "bound", Schema.Bounds) ?? "exact" : "exact";
            if (valueNode is null)
            {
                return;
            }

            if (!decimal.TryParse(valueNode.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Report(DiagnosticDescriptors.WrongType, valueNode.Location, "value", "a number such as 200000 or 18.5 (no separators)", $"'{valueNode.Value}'");
                return;
            }

            fact.QuantityValueNode = valueNode;
            fact.QuantityValue = value;
            fact.Quantity = new QuantityModel(value.ToString(CultureInfo.InvariantCulture), unit, bound);
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

        private string? ReadEnum(MappingReader reader, string key, string what, string[] allowed)
        {
            var node = reader.Scalar(key, required: true);
            if (node is null)
            {
                return null;
            }

            if (allowed.Contains(node.Value))
            {
                return node.Value;
            }

            var suggestion = Suggestions.Nearest(node.Value, allowed);
            Report(DiagnosticDescriptors.UnknownEnumValue, node.Location, what, node.Value, Suggestions.DidYouMean(suggestion), string.Join(", ", allowed));
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

        private void ReportDuplicates(List<YamlNode> items, string listName)
        {
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
