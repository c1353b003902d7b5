namespace KzData.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2022")]
    [InlineData("2022-03")]
    [InlineData("2022-03-02")]
    [InlineData("2024-02-29")]
    public void Valid_dates_round_trip_as_iso(string text) => PartialDate.Parse(text).ToString().ShouldBe(text);

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("22-03")]
    [InlineData("2022-3")]
    [InlineData("2022/03")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("２０２２")]
    public void Invalid_or_impossible_dates_are_refused(string? text) => PartialDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Dates_compare_by_start_then_precision()
    {
        var dates = new[] { "2022-03-02", "2022", "2021-12", "2022-03" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        dates.ShouldBe(new[] { "2021-12", "2022", "2022-03", "2022-03-02" });
        (PartialDate.Parse("2022-03") < PartialDate.Parse("2022-03-01")).ShouldBeTrue();
    }

    [Fact]
    public void A_partial_date_covers_a_range_of_days()
    {
        var month = PartialDate.Parse("2022-02");

        month.Start.ShouldBe(new DateOnly(2022, 2, 1));
        month.End.ShouldBe(new DateOnly(2022, 2, 28));
        PartialDate.Parse("2022").End.ShouldBe(new DateOnly(2022, 12, 31));
        month.Month.ShouldBe(2);
        month.Day.ShouldBeNull();
    }

    [Fact]
    public void Constructors_refuse_impossible_dates()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(2022, 2, 30));
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(2022, 13));
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(0));
    }
}
