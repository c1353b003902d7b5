using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KzData.Generators.Validation
{
    /// <summary>
    /// Reads the numbers a text states, in the forms news articles use: "200,000", "6940", "1.5",
    /// "353 thousand", "nineteen million", "80 percent", "40 %", "three-quarters", "a fifth".
    /// </summary>
    internal static class NumberForms
    {
        private static readonly Regex Digits = new(
            @"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*-?\s*(thousand|million|billion)\b)?",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
            ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
            ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
            ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
            ["dozen"] = 12,
        };

        private static readonly Regex Words = new(
            @"\b(" + string.Join("|", Units.Keys) + @")(?:[\s-]+(" + string.Join("|", Units.Keys) + @"))?(?:[\s-]+(hundred|thousand|million|billion))?\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly (Regex Pattern, decimal Fraction)[] Fractions =
        {
            (Fraction("three[- ]quarters?"), 0.75m),
            (Fraction("two[- ]thirds?"), 2m / 3m),
            (Fraction("(?:a|one)[- ]half|half"), 0.5m),
            (Fraction("(?:a|one)[- ]third"), 1m / 3m),
            (Fraction("(?:a|one)[- ]quarter"), 0.25m),
            (Fraction("(?:a|one)[- ]fifth"), 0.2m),
            (Fraction("(?:a|one)[- ]tenth"), 0.1m),
        };

        /// <summary>Every number the text states, including scaled forms ("353 thousand" gives 353 and 353000).</summary>
        public static IReadOnlyCollection<decimal> Extract(string text) => new SortedSet<decimal>(Stated(text));

        /// <summary>True when <paramref name="value"/> is stated by the text (fractions compared to 2 decimals).</summary>
        public static bool Contains(string text, decimal value)
        {
            // Stops at the first match: the usual quote states its number in digits, so the word and fraction
            // patterns are not even run.
            foreach (var number in Stated(text))
            {
                if (number == value || Math.Abs(number - value) < 0.01m && decimal.Round(value, 2) == decimal.Round(number, 2))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The numbers the text states, in pattern order (digits, words, fractions), repeats included.</summary>
        private static IEnumerable<decimal> Stated(string text)
        {
            for (var m = Digits.Match(text); m.Success; m = m.NextMatch())
            {
                if (!decimal.TryParse(m.Groups[1].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                yield return value;
                if (m.Groups[2].Success)
                {
                    yield return value * Scale(m.Groups[2].Value);
                }
            }

            for (var m = Words.Match(text); m.Success; m = m.NextMatch())
            {
                decimal value = Units[m.Groups[1].Value];
                if (m.Groups[2].Success)
                {
                    // "twenty five" / "twenty-five"; a second tens word ("twenty thirty") is not a number.
                    var second = Units[m.Groups[2].Value];
                    value = value >= 20 && second < 10 ? value + second : value;
                }

                yield return value;
                if (m.Groups[3].Success)
                {
                    yield return value * Scale(m.Groups[3].Value);
                }
            }

            foreach (var (pattern, fraction) in Fractions)
            {
                if (pattern.IsMatch(text))
                {
                    yield return decimal.Round(fraction, 4);
                    yield return decimal.Round(fraction * 100m, 2);
                }
            }
        }

        private static decimal Scale(string word) => word.ToLowerInvariant() switch
        {
            "hundred" => 100m,
            "thousand" => 1_000m,
            "million" => 1_000_000m,
            _ => 1_000_000_000m,
        };

        private static Regex Fraction(string pattern) =>
            new(@"\b(?:" + pattern + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
