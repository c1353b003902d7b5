using System.Collections.Generic;
using System.Linq;
using KzData.Generators.Diagnostics;
using KzData.Common;
using KzData.Generators.Parsing;

namespace KzData.Generators.Validation
{
    // Consistency: periods, symmetric conflicts, unused items, C# names.
    internal sealed partial class Validator
    {
        /// <summary>Names a generated static class cannot use for a member (its own and object's members).</summary>
        private static readonly string[] ReservedMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

        private void CheckConsistency()
        {
            foreach (var fact in facts)
            {
                if (fact.Model.Date is { } date && fact.Model.Until is { } until && PartialDates.End(until) < PartialDates.Start(date))
                {
                    Report(DiagnosticDescriptors.UntilBeforeDate, fact.UntilNode!.Location, fact.UntilNode.Value, fact.DateNode!.Value);
                }

                foreach (var (node, other) in fact.ConflictsWith)
                {
                    if (fact.Id is not null && !other.ConflictNodes.Any(n => n.Value == fact.Id.Value))
                    {
                        Report(DiagnosticDescriptors.OneSidedConflict, node.Location, fact.Id.Value, node.Value);
                    }
                }
            }
        }

        private void CheckUsage()
        {
            foreach (var source in sources.Where(s => s.Emit && !s.Cited))
            {
                Report(DiagnosticDescriptors.SourceNeverCited, source.Id!.Location, source.Id.Value);
            }

            foreach (var entity in entities.Where(e => e.Emit && !e.Used))
            {
                Report(DiagnosticDescriptors.EntityNeverUsed, entity.Id!.Location, entity.Id.Value);
            }
        }

        private void CheckNames()
        {
            CheckNames(sources.Where(s => s.Emit).Select(s => (s.Id!, (System.Action)(() => s.Emit = false))), "source", "Sources");
            CheckNames(entities.Where(e => e.Emit).Select(e => (e.Id!, (System.Action)(() => e.Emit = false))), "entity", "Entities");
            // A renamed or merged fact keeps its old member (obsolete) in Facts, so its id takes a name there too.
            CheckNames(
                facts.Where(f => f.Emit).Select(f => (f.Id!, (System.Action)(() => f.Emit = false)))
                    .Concat(retired.Where(r => r.Emit && r.ReplacedBy is not null).Select(r => (r.Id!, (System.Action)(() => r.Emit = false)))),
                "fact",
                "Facts");
        }

        private void CheckNames(IEnumerable<(YamlNode Id, System.Action Exclude)> items, string what, string className)
        {
            var taken = new Dictionary<string, string>(System.StringComparer.Ordinal) { [className] = $"the class {className}" };
            foreach (var reserved in ReservedMembers)
            {
                taken[reserved] = $"object.{reserved}";
            }

            foreach (var (id, exclude) in items.ToList())
            {
                var name = Names.ToPascalCase(id.Value);
                if (taken.TryGetValue(name, out var owner))
                {
                    Report(DiagnosticDescriptors.NameCollision, id.Location, what, id.Value, name, owner);
                    exclude();
                    continue;
                }

                taken[name] = id.Value;
            }
        }
    }
}
