using System.Collections.Generic;
using System.Linq;
using KzData.Generators.Common;
using KzData.Generators.Model;

namespace KzData.Generators.Validation
{
    // Builds the emission model from what validated. Items without a usable id are left out and
    // unresolved references dropped, so a broken file still yields compilable (partial) output.
    internal sealed partial class Validator
    {
        private DatasetModel BuildModel()
        {
            var emittedSources = sources.Where(s => s.Emit).ToList();
            var emittedEntities = entities.Where(e => e.Emit).ToList();
            var emittedFacts = facts.Where(f => f.Emit).ToList();
            var sourceIndex = IndexOf(emittedSources);
            var entityIndex = IndexOf(emittedEntities);
            var factIndex = IndexOf(emittedFacts);

            var sourceModels = emittedSources.Select(s => s.Model with
            {
                Text = s.Seed?.Original ?? string.Empty,
                Author = IndexOrNone(s.Author, entityIndex),
                Publisher = IndexOrNone(s.Publisher, entityIndex),
            });

            var entityModels = emittedEntities.Select(e => e.Model with { MemberOf = Indexes(e.MemberOf, m => m, entityIndex) });

            var factModels = new List<FactModel>(emittedFacts.Count);
            foreach (var f in emittedFacts)
            {
                factModels.Add(f.Model with
                {
                    Entities = Indexes(f.Entities, e => e.Entity, entityIndex),
                    AttributedTo = IndexOrNone(f.AttributedTo, entityIndex),
                    Claimant = IndexOrNone(Claimant(f), entityIndex),
                    AsOf = AsOf(f),
                    ConflictsWith = Indexes(f.ConflictsWith, c => c.Fact, factIndex),
                    Evidence = Evidence(f, sourceIndex),
                });
            }

            var retiredModels = retired.Where(r => r.Emit).Select(r => new RetiredModel
            {
                Id = r.Id!.Value,
                ReplacedBy = IndexOrNone(r.ReplacedBy, factIndex),
                Reason = r.Reason,
            });

            return new DatasetModel(sourceModels.ToEquatableArray(), entityModels.ToEquatableArray(), factModels.ToEquatableArray())
            {
                Retired = retiredModels.ToEquatableArray(),
            };
        }

        private static Dictionary<T, int> IndexOf<T>(List<T> items)
            where T : class
        {
            var index = new Dictionary<T, int>();
            for (var i = 0; i < items.Count; i++)
            {
                index[items[i]] = i;
            }

            return index;
        }

        private static int IndexOrNone<T>(T? item, Dictionary<T, int> index)
            where T : class => item is not null && index.TryGetValue(item, out var i) ? i : -1;

        /// <summary>The indexes of the emitted targets of a list's items; a loop, as it runs for every fact.</summary>
        private static EquatableArray<int> Indexes<TItem, T>(List<TItem> items, System.Func<TItem, T> target, Dictionary<T, int> index)
            where T : class
        {
            if (items.Count == 0)
            {
                return EquatableArray<int>.Empty;
            }

            var indexes = new List<int>(items.Count);
            foreach (var item in items)
            {
                if (index.TryGetValue(target(item), out var i))
                {
                    indexes.Add(i);
                }
            }

            return indexes.ToEquatableArray();
        }

        /// <summary>The fact's quotes whose source is emitted, with where each was found (0s when it was not).</summary>
        private static EquatableArray<EvidenceModel> Evidence(RawFact fact, Dictionary<RawSource, int> sourceIndex)
        {
            var evidence = new List<EvidenceModel>(fact.Evidence.Count);
            foreach (var e in fact.Evidence)
            {
                if (e.Source is not null && e.QuoteNode is not null && sourceIndex.TryGetValue(e.Source, out var source))
                {
                    evidence.Add(new EvidenceModel(source, e.QuoteNode.Value, e.Match?.Line ?? 0, e.Match?.Start ?? 0, e.Match?.Length ?? 0));
                }
            }

            return evidence.ToEquatableArray();
        }
    }
}
