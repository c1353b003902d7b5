namespace KzData.Browser.Tests;

/// <summary>The timeline view: dated facts, oldest first, grouped by year.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class TimelineTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_timeline_shows_every_dated_fact_in_date_order()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Locator(".view-switch [data-view='timeline']").ClickAsync();
        await explorer.WaitForResultsAsync("", "timeline");

        var dated = (await fixture.Api.FactsAsync("sort=date")).Where(f => f.GetProperty("date").ValueKind == JsonValueKind.String).ToList();
        (await explorer.TimelineIdsAsync()).ShouldBe(dated.Select(ApiReader.Id));
        (await explorer.TimelineItems.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.date)"))
            .ShouldBe(dated.Select(f => f.GetProperty("date").GetString()!));

        var years = dated.Select(f => f.GetProperty("date").GetString()![..4]).Distinct();
        (await explorer.Page.Locator(".timeline-year-label").AllTextContentsAsync()).ShouldBe(years);
        (await explorer.Page.Locator("#fact-list").IsVisibleAsync()).ShouldBeFalse();
        explorer.Query.ShouldBe("?view=timeline");

        await Screenshots.SaveAsync(explorer.Page, "explorer-timeline.png");
    }

    [Fact]
    public async Task The_timeline_follows_the_filters_and_opens_facts()
    {
        await using var explorer = await fixture.OpenAsync("?topic=security&view=timeline");
        await explorer.WaitForResultsAsync("topic=security", "timeline");

        var dated = (await fixture.Api.FactsAsync("topic=security&sort=date")).Where(f => f.GetProperty("date").ValueKind == JsonValueKind.String).ToList();
        (await explorer.TimelineIdsAsync()).ShouldBe(dated.Select(ApiReader.Id));

        var first = ApiReader.Id(dated[0]);
        await explorer.TimelineItems.First.Locator(".fact-link").ClickAsync();
        await explorer.WaitForFactAsync(first);
        explorer.Query.ShouldBe($"?topic=security&view=timeline&fact={first}");
    }
}
