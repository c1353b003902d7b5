namespace KzData.Browser.Tests;

/// <summary>The fact list, its filters and its paging, against what the API returns.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ListTests(ExplorerFixture fixture)
{
    private static string Count(int count, string one, string? many = null) => ExplorerPage.Plural(count, one, many);

    [Fact]
    public async Task The_page_lists_the_first_facts_and_shows_the_dataset_in_the_footer()
    {
        await using var explorer = await fixture.OpenAsync();
        var dataset = await fixture.Api.GetAsync("/api/v1/dataset");
        var all = await fixture.Api.FactsAsync();
        var facts = all.Select(ApiReader.Id).ToList();
        var entities = await fixture.Api.TotalAsync("/api/v1/entities");
        var sources = await fixture.Api.TotalAsync("/api/v1/sources");
        facts.Count.ShouldBeGreaterThan(ExplorerPage.ListPageSize, "the dataset fills more than one page of the list");

        (await explorer.Page.TitleAsync()).ShouldContain("Fact explorer");
        (await explorer.CardIdsAsync()).ShouldBe(facts.Take(ExplorerPage.ListPageSize));
        (await explorer.Cards.EvaluateAllAsync<string?[]>("cards => cards.map(c => c.dataset.kind ?? null)"))
            .ShouldBe(all.Take(ExplorerPage.ListPageSize).Select(f => f.GetProperty("kind").ValueKind == JsonValueKind.String ? f.GetProperty("kind").GetString() : null),
                "each card carries its fact's claim kind, and none while the fact is unclassified");
        (await explorer.Page.Locator("#status").TextContentAsync()).ShouldBe($"Showing {ExplorerPage.ListPageSize} of {Count(facts.Count, "fact")}");

        var footer = await explorer.Page.Locator("#dataset-info").InnerTextAsync();
        footer.ShouldContain(dataset.GetProperty("version").GetString()!);
        footer.ShouldContain($"{Count(facts.Count, "fact")}, {Count(entities, "entity", "entities")}, {Count(sources, "source")}");
    }

    [Fact]
    public async Task Filtering_by_a_topic_lists_only_that_topic()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Locator("#f-topic").SelectOptionAsync("migration");
        await explorer.WaitForResultsAsync("topic=migration");

        var topics = await explorer.Cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.topic)");
        topics.ShouldNotBeEmpty();
        topics.ShouldAllBe(t => t == "migration");
        (await explorer.CardIdsAsync()).ShouldBe(await fixture.Api.FactIdsAsync("topic=migration"));
        (await explorer.Cards.First.Locator(".topic").TextContentAsync()).ShouldBe("Migration");
    }

    [Fact]
    public async Task Text_search_lists_the_facts_the_api_finds()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Locator("#f-q").FillAsync("abstain");
        await explorer.WaitForResultsAsync("q=abstain");

        var expected = await fixture.Api.FactIdsAsync("q=abstain");
        expected.ShouldContain("un-general-assembly-abstention");
        (await explorer.CardIdsAsync()).ShouldBe(expected);
        (await explorer.Page.Locator("#status").TextContentAsync()).ShouldBe($"Showing {expected.Count} of {Count(expected.Count, "fact")}");
    }

    [Fact]
    public async Task Entity_and_date_range_filters_combine()
    {
        await using var explorer = await fixture.OpenAsync();

        await explorer.Page.Locator("#f-entity").SelectOptionAsync("russia");
        await explorer.Page.Locator("#f-from").FillAsync("2022-03");
        await explorer.Page.Locator("#f-to").FillAsync("2022-10");
        await explorer.Page.Locator("#f-to").PressAsync("Enter");
        await explorer.WaitForResultsAsync("entity=russia&from=2022-03&to=2022-10");

        var expected = await fixture.Api.FactIdsAsync("entity=russia&from=2022-03&to=2022-10");
        expected.Count.ShouldBeGreaterThan(0);
        (await explorer.CardIdsAsync()).ShouldBe(expected.Take(ExplorerPage.ListPageSize));
    }

    [Fact]
    public async Task A_fact_card_shows_its_date_entities_quantity_and_conflict_links()
    {
        // A quantified, dated fact: found by its topic and a quoted word so it is on the first page.
        var quantified = (await fixture.Api.FactsAsync()).First(f =>
            f.GetProperty("quantity").ValueKind == JsonValueKind.Object && f.GetProperty("date").ValueKind == JsonValueKind.String);
        var query = "q=" + Uri.EscapeDataString(quantified.GetProperty("statement").GetString()!.Split(' ')[0..4].Aggregate((a, b) => a + " " + b));
        await using (var listed = await fixture.OpenAsync("?" + query))
        {
            var card = listed.Card(ApiReader.Id(quantified));
            (await card.Locator(".fact-statement").TextContentAsync()).ShouldBe(quantified.GetProperty("statement").GetString());
            (await card.Locator(".chip").AllTextContentsAsync())
                .ShouldBe(quantified.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()!));
            (await card.Locator(".fact-quantity").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
            (await card.Locator("time").GetAttributeAsync("datetime")).ShouldBe(quantified.GetProperty("date").GetString());
        }

        await using var explorer = await fixture.OpenAsync("?disputed=true");
        var fact = (await fixture.Api.FactsAsync("disputed=true")).First();
        var conflict = fact.GetProperty("conflictsWith")[0].GetString()!;
        var conflictLink = explorer.Card(ApiReader.Id(fact)).Locator($".conflict-link[data-conflict='{conflict}']");
        var conflictFact = await fixture.Api.GetAsync($"/api/v1/facts/{conflict}");
        (await conflictLink.TextContentAsync()).ShouldBe(conflictFact.GetProperty("statement").GetString());

        await conflictLink.ClickAsync();
        await explorer.WaitForFactAsync(conflict);
    }

    [Fact]
    public async Task Load_more_pages_through_every_fact()
    {
        await using var explorer = await fixture.OpenAsync();
        var more = explorer.Page.Locator("#load-more");

        while (await more.IsVisibleAsync())
        {
            var before = await explorer.Cards.CountAsync();
            await more.ClickAsync();
            await explorer.Page.WaitForFunctionAsync($"() => document.querySelectorAll('#fact-list > .fact-card').length > {before}");
        }

        (await explorer.CardIdsAsync()).ShouldBe(await fixture.Api.FactIdsAsync());
        var total = await fixture.Api.TotalAsync("/api/v1/facts");
        (await explorer.Page.Locator("#status").TextContentAsync()).ShouldBe($"Showing {total} of {Count(total, "fact")}");
    }

    [Fact]
    public async Task A_bad_date_shows_the_api_error_message()
    {
        await using var explorer = await fixture.OpenAsync("?from=2022-13");
        explorer.ExpectFailedRequests(400);

        var error = explorer.Page.Locator("#error");
        (await error.IsVisibleAsync()).ShouldBeTrue();
        (await error.InnerTextAsync()).ShouldContain("2022-13");
        (await explorer.Cards.CountAsync()).ShouldBe(0);
    }
}
