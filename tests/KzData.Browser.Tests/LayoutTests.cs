namespace KzData.Browser.Tests;

/// <summary>Desktop and phone layouts, saved as screenshots.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class LayoutTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Desktop_layout_shows_filters_and_facts()
    {
        await using var explorer = await fixture.OpenAsync(width: 1280, height: 800);

        (await explorer.Page.Locator("#f-topic").IsVisibleAsync()).ShouldBeTrue();
        (await explorer.Page.Locator("#filters-toggle").IsVisibleAsync()).ShouldBeFalse("wide screens always show the filters");
        (await explorer.Cards.First.IsVisibleAsync()).ShouldBeTrue();
        await Screenshots.SaveAsync(explorer.Page, "explorer-desktop.png", committed: true);
    }

    [Fact]
    public async Task Phone_layout_fits_the_screen_and_folds_the_filters()
    {
        await using var explorer = await fixture.OpenAsync(width: 390, height: 844, phone: true);
        var page = explorer.Page;

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling");
        (await page.Locator("#f-q").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#f-topic").IsVisibleAsync()).ShouldBeFalse("the other filters fold behind a button");
        await Screenshots.SaveAsync(page, "explorer-phone.png", committed: true);

        var toggle = page.Locator("#filters-toggle");
        await toggle.ClickAsync();
        (await toggle.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await page.Locator("#f-topic").IsVisibleAsync()).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "explorer-phone-filters.png");

        // The fact dialog fills the phone screen; the article opens over it.
        var id = (await explorer.CardIdsAsync())[0];
        await explorer.OpenFactAsync(id);
        var box = await explorer.FactDialog.BoundingBoxAsync();
        box!.Width.ShouldBe(390, 1);
        await Screenshots.SaveAsync(page, "explorer-phone-fact.png");

        await explorer.FactDialog.Locator(".quote-link").First.ClickAsync();
        await explorer.Passage.WaitForAsync();
        (await explorer.Passage.IsVisibleAsync()).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "explorer-phone-quote.png");
    }
}
