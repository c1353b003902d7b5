using System.Linq;
using KzData.Common;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;

namespace KzData.Generators.Validation
{
    // Stable ids: forwarding entries of retired fact ids, and every released id still answering.
    internal sealed partial class Validator
    {
        /// <summary>
        /// Indexes retired ids; an id that is still a fact is refused (KZ2020). A replaced-by must name a fact:
        /// an unknown one is KZ2004 with the nearest fact id, a retired one (a chain) is KZ2021 naming where
        /// to point instead. Chains are refused, not resolved: every forward is one hop, as the file says.
        /// </summary>
        private void ResolveRetired()
        {
            Index(retired, r => r.Id, retiredById, "retired", (r, emit) => r.Emit = emit);
            foreach (var entry in retired.Where(r => r.Emit))
            {
                var id = entry.Id!;
                if (factsById.TryGetValue(id.Value, out var fact))
                {
                    Report(DiagnosticDescriptors.RetiredIdIsFact, id.Location, id.Value, fact.Id!.Line);
                    entry.Emit = false;
                    continue;
                }

                var node = entry.ReplacedByNode;
                if (node is null)
                {
                    continue;
                }

                if (node.Value == id.Value)
                {
                    Report(DiagnosticDescriptors.SelfReference, node.Location, "retired id", node.Value, "replaced-by");
                }
                else if (factsById.TryGetValue(node.Value, out var replacement))
                {
                    entry.ReplacedBy = replacement;
                }
                else if (retiredById.TryGetValue(node.Value, out var next))
                {
                    var hint = next.ReplacedByNode is { } further && further.Value != id.Value
                        ? $" (replaced by '{further.Value}'); forward '{id.Value}' straight to '{further.Value}'"
                        : $" and has no replacement; forward '{id.Value}' to the fact that states its claim, or drop replaced-by if none does";
                    Report(DiagnosticDescriptors.ReplacementRetired, node.Location, id.Value, node.Value, hint);
                }
                else
                {
                    Report(DiagnosticDescriptors.UnknownFact, node.Location, node.Value, Suggestions.DidYouMean(Suggestions.Nearest(node.Value, factsById.Keys)));
                }
            }
        }

        /// <summary>
        /// Every id of released-ids.txt is a fact or retired (KZ2022, at the facts section, where the fix goes).
        /// A new fact missing from the file is fine: it is released with the next release.
        /// </summary>
        private void CheckReleased()
        {
            var releasedIds = new System.Collections.Generic.HashSet<string>(this.released.Select(r => r.Id), System.StringComparer.Ordinal);
            foreach (var released in this.released)
            {
                if (!IdRegex.IsMatch(released.Id))
                {
                    Report(DiagnosticDescriptors.BadId, released.Location, released.Id, Names.ToKebab(released.Id));
                    continue;
                }

                if (factsById.ContainsKey(released.Id) || retiredById.ContainsKey(released.Id))
                {
                    continue;
                }

                var renamed = Suggestions.Nearest(released.Id, factsById.Keys.Where(k => !releasedIds.Contains(k)));
                var hint = renamed is null ? string.Empty : $"; if it was renamed to '{renamed}', forward it there with replaced-by: {renamed}";
                Report(DiagnosticDescriptors.ReleasedIdDropped, factsSection ?? LocationInfo.FileStart(path), released.Id, hint);
            }
        }
    }
}
