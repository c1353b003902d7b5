using System.Globalization;
using System.Text.Json.Nodes;

namespace KzData.Browser.Tests;

/// <summary>Whose claim a fact is: the kind filter, "According to …" on claims, and who stands behind a source.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ClaimTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_kind_filter_lists_what_the_api_answers_and_is_in_the_url()
    {
        // The claim kind with the most facts (all have none while the data is unclassified).
        var kinds = await fixture.Api.TermsAsync("claim-kind");
        var totals = new Dictionary<string, int>();
        foreach (var (name, _) in kinds)
        {
            totals[name] = await fixture.Api.TotalAsync($"/api/v1/facts?kind={name}");
        }

        var kind = kinds.Select(k => k.Name).MaxBy(k => totals[k])!;
        var expected = await fixture.Api.FactIdsAsync($"kind={kind}");

        string query;
        await using (var explorer = await fixture.OpenAsync())
        {
            // The page asks the API itself for that kind.
            var request = await explorer.Page.RunAndWaitForRequestAsync(
                () => explorer.Page.Locator("#f-kind").SelectOptionAsync(kind),
                r => new Uri(r.Url).AbsolutePath == "/api/v1/facts" && new Uri(r.Url).Query.Contains($"kind={kind}", StringComparison.Ordinal));
            await explorer.WaitForResultsAsync($"kind={kind}");
            (await request.ResponseAsync())!.Status.ShouldBe(200);

            explorer.Query.ShouldBe($"?kind={kind}");
            (await explorer.CardIdsAsync()).ShouldBe(expected.Take(ExplorerPage.ListPageSize));
            (await explorer.Page.Locator("#status").TextContentAsync()).ShouldBe(expected.Count == 0
                ? "No facts match these filters."
                : $"Showing {Math.Min(expected.Count, ExplorerPage.ListPageSize)} of {ExplorerPage.Plural(expected.Count, "fact")}");
            (await explorer.Page.Locator("#filters-active").TextContentAsync()).ShouldBe("(1 on)");
            query = explorer.Query;
        }

        // A shared link restores it, combined with another filter.
        var topic = (await fixture.Api.TermsAsync("topic"))[0].Name;
        await using var shared = await fixture.OpenAsync($"{query}&topic={topic}");
        await shared.WaitForResultsAsync($"topic={topic}&kind={kind}");
        (await shared.Page.Locator("#f-kind").InputValueAsync()).ShouldBe(kind);
        (await shared.CardIdsAsync()).ShouldBe((await fixture.Api.FactIdsAsync($"topic={topic}&kind={kind}")).Take(ExplorerPage.ListPageSize));
        (await shared.Cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.kind ?? '')")).ShouldAllBe(k => k == kind);
    }

    [Fact]
    public async Task A_claim_says_whose_it_is_on_its_card_and_in_its_dialog_and_links_to_their_claims()
    {
        // A real claim (a fact that is not an event, with a claimant) once the data is classified; until then
        // the real first fact, served to the page as an assessment by a real source author.
        var facts = await fixture.Api.FactsAsync();
        var real = facts.FirstOrDefault(f => f.GetProperty("kind").ValueKind == JsonValueKind.String
            && f.GetProperty("kind").GetString() != "event"
            && f.GetProperty("claimant").ValueKind == JsonValueKind.Object);

        string id, kind, claimantId, claimantName, query;
        Func<IPage, Task>? prepare = null;
        if (real.ValueKind == JsonValueKind.Object)
        {
            id = ApiReader.Id(real);
            kind = real.GetProperty("kind").GetString()!;
            claimantId = real.GetProperty("claimant").GetProperty("id").GetString()!;
            claimantName = real.GetProperty("claimant").GetProperty("name").GetString()!;
            query = $"?claimant={claimantId}";
        }
        else
        {
            id = ApiReader.Id(facts[0]);
            kind = "assessment";
            var author = (await fixture.Api.GetAsync("/api/v1/sources?pageSize=200")).GetProperty("items").EnumerateArray()
                .Select(s => s.GetProperty("author")).First(a => a.ValueKind == JsonValueKind.Object);
            claimantId = author.GetProperty("id").GetString()!;
            claimantName = author.GetProperty("name").GetString()!;
            query = "";
            var claimant = JsonNode.Parse(author.GetRawText());
            prepare = async page =>
            {
                void MakeClaim(JsonNode? fact)
                {
                    if (fact?["id"]?.GetValue<string>() == id)
                    {
                        fact["kind"] = kind;
                        fact["claimant"] = claimant!.DeepClone();
                    }
                }

                await VocabularyTests.Mutate(page, "/api/v1/facts", body => { foreach (var fact in body["items"]!.AsArray()) MakeClaim(fact); });
                await VocabularyTests.Mutate(page, $"/api/v1/facts/{id}", MakeClaim);
            };
        }

        await using var explorer = await fixture.OpenAsync(query, prepare: prepare);
        var card = explorer.Card(id);
        (await card.Locator(".kind-badge").TextContentAsync()).ShouldBe(VocabularyTests.Label(kind));
        (await card.Locator(".fact-claim").TextContentAsync()).ShouldBe($"According to {claimantName}");
        (await card.Locator(".claimant-link").GetAttributeAsync("data-claimant")).ShouldBe(claimantId);
        await card.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(explorer.Page, "explorer-claim.png");

        await explorer.OpenFactAsync(id);
        (await explorer.Page.Locator("#fact-kicker .kind-badge").TextContentAsync()).ShouldBe(VocabularyTests.Label(kind));
        var claimLine = explorer.FactDialog.Locator(".fact-claim");
        (await claimLine.TextContentAsync()).ShouldStartWith($"According to {claimantName}");
        await Screenshots.SaveAsync(explorer.Page, "explorer-claim-fact.png");

        await claimLine.Locator(".claimant-link").ClickAsync();
        await explorer.WaitForResultsAsync($"claimant={claimantId}");
        explorer.Query.ShouldBe($"?claimant={claimantId}");
        (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeFalse();
        var claims = await fixture.Api.FactIdsAsync($"claimant={claimantId}");
        (await explorer.CardIdsAsync()).ShouldBe(claims.Take(ExplorerPage.ListPageSize));
        if (real.ValueKind == JsonValueKind.Object)
        {
            claims.ShouldContain(id);
        }

        var note = explorer.Page.Locator("#claimant-filter");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        (await note.Locator("#claimant-name").TextContentAsync()).ShouldBe(claimantName);
        await Screenshots.SaveAsync(explorer.Page, "explorer-claimant-filter.png");
        await note.GetByRole(AriaRole.Button).ClickAsync();
        await explorer.WaitForResultsAsync("");
        (await note.IsVisibleAsync()).ShouldBeFalse();

        // Events are nobody's claim (once the data has any).
        if (facts.Any(f => f.GetProperty("kind").ValueKind == JsonValueKind.String && f.GetProperty("kind").GetString() == "event"))
        {
            await explorer.GotoAsync("?kind=event");
            (await explorer.Cards.CountAsync()).ShouldBeGreaterThan(0);
            (await explorer.Page.Locator("#fact-list .fact-claim, #fact-list .kind-badge").CountAsync()).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_quote_names_its_sources_author_publisher_and_date_and_so_does_its_article()
    {
        var source = (await fixture.Api.GetAsync("/api/v1/sources?pageSize=200")).GetProperty("items").EnumerateArray()
            .First(s => s.GetProperty("author").ValueKind == JsonValueKind.Object && s.GetProperty("published").ValueKind == JsonValueKind.String);
        var sourceId = source.GetProperty("id").GetString()!;
        var author = source.GetProperty("author").GetProperty("name").GetString()!;
        var publisher = source.GetProperty("publisher").GetProperty("name").GetString()!;
        var published = FormatDate(source.GetProperty("published").GetString()!);

        var fact = (await fixture.Api.FactsAsync($"source={sourceId}"))[0];
        var index = fact.GetProperty("evidence").EnumerateArray().ToList().FindIndex(e => e.GetProperty("sourceId").GetString() == sourceId);
        var id = ApiReader.Id(fact);
        await using var explorer = await fixture.OpenAsync($"?fact={id}");
        await explorer.WaitForFactAsync(id);

        var caption = await explorer.FactDialog.Locator($"#evidence-{index}-source").InnerTextAsync();
        caption.ShouldContain($"by {author} · {publisher}, {published}", Case.Sensitive);

        await explorer.FactDialog.Locator($".quote-link[data-evidence='{index}']").ClickAsync();
        await explorer.Passage.WaitForAsync();
        (await explorer.ArticleDialog.Locator("#article-meta").InnerTextAsync()).ShouldStartWith($"By {author} · {publisher}, {published}");
        await Screenshots.SaveAsync(explorer.Page, "explorer-source.png");
    }

    /// <summary>"2022-10" -> "October 2022", as the page writes a partial date.</summary>
    private static string FormatDate(string date)
    {
        var parts = date.Split('-');
        var english = CultureInfo.GetCultureInfo("en-US");
        return parts.Length switch
        {
            1 => parts[0],
            2 => $"{english.DateTimeFormat.GetMonthName(int.Parse(parts[1], english))} {parts[0]}",
            _ => $"{int.Parse(parts[2], english)} {english.DateTimeFormat.GetMonthName(int.Parse(parts[1], english))} {parts[0]}",
        };
    }
}
