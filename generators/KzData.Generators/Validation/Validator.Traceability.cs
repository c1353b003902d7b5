using System.Collections.Generic;
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

                var quotes = NormalizedQuotes(fact);
                if (fact.QuantityValue is { } value && !StatesNumber(quotes, value))
                {
                    var found = quotes.SelectMany(NumberForms.Extract).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
                    Report(DiagnosticDescriptors.QuantityNotInQuote, fact.QuantityValueNode!.Location, fact.QuantityValueNode.Value, fact.Id?.Value ?? "?", found.Count == 0 ? "none" : string.Join(", ", found));
                }

                foreach (var (node, entity) in fact.Entities)
                {
                    if (!MentionsAny(quotes, entity.Spellings))
                    {
                        Report(DiagnosticDescriptors.EntityNotMentioned, node.Location, node.Value, fact.Id?.Value ?? "?");
                    }
                }
            }
        }

        /// <summary>The fact's normalised quotes, in file order (a fact has one or two: a list, not a query per check).</summary>
        private static List<string> NormalizedQuotes(RawFact fact)
        {
            var quotes = new List<string>(fact.Evidence.Count);
            foreach (var evidence in fact.Evidence)
            {
                if (evidence.NormalizedQuote is { } quote)
                {
                    quotes.Add(quote);
                }
            }

            return quotes;
        }

        private static bool StatesNumber(List<string> quotes, decimal value)
        {
            foreach (var quote in quotes)
            {
                if (NumberForms.Contains(quote, value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MentionsAny(List<string> quotes, List<string> spellings)
        {
            foreach (var name in spellings)
            {
                foreach (var quote in quotes)
                {
                    if (Mentions(quote, name))
                    {
                        return true;
                    }
                }
            }

            return false;
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
