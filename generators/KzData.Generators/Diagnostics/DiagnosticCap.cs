using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzData.Generators.Common;

namespace KzData.Generators.Diagnostics
{
    /// <summary>
    /// Keeps the first <see cref="PerId"/> diagnostics of each id and sums up the rest in one KZ1029 at the
    /// place of the first one left out: 20,000 duplicate facts give 101 diagnostics, not 20,000.
    /// </summary>
    internal static class DiagnosticCap
    {
        public const int PerId = 100;

        public static EquatableArray<DiagnosticInfo> Apply(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var list = diagnostics as IReadOnlyList<DiagnosticInfo> ?? diagnostics.ToList();
            var totals = list.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            if (totals.Values.All(n => n <= PerId))
            {
                return list.ToEquatableArray();
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var kept = new List<DiagnosticInfo>();
            foreach (var diagnostic in list)
            {
                seen.TryGetValue(diagnostic.Id, out var count);
                seen[diagnostic.Id] = ++count;
                if (count <= PerId)
                {
                    kept.Add(diagnostic);
                }
                else if (count == PerId + 1)
                {
                    var total = totals[diagnostic.Id];
                    kept.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyDiagnostics, diagnostic.Location, Number(total - PerId), diagnostic.Id, Number(total)));
                }
            }

            return kept.ToEquatableArray();
        }

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
