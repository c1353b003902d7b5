namespace KzData.Browser.Tests;

/// <summary>Opening a fact, and reading each of its quotes highlighted in its article.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class FactAndQuoteTests(ExplorerFixture fixture)
{
    private const string Abstention = "un-general-assembly-abstention";

    [Fact]
    public async Task Opening_a_fact_shows_its_statement_and_every_quote()
    {
        await using var explorer = await fixture.OpenAsync("?q=abstain");
        var fact = await fixture.Api.GetAsync($"/api/v1/facts/{Abstention}");

        await explorer.OpenFactAsync(Abstention);

        (await explorer.FactDialog.Locator("#fact-title").TextContentAsync()).ShouldBe(fact.GetProperty("statement").GetString());
        var evidence = fact.GetProperty("evidence").EnumerateArray().ToList();
        (await explorer.FactDialog.Locator(".quote").AllTextContentsAsync())
            .ShouldBe(evidence.Select(e => e.GetProperty("quote").GetString()!));
        (await explorer.FactDialog.Locator(".quote-source cite").AllTextContentsAsync())
            .ShouldBe(evidence.Select(e => e.GetProperty("sourceTitle").GetString()!));
        explorer.Query.ShouldBe($"?q=abstain&fact={Abstention}");
        (await explorer.Page.TitleAsync()).ShouldStartWith(fact.GetProperty("statement").GetString()!);
    }

    [Fact]
    public async Task An_entity_of_a_fact_links_to_every_fact_about_it()
    {
        await using var explorer = await fixture.OpenAsync($"?topic=diplomacy&fact={Abstention}");
        await explorer.WaitForFactAsync(Abstention);

        await explorer.FactDialog.Locator(".chips a[href$='entity=kazakhstan']").ClickAsync();
        await explorer.WaitForResultsAsync("entity=kazakhstan");

        (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeFalse();
        (await explorer.Page.Locator("#f-entity").InputValueAsync()).ShouldBe("kazakhstan");
        (await explorer.Page.Locator("#f-topic").InputValueAsync()).ShouldBe("", "the other filters are cleared");
        (await explorer.CardIdsAsync()).ShouldBe((await fixture.Api.FactIdsAsync("entity=kazakhstan")).Take(ExplorerPage.ListPageSize));
    }

    [Fact]
    public async Task Clicking_each_quote_highlights_exactly_its_passage_and_scrolls_it_into_view()
    {
        // The fact with quotes from the most articles, so several texts are checked.
        var fact = (await fixture.Api.FactsAsync())
            .MaxBy(f => f.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sourceId").GetString()).Distinct().Count());
        var id = ApiReader.Id(fact);
        await using var explorer = await fixture.OpenAsync($"?fact={id}");
        await explorer.WaitForFactAsync(id);

        var evidence = fact.GetProperty("evidence").EnumerateArray().ToList();
        evidence.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < evidence.Count; i++)
        {
            await explorer.FactDialog.Locator($".quote-link[data-evidence='{i}']").ClickAsync();
            await ShouldHighlightAsync(explorer, evidence[i]);
            explorer.Query.ShouldBe($"?fact={id}&quote={i}");

            await explorer.Page.Keyboard.PressAsync("Escape");
            (await explorer.IsOpenAsync(explorer.ArticleDialog)).ShouldBeFalse();
            (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeTrue("Escape closes only the article, back to the fact");
        }

        await explorer.Page.Keyboard.PressAsync("Escape");
        (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeFalse();
        explorer.Query.ShouldBe("");
    }

    [Fact]
    public async Task A_passage_deep_in_the_longest_article_is_scrolled_into_view()
    {
        // The quote that starts furthest into any article: the pane must scroll to reach it.
        var (fact, index, evidence) = (await fixture.Api.FactsAsync())
            .SelectMany(f => f.GetProperty("evidence").EnumerateArray().Select((e, i) => (Fact: f, Index: i, Evidence: e)))
            .MaxBy(x => x.Evidence.GetProperty("start").GetInt32());
        var id = ApiReader.Id(fact);
        await using var explorer = await fixture.OpenAsync($"?fact={id}");
        await explorer.WaitForFactAsync(id);

        await explorer.FactDialog.Locator($".quote-link[data-evidence='{index}']").ClickAsync();
        await ShouldHighlightAsync(explorer, evidence);
        (await explorer.Page.Locator("#article-body").EvaluateAsync<double>("b => b.scrollTop")).ShouldBeGreaterThan(0);

        await Screenshots.SaveAsync(explorer.Page, "explorer-quote.png", committed: true);
    }

    [Fact]
    public async Task The_article_marks_every_quoted_passage_and_sets_apart_the_sentences_no_fact_cites()
    {
        var fact = await fixture.Api.GetAsync($"/api/v1/facts/{Abstention}");
        var evidence = fact.GetProperty("evidence")[0];
        var sourceId = evidence.GetProperty("sourceId").GetString()!;
        var text = await fixture.Api.SourceTextAsync(sourceId);
        var coverage = await fixture.Api.GetAsync($"/api/v1/sources/{sourceId}/coverage");
        await using var explorer = await fixture.OpenAsync($"?fact={Abstention}&quote=0");
        await ShouldHighlightAsync(explorer, evidence);

        // Every sentence no fact cites is set apart, exactly, in text order.
        var uncited = coverage.GetProperty("sentences").EnumerateArray().Where(s => !s.GetProperty("cited").GetBoolean())
            .Select(s => text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())).ToList();
        uncited.ShouldNotBeEmpty("the article has sentences no fact cites yet");
        (await explorer.ArticleDialog.Locator("#article-text .uncited").AllTextContentsAsync()).ShouldBe(uncited);

        // Every quoted character outside the open quote is in a cited mark, and nothing else is.
        var quoted = new bool[text.Length];
        foreach (var p in coverage.GetProperty("passages").EnumerateArray())
        {
            Array.Fill(quoted, true, p.GetProperty("start").GetInt32(), p.GetProperty("length").GetInt32());
        }

        Array.Fill(quoted, false, evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32());
        var marked = await explorer.Page.Locator("#article-text").EvaluateAsync<int[]>("""
            t => {
              const marked = [];
              let offset = 0;
              const walk = n => {
                if (n.nodeType === Node.TEXT_NODE) {
                  const cited = n.parentElement.matches('mark.cited');
                  for (let i = 0; i < n.data.length; i++) if (cited) marked.push(offset + i);
                  offset += n.data.length;
                } else n.childNodes.forEach(walk);
              };
              walk(t);
              return marked;
            }
            """);
        marked.ShouldBe(Enumerable.Range(0, text.Length).Where(i => quoted[i]).ToArray());
        (await explorer.ArticleDialog.Locator(".coverage-legend").TextContentAsync()).ShouldStartWith(
            $"{coverage.GetProperty("citedSentenceCount").GetInt32()} of {coverage.GetProperty("sentenceCount").GetInt32()} sentences cited");
    }

    /// <summary>The mark holds exactly text[start..start+length] of the API's article text, and is visible.</summary>
    private async Task ShouldHighlightAsync(ExplorerPage explorer, JsonElement evidence)
    {
        await explorer.Passage.WaitForAsync();
        var text = await fixture.Api.SourceTextAsync(evidence.GetProperty("sourceId").GetString()!);
        var expected = text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32());

        (await explorer.Passage.EvaluateAsync<string>("m => m.textContent")).ShouldBe(expected);
        (await explorer.Page.Locator("#article-text").EvaluateAsync<string>("t => t.textContent")).ShouldBe(text, "the whole article is shown, unaltered");
        (await explorer.ArticleDialog.Locator("#article-title").TextContentAsync()).ShouldBe(evidence.GetProperty("sourceTitle").GetString());

        var placement = await explorer.Passage.EvaluateAsync<string>("""
            mark => {
              const m = mark.getBoundingClientRect(), pane = document.getElementById('article-body').getBoundingClientRect();
              const inPane = m.top >= pane.top - 1 && m.bottom <= pane.bottom + 1;
              const inWindow = m.top >= 0 && m.bottom <= window.innerHeight;
              return inPane && inWindow ? 'visible' : `mark ${m.top}-${m.bottom}, pane ${pane.top}-${pane.bottom}, window 0-${window.innerHeight}`;
            }
            """);
        placement.ShouldBe("visible");
    }
}
