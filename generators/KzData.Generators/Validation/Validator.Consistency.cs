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
            var taken = Taken("Sources", sources.Count);
            foreach (var source in sources)
            {
                source.Emit = source.Emit && NameIsFree(taken, source.Id!, "source");
            }

            taken = Taken("Entities", entities.Count);
            foreach (var entity in entities)
            {
                entity.Emit = entity.Emit && NameIsFree(taken, entity.Id!, "entity");
            }

            // A renamed or merged fact keeps its old member (obsolete) in Facts, so its id takes a name there too.
            taken = Taken("Facts", facts.Count + retired.Count);
            foreach (var fact in facts)
            {
                fact.Emit = fact.Emit && NameIsFree(taken, fact.Id!, "fact");
            }

            foreach (var entry in retired)
            {
                entry.Emit = entry.Emit && (entry.ReplacedBy is null || NameIsFree(taken, entry.Id!, "fact"));
            }
        }

        /// <summary>The member names a generated class already has: its own and object's; room for <paramref name="items"/> more.</summary>
        private static Dictionary<string, string> Taken(string className, int items)
        {
            var taken = new Dictionary<string, string>(items + ReservedMembers.Length + 1, System.StringComparer.Ordinal) { [className] = $"the class {className}" };
            foreach (var reserved in ReservedMembers)
            {
                taken[reserved] = $"object.{reserved}";
            }

            return taken;
        }

        /// <summary>Takes the C# name of an id; false (reported) when an earlier item or a reserved member has it.</summary>
        private bool NameIsFree(Dictionary<string, string> taken, YamlNode id, string what)
        {
            var name = Names.ToPascalCase(id.Value);
            if (taken.TryGetValue(name, out var owner))
            {
                Report(DiagnosticDescriptors.NameCollision, id.Location, what, id.Value, name, owner);
                return false;
            }

            taken[name] = id.Value;
            return true;
        }
    }
}
