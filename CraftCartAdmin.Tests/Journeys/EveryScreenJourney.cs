using CraftCartAdmin.Components.Layout;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Tests.Support;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// Every screen of the menu as each role sees it, in a real browser: each opens, becomes interactive,
/// shows its title and no error, and leaves a screenshot to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryScreenJourney(BrowserFixture browser)
{
    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.ShopOwner)]
    [InlineData(Roles.Staff)]
    public async Task Every_menu_screen_opens_cleanly_for_the_role(string role)
    {
        var page = await browser.SignedInPageAsync(CraftCartAppFactory.EmailOf(role));
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        var menu = await page.GetByTestId("nav").Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");

        foreach (var href in menu.Distinct())
        {
            await page.GotoAsync(href);
            await BrowserFixture.WaitUntilInteractiveAsync(page);
            var entry = NavigationCatalog.Manual.Single(e => e.Href == "/" + href.TrimStart('/'));
            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("この画面を表示する権限がありません");
            await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(".+ \\| CraftCart Admin"));
            var name = $"{role}-{(href.Trim('/').Length == 0 ? "home" : href.Trim('/').Replace('/', '-'))}.png";
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "screens", name), FullPage = true });
            Assert.True(entry.Policy is not null);
        }
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
