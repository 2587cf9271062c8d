using CraftCartAdmin.Tests.Support;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>A newcomer's first minute: log in as the seeded admin and see ホーム with the demo shop's orders.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstLoginJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_logs_in_and_sees_home_with_the_demo_orders()
    {
        var page = await browser.SignedInPageAsync(CraftCartAppFactory.AdminEmail);

        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("ホーム");
        await Assertions.Expect(page.GetByTestId("total-orders-value")).ToHaveTextAsync("300");
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("管理者");
        await Assertions.Expect(page.GetByTestId("nav")).ToContainTextAsync("ホーム");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "home-admin.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_login_page_with_a_Japanese_message()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("#email", CraftCartAppFactory.StaffEmail);
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("メールアドレスまたはパスワードが正しくありません。");
        await context.CloseAsync();
    }
}
