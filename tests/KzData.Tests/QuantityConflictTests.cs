namespace KzData.Tests;

/// <summary>
/// The rule for a conflict between figures. Two facts that both state a quantity may be linked by
/// <c>conflicts-with</c> only when their figures cannot both be true: the same unit, and ranges that do
/// NOT overlap, where a figure v covers
/// <list type="bullet">
/// <item><c>exact</c>: [v, v]</item>
/// <item><c>about</c>: [0.9 v, 1.1 v] (±10%)</item>
/// <item><c>at-least</c>: [v, ∞)</item>
/// <item><c>at-most</c>: [0, v] (figures are counts and shares, never negative)</item>
/// </list>
/// (ranges closed: touching ranges overlap). Figures in different units are not comparable, so they are
/// never a conflict between quantities; compatible figures are not one either (at least 200,000 and about
/// 353,000 people can both be true): such facts are kept side by side, unlinked.
/// </summary>
internal static class QuantityConflict
{
    /// <summary>The share of the figure an <c>about</c> bound allows either way.</summary>
    public const decimal AboutTolerance = 0.10m;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> contradict each other under the rule.</summary>
    public static bool Conflicts(Quantity a, Quantity b) =>
        string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) && !Overlap(Range(a), Range(b));

    /// <summary>The values a figure allows; <c>High</c> is null when unbounded.</summary>
    public static (decimal Low, decimal? High) Range(Quantity quantity) => quantity.Bound switch
    {
        QuantityBound.Exact => (quantity.Value, quantity.Value),
        QuantityBound.About => (quantity.Value * (1 - AboutTolerance), quantity.Value * (1 + AboutTolerance)),
        QuantityBound.AtLeast => (quantity.Value, null),
        QuantityBound.AtMost => (0, quantity.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity.Bound, "a quantity bound this rule does not know"),
    };

    private static bool Overlap((decimal Low, decimal? High) x, (decimal Low, decimal? High) y) =>
        (x.High is not { } xHigh || y.Low <= xHigh) && (y.High is not { } yHigh || x.Low <= yHigh);
}

public sealed class QuantityConflictTests
{
    /// <summary>"about 20 percent" -> 20 percent, about (bound, figure, unit, as the fact file writes them).</summary>
    private static Quantity Q(string text)
    {
        var parts = text.Split(' ', 3);
        var bound = Enum.GetValues<QuantityBound>().Single(b => Vocabularies.NameOf(b) == parts[0]);
        return new Quantity(decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2], bound);
    }

    private static Quantity Q(decimal value, QuantityBound bound) => new(value, "people", bound);

    [Theory]
    // The dataset's own once-linked pairs: both figures can hold, so they are not a conflict.
    [InlineData("at-least 18 percent", "about 20 percent")]
    [InlineData("at-least 200000 people", "about 353000 people")]
    [InlineData("exact 100 people", "exact 100 people")]
    [InlineData("about 100 people", "exact 110 people")]
    [InlineData("about 100 people", "exact 90 people")]
    [InlineData("about 100 people", "about 121 people")]
    [InlineData("at-most 75 percent", "exact 75 percent")]
    [InlineData("at-most 50 people", "at-least 40 people")]
    [InlineData("at-least 10 people", "at-least 1000000 people")]
    [InlineData("at-most 10 people", "exact 0 people")]
    // Different units: not comparable, so not a conflict between figures.
    [InlineData("exact 6 countries", "exact 9 member states")]
    [InlineData("about 20 percent", "exact 2000 people")]
    public void Compatible_figures_are_no_conflict_either_way(string a, string b)
    {
        QuantityConflict.Conflicts(Q(a), Q(b)).ShouldBeFalse($"{a} vs {b}");
        QuantityConflict.Conflicts(Q(b), Q(a)).ShouldBeFalse($"{b} vs {a}");
    }

    [Theory]
    [InlineData("exact 6 countries", "exact 9 countries")]
    [InlineData("about 37 percent", "about 18 percent")]
    [InlineData("about 100 people", "exact 111 people")]
    [InlineData("about 100 people", "exact 89 people")]
    [InlineData("about 100 people", "about 125 people")]
    [InlineData("at-most 50 people", "at-least 60 people")]
    [InlineData("at-most 75 percent", "exact 80 percent")]
    [InlineData("at-least 200000 people", "about 98000 people")]
    public void Incompatible_figures_are_a_conflict_either_way(string a, string b)
    {
        QuantityConflict.Conflicts(Q(a), Q(b)).ShouldBeTrue($"{a} vs {b}");
        QuantityConflict.Conflicts(Q(b), Q(a)).ShouldBeTrue($"{b} vs {a}");
    }

    [Fact]
    public void The_rule_knows_every_bound()
    {
        foreach (var bound in Enum.GetValues<QuantityBound>())
        {
            Should.NotThrow(() => QuantityConflict.Range(Q(1, bound)), bound.ToString());
        }
    }

    [Fact]
    public void Every_conflict_link_between_quantities_is_a_conflict_of_figures()
    {
        // The rule's premise on the real data: figures are never negative.
        Dataset.Facts.Select(f => f.Quantity).OfType<Quantity>().ShouldAllBe(q => q.Value >= 0);

        var links = Dataset.Facts
            .Where(f => f.Quantity is not null)
            .SelectMany(f => f.ConflictsWith.Where(o => o.Quantity is not null).Select(o => (Fact: f, Other: o)))
            .ToList();
        foreach (var (fact, other) in links)
        {
            QuantityConflict.Conflicts(fact.Quantity!, other.Quantity!).ShouldBeTrue(
                $"{fact.Id} ({fact.Quantity}) conflicts-with {other.Id} ({other.Quantity}), but both figures can be true: unlink them");
        }

        // The pairs the curators unlinked are compatible under the rule, as they decided.
        QuantityConflict.Conflicts(Facts.EthnicRussianShare18Percent.Quantity!, Facts.EthnicRussianShareAbout20Percent.Quantity!).ShouldBeFalse();
        QuantityConflict.Conflicts(Facts.RussiansArrivedAfterMobilization200000.Quantity!, Facts.RussiansTemporarilyStaying353000.Quantity!).ShouldBeFalse();
        Facts.EthnicRussianShare18Percent.ConflictsWith.ShouldNotContain(Facts.EthnicRussianShareAbout20Percent);
        Facts.RussiansArrivedAfterMobilization200000.ConflictsWith.ShouldNotContain(Facts.RussiansTemporarilyStaying353000);
    }
}
