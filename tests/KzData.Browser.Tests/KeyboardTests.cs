namespace KzData.Browser.Tests;

/// <summary>Everything works from the keyboard, with visible focus.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class KeyboardTests(ExplorerFixture fixture)
{
    private const string FocusedFactId = "document.activeElement?.closest('.fact-card')?.dataset.factId ?? null";

    [Fact]
    public async Task Tab_reaches_a_fact_enter_opens_it_and_escape_returns_focus()
    {
        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;

        // Tab through the skip link, the filters and the view switch to the first fact.
        string? factId = null;
        for (var presses = 0; presses < 30 && factId is null; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("document.activeElement.matches('.fact-link')"))
            {
                factId = await page.EvaluateAsync<string?>(FocusedFactId);
            }
        }

        factId.ShouldBe((await explorer.CardIdsAsync())[0], "Tab reaches the first fact's link");
        (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).ShouldNotBe("none", "focus is visible");

        await page.Keyboard.PressAsync("Enter");
        await explorer.WaitForFactAsync(factId!);

        // Into the quotes: Tab until the first quote link, Enter opens the article.
        for (var presses = 0; presses < 20 && !await page.EvaluateAsync<bool>("document.activeElement.matches('.quote-link')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await explorer.Passage.WaitForAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("passage", "focus moves to the highlighted passage");

        await page.Keyboard.PressAsync("Escape");
        (await explorer.IsOpenAsync(explorer.ArticleDialog)).ShouldBeFalse();
        (await page.EvaluateAsync<bool>("document.activeElement.matches('.quote-link')")).ShouldBeTrue("focus returns to the quote");

        await page.Keyboard.PressAsync("Escape");
        (await explorer.IsOpenAsync(explorer.FactDialog)).ShouldBeFalse();
        (await page.EvaluateAsync<string?>(FocusedFactId)).ShouldBe(factId, "focus returns to the fact");
    }

    [Fact]
    public async Task Controls_have_accessible_names()
    {
        await using var explorer = await fixture.OpenAsync("?fact=un-general-assembly-abstention");
        await explorer.WaitForFactAsync("un-general-assembly-abstention");

        // Every form control has a label; every button and link has a name; dialogs are named.
        var unnamed = await explorer.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, button, a[href], dialog')]
              .filter(e => {
                if (e.matches('input, select')) return e.labels.length === 0 && !e.getAttribute('aria-label');
                if (e.matches('dialog')) return !e.getAttribute('aria-labelledby') || !document.getElementById(e.getAttribute('aria-labelledby'));
                return !(e.getAttribute('aria-label') || e.textContent.trim());
              })
              .map(e => e.outerHTML.slice(0, 80))
            """);
        unnamed.ShouldBeEmpty();
    }
}
