using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven by Playwright, and the app on real Kestrel at 127.0.0.1, shared by a
/// collection of journeys. Playwright never downloads a browser here: .ci/test installs /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;
    public CraftCartAppFactory App { get; } = new(useKestrel: true);
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots of the journeys, kept for a person to look at.</summary>
    public static string ScreenshotFolder { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        BaseUrl = App.ServerAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(playwright);
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
    });

    /// <summary>A fresh browser context (own cookies) signed in through the login page.</summary>
    public Task<IPage> SignedInPageAsync(string email) => SignedInPageAsync(Browser, BaseUrl, email);

    public static async Task<IPage> SignedInPageAsync(IBrowser browser, string baseUrl, string email, string password = CraftCartAppFactory.Password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "ja-JP", TimezoneId = "Asia/Tokyo",
            ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Clicks before the SignalR circuit is up are lost; the layout marks when it is.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator(".app-root[data-interactive=true]").WaitForAsync();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser journeys";
}
