using System.Globalization;
using System.Text.RegularExpressions;

namespace KzData.Tests;

/// <summary>
/// The rule that keeps a date no more precise than its support, as far as a machine can check it: a
/// day-precise <c>date</c> or <c>until</c> must name its day in writing. One of the fact's quotes, or its
/// note, names that day of that month: the day number next to the month's name, either way round, alone
/// or in a range ("24 February", "February 24, 2022", "on 1 August", "10-11 May", "May 10 and 11",
/// "23-27 September", "27 September - 10 November 2020"), or the ISO date itself. So a day the articles
/// do not give is taken from the record only with a note that says which day the record gives (and,
/// by the curation rules, where from). Year- and month-precise dates are not checked: articles give
/// those through context ("this fall", "in early March") more often than in words a test can match.
/// </summary>
internal static class DaySupport
{
    private const string Ordinal = "(?:st|nd|rd|th)?";
    private const string Joint = @"\s*(?:-|–|—|and|to|or)\s*";
    private const string OtherDay = @"\d{1,2}" + Ordinal;

    /// <summary>Whether <paramref name="date"/> is supported by <paramref name="texts"/>; true for a date coarser than a day.</summary>
    public static bool IsSupported(PartialDate date, IEnumerable<string?> texts)
    {
        if (date is not { Month: { } month, Day: { } day })
        {
            return true;
        }

        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var abbreviation = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
        // Month names are capitalised, so "may" the verb is not May; "Sept." and "Sep" too.
        var monthName = $@"(?:{name}|{(month == 9 ? "Sept|" : "")}{abbreviation})\b\.?";
        var theDay = $@"(?<!\d)0?{day}{Ordinal}(?!\d)";

        // "[10-]11[-12] May" and "May [10 and ]11[-12]": the day alone, or either end of a range.
        var dayFirst = new Regex($@"(?<!\d)(?:{OtherDay}{Joint})?{theDay}(?:{Joint}{OtherDay})?\s+(?:of\s+)?{monthName}");
        var monthFirst = new Regex($@"\b{monthName}\s+(?:{OtherDay}{Joint})?{theDay}");
        var iso = date.ToString();

        return texts.OfType<string>().Any(text => text.Contains(iso, StringComparison.Ordinal) || dayFirst.IsMatch(text) || monthFirst.IsMatch(text));
    }

    /// <summary>The texts that may support a fact's dates: its quotes and its note.</summary>
    public static IEnumerable<string?> Support(Fact fact) => fact.Evidence.Select(e => e.Quote).Append(fact.Note);
}

public sealed class DatePrecisionTests
{
    [Fact]
    public void Every_day_precise_date_names_its_day_in_a_quote_or_the_note()
    {
        var checkedDates = 0;
        foreach (var fact in Dataset.Facts)
        {
            foreach (var (key, date) in new[] { ("date", fact.Date), ("until", fact.Until) })
            {
                if (date is { Day: not null } day)
                {
                    checkedDates++;
                    DaySupport.IsSupported(day, DaySupport.Support(fact)).ShouldBeTrue(
                        $"{fact.Id}: {key} {day} is day-precise, but no quote or note names that day; say in the note which day the record gives, or make it {day.Year}-{day.Month:00}");
                }
            }
        }

        checkedDates.ShouldBeGreaterThan(0, "the dataset has day-precise dates to check");
    }

    [Theory]
    [InlineData("2022-02-24", "Since the Russian invasion of Ukraine on February 24, 2022")]
    [InlineData("2022-04-10", "The population organized a festival on April 10 to collect donations for Kiev.")]
    [InlineData("2022-05-10", "a strategic partnership treaty with Turkey was concluded on May 10 and 11, 2022")]
    [InlineData("2022-05-11", "a strategic partnership treaty with Turkey was concluded on May 10 and 11, 2022")]
    [InlineData("2022-05-11", "Record: during Tokayev's official visit of 10-11 May 2022 the two presidents signed")]
    [InlineData("2022-09-23", "Record: the referendums were held on 23-27 September 2022")]
    [InlineData("2022-09-27", "Record: the referendums were held on 23-27 September 2022")]
    [InlineData("2020-09-27", "the 2020 Nagorno-Karabakh war, 27 September - 10 November 2020 (record)")]
    [InlineData("2020-11-10", "the 2020 Nagorno-Karabakh war, 27 September - 10 November 2020 (record)")]
    [InlineData("2022-09-27", "Tokayev said it on Tuesday 27 September 2022, at a meeting in Turkistan region")]
    [InlineData("2022-08-01", "the post appeared on the evening of 1 August 2022")]
    [InlineData("2022-09-21", "the record dates the decree to 21st of September")]
    [InlineData("2022-09-21", "decree of Sept. 21, 2022")]
    [InlineData("2022-09-21", "decree (record: 2022-09-21)")]
    [InlineData("2022-03", "no day at all: month-precise dates are not this rule's business")]
    [InlineData("2022", "nor years")]
    public void A_text_naming_the_day_supports_it(string date, string text) =>
        DaySupport.IsSupported(PartialDate.Parse(date), [text]).ShouldBeTrue($"{date}: {text}");

    [Theory]
    [InlineData("2022-04-10", "The population organized a festival in April to collect donations for Kiev.")]
    [InlineData("2022-09-21", "The record dates Putin's partial-mobilisation decree to September 2022.")]
    [InlineData("2022-09-21", "The record dates the decree to 21 October 2022.")]
    [InlineData("2022-09-02", "Tokayev announced it in September 2022.")]
    [InlineData("2022-09-20", "Published in September 2022.")]
    [InlineData("2022-09-22", "On 2022 September the vote was held.")]
    [InlineData("2022-09-01", "In 11 September and 21 September.")]
    [InlineData("2022-05-12", "concluded on May 10 and 11, 2022")]
    [InlineData("2022-09-28", "Record: the referendums were held on 23-27 September 2022")]
    [InlineData("2022-03-05", "mid-March 2022, 5 days later")]
    [InlineData("2022-05-10", "the ministry said 10 may be too many")]
    public void A_text_without_the_day_does_not(string date, string text) =>
        DaySupport.IsSupported(PartialDate.Parse(date), [text]).ShouldBeFalse($"{date}: {text}");

    [Fact]
    public void A_day_precise_date_without_support_is_caught_on_a_real_fact()
    {
        // Counter-example made from real data: the festival fact's quote with its day taken out.
        var fact = Facts.FestivalApril10DonationsForKyiv;
        DaySupport.IsSupported(fact.Date!.Value, DaySupport.Support(fact)).ShouldBeTrue();

        var stripped = DaySupport.Support(fact).Select(t => t?.Replace("on April 10", "in April", StringComparison.Ordinal)).ToList();
        stripped.ShouldNotBe(DaySupport.Support(fact).ToList(), "the counter-example changed the quote");
        DaySupport.IsSupported(fact.Date!.Value, stripped).ShouldBeFalse();

        // And a note that names the day puts it back.
        DaySupport.IsSupported(fact.Date!.Value, stripped.Append("The record dates the festival to 10 April 2022.")).ShouldBeTrue();
    }
}
