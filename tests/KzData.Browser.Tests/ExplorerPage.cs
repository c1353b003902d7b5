namespace KzData.Browser.Tests;

/// <summary>
/// The explorer in one browser context, with the selectors the tests share. Disposing it fails
/// the test if the page logged a script error or a failed request along the way.
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];
    private readonly HashSet<int> expectedStatuses = [];

    private ExplorerPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.PageError += (_, error) => errors.Add($"script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console error: {message.Text}");
            }
        };
    }

    /// <summary>Facts per page of the list (LIST_PAGE_SIZE in js/views/list.js): the page's own choice, not the data's.</summary>
    public const int ListPageSize = 50;

    public IPage Page { get; }

    /// <summary>A count as the page words it: "1 fact", "1,234 facts" (plural in js/format.js).</summary>
    public static string Plural(int count, string one, string? many = null) =>
        $"{count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} {(count == 1 ? one : many ?? one + "s")}";

    public ILocator Cards => Page.Locator("#fact-list > .fact-card");

    public ILocator FactDialog => Page.Locator("#fact-dialog");

    public ILocator ArticleDialog => Page.Locator("#article-dialog");

    public ILocator Passage => Page.Locator("#article-dialog mark#passage");

    public ILocator TimelineItems => Page.Locator("#timeline .timeline-item");

    public static async Task<ExplorerPage> CreateAsync(IBrowserContext context)
    {
        // Fail in seconds, not Playwright's default 30 s: everything here is local.
        context.SetDefaultTimeout(10_000);
        return new ExplorerPage(context, await context.NewPageAsync());
    }

    /// <summary>Loads the page with a query string (e.g. "?topic=migration") and waits for its results.</summary>
    public async Task GotoAsync(string query)
    {
        await Page.GotoAsync("/" + query);
        await Page.Locator("#results[aria-busy='false'][data-query]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Waits until the results show exactly this API query (filters in the page's fixed order).</summary>
    public Task WaitForResultsAsync(string apiQuery, string view = "list") =>
        Page.Locator($"#results[aria-busy='false'][data-query='{apiQuery}'][data-view='{view}']")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public Task<string[]> CardIdsAsync() => Cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.factId)");

    public Task<string[]> TimelineIdsAsync() => TimelineItems.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.factId)");

    public ILocator Card(string factId) => Page.Locator($"#fact-list > .fact-card[data-fact-id='{factId}']");

    /// <summary>Opens a fact from its card and waits for its statement in the dialog.</summary>
    public async Task OpenFactAsync(string factId)
    {
        await Card(factId).Locator(".fact-link").ClickAsync();
        await WaitForFactAsync(factId);
    }

    public Task WaitForFactAsync(string factId) =>
        Page.Locator($"#fact-dialog[open] #fact-title[data-fact-id='{factId}']").WaitForAsync();

    public Task<bool> IsOpenAsync(ILocator dialog) => dialog.EvaluateAsync<bool>("d => d.open");

    /// <summary>For a test that provokes an error response on purpose: the browser logs it, and that is fine.</summary>
    public void ExpectFailedRequests(int status) => expectedStatuses.Add(status);

    public string Query => new Uri(Page.Url).Query;

    public async ValueTask DisposeAsync()
    {
        // A missing optional field must never show up as text (neither the data nor the seeds contain these strings).
        var leaked = await Page.EvaluateAsync<string?>(@"document.body.innerText.match(/null|undefined|NaN|\[object Object\]/)?.[0] ?? null");
        await context.CloseAsync();
        leaked.ShouldBeNull("the page shows a placeholder for a missing value");
        errors.Where(e => !expectedStatuses.Any(s => e.Contains($"status of {s} ", StringComparison.Ordinal)))
            .ShouldBeEmpty("the page logged errors");
    }
}
