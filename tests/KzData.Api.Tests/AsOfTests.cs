namespace KzData.Api.Tests;

/// <summary>
/// The as-of date (when a fact was reported: the published date of its earliest source) over HTTP:
/// <c>asOfFrom</c>/<c>asOfTo</c> filter by it and <c>sort=as-of</c>/<c>-as-of</c> order by it, asked of the typed dataset too.
/// </summary>
public sealed class AsOfTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>Every matching id, over as many pages as it takes.</summary>
    private async Task<List<string>> AllIds(string query)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = (await client.GetJson($"/api/v1/facts?{query}&pageSize=200&page={page}")).Ids().ToList();
            if (items.Count == 0)
            {
                return ids;
            }

            ids.AddRange(items);
        }
    }

    private static bool ReportedWithin(Fact fact, DateOnly? from, DateOnly? to) =>
        fact.AsOf is { } asOf && (from is not { } f || asOf.End >= f) && (to is not { } t || asOf.Start <= t);

    [Fact]
    public async Task Every_fact_is_served_with_its_as_of_date()
    {
        var page = await client.GetJson("/api/v1/facts?pageSize=200");
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var fact = Dataset.Facts.Single(f => f.Id == item.GetProperty("id").GetString());
            item.GetProperty("asOf").GetString().ShouldBe(fact.AsOf!.Value.ToString(), fact.Id);
        }
    }

    [Fact]
    public async Task As_of_from_and_to_keep_the_facts_reported_in_the_range()
    {
        // Derived from the data: the months sources were published in, and one range inside them.
        var months = Dataset.Facts.Select(f => f.AsOf!.Value).Distinct().Order().ToList();
        months.Count.ShouldBeGreaterThan(1, "the range tests need facts reported at different times");
        var first = months[0];
        var last = months[^1];

        (await AllIds($"asOfFrom={last}")).ShouldBe(Dataset.Facts.Where(f => ReportedWithin(f, last.Start, null)).Select(f => f.Id));
        (await AllIds($"asOfTo={first}")).ShouldBe(Dataset.Facts.Where(f => ReportedWithin(f, null, first.End)).Select(f => f.Id));
        (await AllIds($"asOfFrom={first}&asOfTo={first}")).ShouldBe(Dataset.Facts.Where(f => f.AsOf == first).Select(f => f.Id));

        // A day inside a month-precise as-of date matches it: the ranges overlap.
        var inside = new PartialDate(last.Year, last.Month!.Value, 15);
        (await AllIds($"asOfFrom={inside}&asOfTo={inside}")).ShouldBe(
            Dataset.Facts.Where(f => ReportedWithin(f, inside.Start, inside.End)).Select(f => f.Id));
        (await AllIds($"asOfFrom={last.Year + 1}")).ShouldBeEmpty();
        (await AllIds($"asOfTo={first.Year - 1}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task As_of_filter_keeps_undated_facts_and_combines_with_the_event_dates()
    {
        var undated = Dataset.Facts.First(f => f.Date is null);
        var asOf = undated.AsOf!.Value;
        var reported = await AllIds($"asOfFrom={asOf}&asOfTo={asOf}");

        reported.ShouldContain(undated.Id, "an undated fact is still reported at a date");
        reported.ShouldBe(Dataset.Facts.Where(f => f.AsOf == asOf).Select(f => f.Id));

        // Reported in one month about something of an earlier year: both ranges apply.
        var history = Dataset.Facts.First(f => f.Date is { } d && d.Year < f.AsOf!.Value.Year);
        var year = history.Date!.Value.Year;
        var expected = Dataset.Facts
            .Where(f => f.AsOf == history.AsOf && f.Date is { } d && d.Start.Year <= year && (f.Until ?? d).End.Year >= year)
            .Select(f => f.Id)
            .ToList();
        expected.ShouldContain(history.Id);
        (await AllIds($"from={year}&to={year}&asOfFrom={history.AsOf}&asOfTo={history.AsOf}")).ShouldBe(expected);
    }

    [Fact]
    public async Task Sort_as_of_orders_by_the_reported_date_either_way_then_by_id()
    {
        var oldestFirst = await AllIds("sort=as-of");
        var newestFirst = await AllIds("sort=-as-of");

        oldestFirst.ShouldBe(Dataset.Facts.OrderBy(f => f.AsOf).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id));
        newestFirst.ShouldBe(Dataset.Facts.OrderByDescending(f => f.AsOf).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id));
        oldestFirst.First().ShouldNotBe(newestFirst.First());
    }

    [Fact]
    public async Task Sort_date_keeps_meaning_the_event_date_with_undated_facts_last_by_id()
    {
        // as-of has its own sort; date does not fall back to it.
        (await AllIds("sort=date")).ShouldBe(Dataset.Facts
            .OrderBy(f => f.Date is null).ThenBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id));
        (await AllIds("sort=-date")).ShouldBe(Dataset.Facts
            .OrderBy(f => f.Date is null).ThenByDescending(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id));
    }

    [Theory]
    [InlineData("/api/v1/entities/kazakhstan/facts")]
    [InlineData("/api/v1/sources/kazakhstan-struggles-with-russia/facts")]
    [InlineData("/api/v1/sources/war-revealed-independent-kazakhstan/facts")]
    public async Task Sort_as_of_applies_to_the_entity_and_source_fact_lists(string path)
    {
        foreach (var sort in new[] { "as-of", "-as-of" })
        {
            var facts = (await client.GetJson($"{path}?sort={sort}&pageSize=200")).Ids().Select(id => Dataset.Facts.Single(f => f.Id == id)).ToList();
            facts.ShouldNotBeEmpty();
            var ordered = sort == "as-of" ? facts.OrderBy(f => f.AsOf) : facts.OrderByDescending(f => f.AsOf);
            facts.ShouldBe(ordered.ThenBy(f => f.Id, StringComparer.Ordinal).ToList(), $"{path}?sort={sort}");
        }
    }

    [Theory]
    [InlineData("asOfFrom=2022-13", "asOfFrom", "YYYY-MM-DD")]
    [InlineData("asOfTo=2022-02-30", "asOfTo", "exists in the calendar")]
    [InlineData("asOfFrom=2022-10&asOfTo=2022-03", "asOfFrom", "asOfFrom (2022-10) is after asOfTo (2022-03)")]
    [InlineData("sort=asof", "sort", "as-of, -as-of")]
    public async Task Bad_as_of_parameters_are_400_problems_naming_the_parameter(string query, string parameter, string message)
    {
        var problem = await client.GetJson("/api/v1/facts?" + query, HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!.ShouldContain(message);
    }
}
