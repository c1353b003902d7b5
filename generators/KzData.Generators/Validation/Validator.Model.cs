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

            var entityModels = emittedEntities.Select(e => e.Model with { MemberOf = Indexes(e.MemberOf, entityIndex) });

            var factModels = emittedFacts.Select(f => f.Model with
            {
                Entities = Indexes(f.Entities.Select(e => e.Entity), entityIndex),
                AttributedTo = IndexOrNone(f.AttributedTo, entityIndex),
                Claimant = IndexOrNone(Claimant(f), entityIndex),
                AsOf = AsOf(f),
                ConflictsWith = Indexes(f.ConflictsWith.Select(c => c.Fact), factIndex),
                Evidence = f.Evidence
                    .Where(e => e.Source is not null && sourceIndex.ContainsKey(e.Source) && e.QuoteNode is not null)
                    .Select(e => new EvidenceModel(sourceIndex[e.Source!], e.QuoteNode!.Value, e.Match?.Line ?? 0, e.Match?.Start ?? 0, e.Match?.Length ?? 0))
                    .ToEquatableArray(),
            });

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

        private static EquatableArray<int> Indexes<T>(IEnumerable<T> items, Dictionary<T, int> index)
            where T : class =>
            items.Where(index.ContainsKey).Select(i => index[i]).ToEquatableArray();
    }
}
