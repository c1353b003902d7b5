using System.Linq;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;
using KzData.Generators.Model;

namespace KzData.Generators.Validation
{
    // Claims: whose claim each fact is (a statement has a speaker, an assessment a claimant) and whether
    // an event keeps the hedges of its quotes. Runs after references and quotes are resolved.
    internal sealed partial class Validator
    {
        private void CheckClaims()
        {
            foreach (var fact in facts)
            {
                var id = fact.Id?.Value ?? fact.Reader.Context;
                switch (fact.Model.Kind)
                {
                    case Schema.Statement when fact.AttributedToNode is null:
                        Report(DiagnosticDescriptors.StatementWithoutSpeaker, KindLocation(fact), id);
                        break;
                    case Schema.Assessment when fact.AttributedToNode is null && DefaultClaimant(fact) is null:
                        var first = fact.Evidence.Select(e => e.Source).FirstOrDefault(s => s is not null);
                        var why = first is null ? "it cites no known source" : $"its first source '{first.Id?.Value}' names no author";
                        Report(DiagnosticDescriptors.AssessmentWithoutClaimant, KindLocation(fact), id, why);
                        break;
                }

                CheckHedge(fact, id);
            }
        }

        /// <summary>Where a claim's kind is given, else the fact.</summary>
        private static LocationInfo KindLocation(RawFact fact) => fact.KindNode?.Location ?? fact.Reader.Location;

        /// <summary>
        /// An assessment's claimant when it names none: the author of its first cited source. When that source is
        /// unsigned, nobody claims it by default: a later source's author must not silently take over another
        /// article's view (the curator names the claimant with attributed-to).
        /// </summary>
        private static RawEntity? DefaultClaimant(RawFact fact) =>
            fact.Evidence.Select(e => e.Source).FirstOrDefault(s => s is not null)?.Author;

        private static RawEntity? Claimant(RawFact fact) =>
            fact.AttributedTo ?? (fact.Model.Kind == Schema.Assessment ? DefaultClaimant(fact) : null);

        private void CheckHedge(RawFact fact, string id)
        {
            string? hedge = null;
            foreach (var evidence in fact.Evidence)
            {
                if (evidence.QuoteNode is not null && (hedge = Hedges.Find(evidence.QuoteNode.Value)) is not null)
                {
                    break;
                }
            }

            var flat = fact.Model.Kind == Schema.Event && hedge is not null && !Hedges.Kept(fact.Model.Statement);
            if (flat && fact.HedgeWaiverNode is null)
            {
                Report(DiagnosticDescriptors.HedgeDropped, fact.StatementNode?.Location ?? fact.Reader.Location, id, $"'{hedge}'");
            }
            else if (!flat && fact.HedgeWaiverNode is not null)
            {
                var why = fact.Model.Kind != Schema.Event ? $"the fact is {(fact.Model.Kind is null ? "not classified" : "a " + fact.Model.Kind)}, not an event"
                    : hedge is null ? "no quote of the fact hedges"
                    : "the statement keeps the hedge";
                Report(DiagnosticDescriptors.NeedlessHedgeWaiver, fact.Reader.KeyLocation("hedge-waiver"), id, why);
            }
        }

        /// <summary>
        /// The published date of the earliest cited source: when the fact was reported. Of equal starts the least
        /// precise date wins (a year over a month over a day), then the first cited.
        /// </summary>
        private static DateModel? AsOf(RawFact fact)
        {
            DateModel? earliest = null;
            foreach (var evidence in fact.Evidence)
            {
                if (evidence.Source?.Model.Published is not { } date)
                {
                    continue;
                }

                if (earliest is null)
                {
                    earliest = date;
                    continue;
                }

                var byStart = PartialDates.Start(date).CompareTo(PartialDates.Start(earliest));
                if (byStart < 0 || (byStart == 0 && Precision(date) < Precision(earliest)))
                {
                    earliest = date;
                }
            }

            return earliest;
        }

        private static int Precision(DateModel date) => date.Month == 0 ? 0 : date.Day == 0 ? 1 : 2;
    }
}
