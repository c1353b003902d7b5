using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Browser.Tests;

/// <summary>
/// One real server (Kestrel on 127.0.0.1, ephemeral port) and one headless Chromium for every
/// browser test: starting either takes about a second, a new browser context per test is cheap.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser downloads are not reachable here.</summary>
    /// <summary>Debian's chromium, or the browser KZDATA_CHROMIUM names (another distribution's path, a local build).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("KZDATA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly WebApplicationFactory<Program> factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Plain HTTP to the same server, for the expected values the page must show.</summary>
    public ApiReader Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser must not turn the suite green. .ci/run installs it.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}, and the browser tests need it. " +
                "Install it with: sudo apt-get update && sudo apt-get install -y chromium (bash .ci/run does this).");
        }

        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Api = new ApiReader(new HttpClient { BaseAddress = BaseAddress });

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (no shared history or storage) showing the explorer. <paramref name="prepare"/>
    /// runs before the page loads, e.g. to route an API response through a test's own handler.
    /// </summary>
    public async Task<ExplorerPage> OpenAsync(string query = "", int width = 1280, int height = 800, bool phone = false, Func<IPage, Task>? prepare = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var explorer = await ExplorerPage.CreateAsync(context);
        if (prepare is not null)
        {
            await prepare(explorer.Page);
        }

        await explorer.GotoAsync(query);
        return explorer;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        Api?.Dispose();
        await factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "Explorer in a browser";
}
