using System.Globalization;
using System.Linq;
using KzData.Generators.Diagnostics;

namespace KzData.Generators.Validation
{
    // Traceability: every fact has evidence, every quote is in its article, quantities and
    // entities are borne out by the quotes.
    internal sealed partial class Validator
    {
        /// <summary>Below this many words a quote is too weak to trace (a warning).</summary>
        public const int MinimumQuoteWords = 6;

        private void CheckTraceability()
        {
            foreach (var fact in facts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (fact.Evidence.Count == 0)
                {
                    var where = fact.Reader.Has("evidence") ? fact.Reader.KeyLocation("evidence") : fact.Reader.Location;
                    Report(DiagnosticDescriptors.NoEvidence, where, fact.Id?.Value ?? fact.Reader.Context);
                    continue;
                }

                foreach (var evidence in fact.Evidence)
                {
                    CheckQuote(evidence);
                }

                var quotes = fact.Evidence.Select(e => e.NormalizedQuote).OfType<string>().ToList();
                if (fact.QuantityValue is { } value && !quotes.Any(q => NumberForms.Contains(q, value)))
                {
                    var found = quotes.SelectMany(NumberForms.Extract).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
                    Report(DiagnosticDescriptors.QuantityNotInQuote, fact.QuantityValueNode!.Location, fact.QuantityValueNode.Value, fact.Id?.Value ?? "?", found.Count == 0 ? "none" : string.Join(", ", found));
                }

                foreach (var (node, entity) in fact.Entities)
                {
                    if (!entity.Spellings.Any(name => quotes.Any(q => Mentions(q, name))))
                    {
                        Report(DiagnosticDescriptors.EntityNotMentioned, node.Location, node.Value, fact.Id?.Value ?? "?");
                    }
                }
            }
        }

        private void CheckQuote(RawEvidence evidence)
        {
            var quote = evidence.QuoteNode;
            var seed = evidence.Source?.Seed;
            if (quote is null)
            {
                return;
            }

            var normalized = NormalizedText.Normalize(quote.Value);
            evidence.NormalizedQuote = normalized;
            var words = QuoteMatcher.CountWords(normalized);
            if (words < MinimumQuoteWords)
            {
                Report(DiagnosticDescriptors.QuoteTooShort, quote.Location, words);
            }

            if (seed is null)
            {
                return;
            }

            evidence.Match = QuoteMatcher.FindNormalized(normalized, seed);
            if (evidence.Match is null)
            {
                var (line, passage) = QuoteMatcher.ClosestPassage(quote.Value, seed);
                Report(DiagnosticDescriptors.QuoteNotFound, quote.Location, evidence.Source!.Id?.Value, seed.FileName, line, passage);
            }
        }

        /// <summary>
        /// True when <paramref name="name"/> occurs in the quote at the start of a word. A prefix is enough
        /// ("Russia" in "Russian", "Russia's"); case matters, as proper names carry it.
        /// </summary>
        internal static bool Mentions(string quote, string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            var from = 0;
            while (from <= quote.Length - name.Length)
            {
                var at = quote.IndexOf(name, from, System.StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                if (at == 0 || !char.IsLetterOrDigit(quote[at - 1]))
                {
                    return true;
                }

                from = at + 1;
            }

            return false;
        }
    }
}
