namespace KzData.Browser.Tests;

/// <summary>The URL holds the filters, the view and the open fact; loading it restores them.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ShareableLinkTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Filters_set_in_the_page_are_in_the_url_and_a_new_visit_restores_them()
    {
        string url;
        IReadOnlyList<string> shown;
        await using (var first = await fixture.OpenAsync())
        {
            await first.Page.Locator("#f-q").FillAsync("russian");
            await first.Page.Locator("#f-topic").SelectOptionAsync("migration");
            await first.Page.Locator("#f-sort").SelectOptionAsync("-date");
            await first.WaitForResultsAsync("q=russian&topic=migration&sort=-date");
            shown = await first.CardIdsAsync();
            url = first.Page.Url;
        }

        new Uri(url).Query.ShouldBe("?q=russian&topic=migration&sort=-date");
        shown.ShouldBe(await fixture.Api.FactIdsAsync("q=russian&topic=migration&sort=-date"));

        await using var second = await fixture.OpenAsync(new Uri(url).Query);
        (await second.Page.Locator("#f-q").InputValueAsync()).ShouldBe("russian");
        (await second.Page.Locator("#f-topic").InputValueAsync()).ShouldBe("migration");
        (await second.Page.Locator("#f-sort").InputValueAsync()).ShouldBe("-date");
        (await second.CardIdsAsync()).ShouldBe(shown);
    }

    [Fact]
    public async Task A_shared_link_opens_the_fact_and_its_highlighted_quote_over_the_filtered_list()
    {
        var fact = (await fixture.Api.FactsAsync("topic=migration&entity=russia")).First(f => f.GetProperty("evidence").GetArrayLength() > 0);
        var id = ApiReader.Id(fact);
        var evidence = fact.GetProperty("evidence")[0];
        var text = await fixture.Api.SourceTextAsync(evidence.GetProperty("sourceId").GetString()!);

        await using var explorer = await fixture.OpenAsync($"?topic=migration&entity=russia&from=2022&fact={id}&quote=0");
        await explorer.WaitForResultsAsync("topic=migration&entity=russia&from=2022");
        (await explorer.Page.Locator("#f-topic").InputValueAsync()).ShouldBe("migration");
        (await explorer.Page.Locator("#f-entity").InputValueAsync()).ShouldBe("russia");
        (await explorer.Page.Locator("#f-from").InputValueAsync()).ShouldBe("2022");
        (await explorer.CardIdsAsync()).ShouldBe(await fixture.Api.FactIdsAsync("topic=migration&entity=russia&from=2022"));

        await explorer.WaitForFactAsync(id);
        await explorer.Passage.WaitForAsync();
        (await explorer.Passage.TextContentAsync()).ShouldBe(text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()));

        // Closing both dialogs leaves the filters in place.
        await explorer.Page.Keyboard.PressAsync("Escape");
        await explorer.Page.Keyboard.PressAsync("Escape");
        explorer.Query.ShouldBe("?topic=migration&entity=russia&from=2022");
    }

    [Fact]
    public async Task Back_and_forward_move_between_states()
    {
        await using var explorer = await fixture.OpenAsync();
        await explorer.Page.Locator("#f-topic").SelectOptionAsync("energy");
        await explorer.WaitForResultsAsync("topic=energy");
        var first = (await explorer.CardIdsAsync())[0];
        await explorer.OpenFactAsync(first);

        await explorer.Page.GoBackAsync();
        (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeFalse();
        explorer.Query.ShouldBe("?topic=energy");

        await explorer.Page.GoBackAsync();
        await explorer.WaitForResultsAsync("");
        (await explorer.Page.Locator("#f-topic").InputValueAsync()).ShouldBe("");

        await explorer.Page.GoForwardAsync();
        await explorer.WaitForResultsAsync("topic=energy");
        (await explorer.Page.Locator("#f-topic").InputValueAsync()).ShouldBe("energy");
    }
}
