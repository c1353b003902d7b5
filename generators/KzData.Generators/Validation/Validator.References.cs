using System.Collections.Generic;
using System.Linq;
using KzData.Common;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Model;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // References: unique ids, seed files, and every id a fact or entity points at.
    internal sealed partial class Validator
    {
        private void ResolveSources()
        {
            Index(sources, s => s.Id, sourcesById, "source", (s, emit) => s.Emit = emit);
            foreach (var source in sources)
            {
                source.Author = ResolveRole(source.AuthorNode, Schema.Person, DiagnosticDescriptors.AuthorNotPerson);
                source.Publisher = ResolveRole(source.PublisherNode, Schema.Media, DiagnosticDescriptors.PublisherNotMedia);
                if (source.File is null)
                {
                    continue;
                }

                if (seeds.TryGetValue(source.File.Value, out var seed))
                {
                    if (string.IsNullOrWhiteSpace(seed.Original))
                    {
                        // One error here instead of a "quote not found" for every quote citing it.
                        Report(DiagnosticDescriptors.EmptySeed, source.File.Location, source.File.Value);
                        continue;
                    }

                    source.Seed = seed;
                    continue;
                }

                if (refusedSeeds.TryGetValue(source.File.Value, out var refusal))
                {
                    // Never matched against, never quoted in a message, never emitted: its text was not even read.
                    Report(DiagnosticDescriptors.SeedRefused, source.File.Location, source.File.Value, refusal);
                    continue;
                }

                var suggestion = Suggestions.Nearest(source.File.Value, seeds.Keys.Select(k => (k, Enumerable.Empty<string>())));
                var hint = suggestion is not null ? Suggestions.DidYouMean(suggestion)
                    : seeds.Count == 0 ? "; the project passes no seeds/*.txt files as AdditionalFiles"
                    : "; known seeds: " + string.Join(", ", seeds.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
                Report(DiagnosticDescriptors.SeedMissing, source.File.Location, source.File.Value, hint);
            }
        }

        private void ResolveEntities()
        {
            Index(entities, e => e.Id, entitiesById, "entity", (e, emit) => e.Emit = emit);
            foreach (var entity in entities)
            {
                ReportDuplicates(entity.MemberOfNodes, "member-of");
                foreach (var node in entity.MemberOfNodes)
                {
                    var target = FindEntity(node);
                    if (target is null)
                    {
                        continue;
                    }

                    if (target == entity)
                    {
                        Report(DiagnosticDescriptors.SelfReference, node.Location, "entity", node.Value, "member-of");
                        continue;
                    }

                    if (target.KindValid && target.Model.Kind != Schema.Organization)
                    {
                        Report(DiagnosticDescriptors.MemberOfNotOrganization, node.Location, node.Value, target.Model.Kind);
                    }

                    target.Used = true;
                    if (!entity.MemberOf.Contains(target))
                    {
                        entity.MemberOf.Add(target);
                    }
                }
            }
        }

        private void ResolveFacts()
        {
            Index(facts, f => f.Id, factsById, "fact", (f, emit) => f.Emit = emit);
            foreach (var fact in facts)
            {
                ReportDuplicates(fact.EntityNodes, "entities");
                for (var i = 0; i < fact.EntityNodes.Count; i++)
                {
                    var node = fact.EntityNodes[i];
                    var entity = FindEntity(node);
                    if (entity is not null && !Holds(fact.Entities, entity))
                    {
                        entity.Used = true;
                        fact.Entities.Add((node, entity));
                    }
                }

                if (fact.AttributedToNode is not null)
                {
                    fact.AttributedTo = FindEntity(fact.AttributedToNode);
                    if (fact.AttributedTo is not null)
                    {
                        fact.AttributedTo.Used = true;
                    }
                }

                ReportDuplicates(fact.ConflictNodes, "conflicts-with");
                for (var i = 0; i < fact.ConflictNodes.Count; i++)
                {
                    var node = fact.ConflictNodes[i];
                    if (!factsById.TryGetValue(node.Value, out var other))
                    {
                        Report(DiagnosticDescriptors.UnknownFact, node.Location, node.Value, RetiredHint(node.Value) ?? Suggestions.DidYouMean(Suggestions.Nearest(node.Value, factsById.Keys)));
                    }
                    else if (other == fact)
                    {
                        Report(DiagnosticDescriptors.SelfReference, node.Location, "fact", node.Value, "conflicts-with");
                    }
                    else if (!Holds(fact.ConflictsWith, other))
                    {
                        fact.ConflictsWith.Add((node, other));
                    }
                }

                foreach (var evidence in fact.Evidence)
                {
                    if (evidence.SourceNode is null)
                    {
                        continue;
                    }

                    if (sourcesById.TryGetValue(evidence.SourceNode.Value, out var source))
                    {
                        evidence.Source = source;
                        source.Cited = true;
                    }
                    else
                    {
                        var suggestion = Suggestions.Nearest(evidence.SourceNode.Value, sourcesById.Keys);
                        Report(DiagnosticDescriptors.UnknownSource, evidence.SourceNode.Location, evidence.SourceNode.Value, Suggestions.DidYouMean(suggestion));
                    }
                }
            }
        }

        /// <summary>True when a resolved reference list already holds the target (a loop: it runs for every reference).</summary>
        private static bool Holds<T>(List<(YamlNode Node, T Target)> references, T target)
            where T : class
        {
            foreach (var reference in references)
            {
                if (reference.Target == target)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>For a reference to a retired fact id: where it went, or that it was removed.</summary>
        private string? RetiredHint(string id) =>
            retired.FirstOrDefault(r => r.Id?.Value == id) is not { } entry ? null
            : entry.ReplacedByNode is { } replacement ? $"; it is retired, replaced by '{replacement.Value}': refer to that fact"
            : "; it is retired (removed): drop the reference";

        /// <summary>An author or publisher: an entity of the expected kind, marked used.</summary>
        private RawEntity? ResolveRole(YamlNode? node, string kind, Microsoft.CodeAnalysis.DiagnosticDescriptor wrongKind)
        {
            var entity = node is null ? null : FindEntity(node);
            if (entity is null)
            {
                return null;
            }

            entity.Used = true;
            if (entity.KindValid && entity.Model.Kind != kind)
            {
                Report(wrongKind, node!.Location, node.Value, entity.Model.Kind);
            }

            return entity;
        }

        private RawEntity? FindEntity(YamlNode node)
        {
            if (entitiesById.TryGetValue(node.Value, out var entity))
            {
                return entity;
            }

            var candidates = entitiesById.Values.Select(e => (e.Id!.Value, e.Id.Value.Split('-').Concat(e.Aliases.Select(a => a.Value)).Concat(new[] { e.Model.Name })));
            Report(DiagnosticDescriptors.UnknownEntity, node.Location, node.Value, Suggestions.DidYouMean(Suggestions.Nearest(node.Value, candidates)));
            return null;
        }

        /// <summary>Indexes items by id, reporting duplicates; only the first of each id is emitted.</summary>
        private void Index<T>(List<T> items, System.Func<T, YamlNode?> id, Dictionary<string, T> byId, string what, System.Action<T, bool> setEmit)
        {
            foreach (var item in items)
            {
                var node = id(item);
                if (node is null)
                {
                    setEmit(item, false);
                    continue;
                }

                // The index holds the first item of each id, so it also tells where that id was first given.
                if (byId.TryGetValue(node.Value, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateId, node.Location, what, node.Value, id(first)!.Line);
                    setEmit(item, false);
                    continue;
                }

                byId[node.Value] = item;
                setEmit(item, true);
            }
        }
    }
}
