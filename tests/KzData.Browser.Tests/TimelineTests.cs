using System.Globalization;

namespace KzData.Browser.Tests;

/// <summary>
/// The timeline view: every fact of the current filter, placed by its date or else (undated) by its
/// as-of date, oldest first, grouped by year; the undated ones marked in words, not by colour alone.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class TimelineTests(ExplorerFixture fixture)
{
    /// <summary>A fact as the timeline must place it.</summary>
    private sealed record Placed(string Id, string? Date, string When, bool ByAsOf);

    /// <summary>
    /// What the timeline of a filter must show, from the API: every fact (as many as its <c>total</c>), by
    /// date or else as-of date; at the same date a dated fact first; otherwise in the API's sort=date order.
    /// </summary>
    private async Task<List<Placed>> ExpectedAsync(string query)
    {
        var separator = query.Length == 0 ? "" : "&";
        var facts = await fixture.Api.FactsAsync($"{query}{separator}sort=date");
        facts.Count.ShouldBe(await fixture.Api.TotalAsync($"/api/v1/facts?{query}"));

        static string? Text(JsonElement fact, string name) =>
            fact.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        return facts
            .Select(f => new Placed(ApiReader.Id(f), Text(f, "date"), Text(f, "date") ?? Text(f, "asOf")!, Text(f, "date") is null))
            .OrderBy(p => PartialDate.Parse(p.When))
            .ThenBy(p => p.ByAsOf)
            .ToList();
    }

    /// <summary>"2022-10" -> "October 2022", as the page writes a date (js/format.js formatDate).</summary>
    private static string Format(string date)
    {
        var d = PartialDate.Parse(date);
        var month = d.Month is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : null;
        return month is null ? $"{d.Year}" : d.Day is { } day ? $"{day} {month} {d.Year}" : $"{month} {d.Year}";
    }

    private static async Task ShouldShowAsync(ExplorerPage explorer, List<Placed> expected)
    {
        (await explorer.TimelineIdsAsync()).ShouldBe(expected.Select(p => p.Id));
        (await explorer.TimelineItems.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.when)")).ShouldBe(expected.Select(p => p.When));
        (await explorer.TimelineItems.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.placedBy)"))
            .ShouldBe(expected.Select(p => p.ByAsOf ? "as-of" : "date"));
        (await explorer.TimelineItems.EvaluateAllAsync<string?[]>("items => items.map(i => i.dataset.date ?? null)")).ShouldBe(expected.Select(p => p.Date));
        (await explorer.Page.Locator(".timeline-year-label").AllTextContentsAsync()).ShouldBe(expected.Select(p => p.When[..4]).Distinct());

        // Undated facts say so in words, with the as-of date; dated facts do not.
        var reported = expected.Where(p => p.ByAsOf).ToList();
        var marks = explorer.Page.Locator("#timeline .timeline-item[data-placed-by='as-of']");
        (await marks.Locator(".timeline-asof").AllInnerTextsAsync()).ShouldBe(reported.Select(p => $"Undated · as of {Format(p.When)}"));
        (await marks.Locator(".timeline-reported-tag").AllInnerTextsAsync()).ShouldAllBe(t => t.Equals("reported", StringComparison.OrdinalIgnoreCase));
        (await marks.Locator(".timeline-reported-tag").CountAsync()).ShouldBe(reported.Count);
        (await explorer.Page.Locator("#timeline .timeline-item[data-placed-by='date'] :is(.timeline-asof, .timeline-reported-tag)").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_timeline_shows_every_fact_by_date_or_else_by_as_of_date_and_marks_which()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Locator(".view-switch [data-view='timeline']").ClickAsync();
        await explorer.WaitForResultsAsync("", "timeline");

        var expected = await ExpectedAsync("");
        expected.ShouldContain(p => p.ByAsOf, "the dataset has undated facts");
        expected.ShouldContain(p => !p.ByAsOf, "the dataset has dated facts");
        await ShouldShowAsync(explorer, expected);

        // In order of the dates themselves (a year before its months, a month before its days).
        (await explorer.TimelineItems.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.when)"))
            .Select(PartialDate.Parse).ShouldBeInOrder(SortDirection.Ascending);

        var dated = expected.Count(p => !p.ByAsOf);
        (await explorer.Page.Locator("#status").TextContentAsync()).ShouldBe(
            $"{ExplorerPage.Plural(expected.Count, "fact")}, oldest first ({dated} dated, {expected.Count - dated} undated placed by when reported)");
        (await explorer.Page.Locator(".timeline-legend").InnerTextAsync()).ShouldContain("Undated: placed by when it was reported (as of)");
        (await explorer.Page.Locator("#fact-list").IsVisibleAsync()).ShouldBeFalse();
        explorer.Query.ShouldBe("?view=timeline");

        // The dot repeats the difference (hollow and dashed for undated), never alone.
        var dots = await explorer.Page.EvaluateAsync<string[]>(
            @"['date', 'as-of'].map(by => getComputedStyle(document.querySelector(`#timeline .timeline-item[data-placed-by='${by}']`), '::before').borderTopStyle)");
        dots.ShouldBe(["solid", "dashed"]);

        await Screenshots.SaveAsync(explorer.Page, "explorer-timeline.png");
        await explorer.Page.Locator("#timeline .timeline-item[data-placed-by='as-of']").First.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(explorer.Page, "explorer-timeline-undated.png");
    }

    [Fact]
    public async Task The_timeline_follows_the_filters_and_opens_facts()
    {
        await using var explorer = await fixture.OpenAsync("?topic=security&view=timeline");
        await explorer.WaitForResultsAsync("topic=security", "timeline");

        var expected = await ExpectedAsync("topic=security");
        await ShouldShowAsync(explorer, expected);

        var first = expected[0].Id;
        await explorer.TimelineItems.First.Locator(".fact-link").ClickAsync();
        await explorer.WaitForFactAsync(first);
        explorer.Query.ShouldBe($"?topic=security&view=timeline&fact={first}");
    }

    [Fact]
    public async Task An_undated_fact_is_marked_and_opens_from_its_as_of_place_on_a_phone()
    {
        var undated = (await ExpectedAsync("q=russian")).First(p => p.ByAsOf);
        await using var explorer = await fixture.OpenAsync("?q=russian&view=timeline", width: 390, height: 844, phone: true);
        await explorer.WaitForResultsAsync("q=russian", "timeline");

        var item = explorer.Page.Locator($"#timeline .timeline-item[data-fact-id='{undated.Id}']");
        (await item.Locator(".timeline-asof").InnerTextAsync()).ShouldBe($"Undated · as of {Format(undated.When)}");
        await item.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(explorer.Page, "explorer-timeline-undated-phone.png");
        await item.Locator(".fact-link").ClickAsync();
        await explorer.WaitForFactAsync(undated.Id);
    }

    [Fact]
    public async Task The_list_sorts_by_as_of_date_either_way()
    {
        await using var explorer = await fixture.OpenAsync();

        foreach (var sort in new[] { "-as-of", "as-of" })
        {
            await explorer.Page.Locator("#f-sort").SelectOptionAsync(sort);
            await explorer.WaitForResultsAsync($"sort={sort}");
            (await explorer.CardIdsAsync()).ShouldBe((await fixture.Api.FactIdsAsync($"sort={sort}")).Take(ExplorerPage.ListPageSize));
        }

        explorer.Query.ShouldBe("?sort=as-of");
    }
}
