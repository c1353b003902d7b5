using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KzData.Generators.Validation
{
    /// <summary>
    /// The hedge rule's vocabulary (documented in docs/diagnostics.md, KZ3010): words by which an article
    /// says it is not sure, and words by which a statement keeps that distance.
    /// </summary>
    internal static class Hedges
    {
        /// <summary>
        /// Hedges as the articles write them, including the synonym-spun forms of seed 003
        /// ("could also be" = may be, "would possibly" = might, "doubtlessly" = potentially).
        /// </summary>
        public static readonly string[] InQuotes =
        {
            "may", "might", "could", "possibly", "possible", "perhaps", "probably", "likely", "unlikely", "maybe",
            "reportedly", "allegedly", "apparently", "potentially", "doubtlessly", "presumably", "supposedly", "seemingly",
            "according to", "is said to", "are said to", "was said to", "appears to", "appear to", "seems to", "seem to",
            "is believed to", "are believed to", "is feared", "it is feared", "fears", "feared", "rumoured", "rumored",
            "estimated", "suggests", "indicate", "indicates",
        };

        /// <summary>A statement that says any of these keeps its distance: it hedges, or it says who claims it.</summary>
        public static readonly string[] InStatements = InQuotes.Concat(new[]
        {
            "said", "says", "say", "reported", "reports", "claimed", "claims", "alleged", "fear", "feared", "suggested",
            "expected", "believed", "believes", "estimates", "warned", "warns", "argued", "argues", "wrote", "writes",
            "called", "described", "denied", "threatened", "hinted", "view", "views", "assessment", "analysts", "analyst",
        }).Distinct().ToArray();

        private static readonly Regex QuoteHedge = Pattern(InQuotes);
        private static readonly Regex StatementHedge = Pattern(InStatements);

        /// <summary>The first hedge in a quote, or null.</summary>
        public static string? Find(string quote)
        {
            var match = QuoteHedge.Match(quote);
            return match.Success ? match.Value : null;
        }

        /// <summary>True when the statement keeps a hedge or names who claims it.</summary>
        public static bool Kept(string statement) => StatementHedge.IsMatch(statement);

        // Whole words only ("may" is not "mayor"), case-insensitive, longest phrases first; a capitalised
        // "May" is the month ("on May 10"), not a hedge. Compiled: it runs on every quote and statement, and the
        // interpreter took a fifth of validation on a large file.
        private static Regex Pattern(IEnumerable<string> words) => new(
            @"(?<![\p{L}\p{N}])(?!(?-i:May)(?![\p{L}\p{N}]))(" + string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
