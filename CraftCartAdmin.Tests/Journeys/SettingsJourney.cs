using CraftCartAdmin.Tests.Support;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// The settings screens in a real browser over the live circuit. The shared demo shop keeps its sandbox
/// credentials: this journey saves S1 without a new password and only provokes refusals elsewhere.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsJourney(BrowserFixture browser)
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    [Fact]
    public async Task S1_admin_sees_the_password_as_set_and_saving_keeps_it_hidden()
    {
        var page = await browser.SignedInPageAsync(CraftCartAppFactory.AdminEmail);
        await page.GotoAsync("/settings/score");
        await BrowserFixture.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByTestId("password-set")).ToContainTextAsync("設定済み");
        await page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("スコア後払いの設定を登録しました。");
        await Assertions.Expect(page.GetByTestId("password-set")).ToContainTextAsync("設定済み");
        Assert.DoesNotContain("sandbox-direct-pass", await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = Shot("settings-score.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task S2_S3_owner_sees_no_delete_for_score_and_is_told_why_a_carrier_is_needed()
    {
        var page = await browser.SignedInPageAsync(CraftCartAppFactory.OwnerEmail);
        await page.GotoAsync("/settings/payment-methods");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("actions-score")).ToContainTextAsync("削除できません");
        await Assertions.Expect(page.GetByTestId("delete-score")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Shot("settings-payment-methods.png"), FullPage = true });

        await page.GotoAsync("/settings/delivery-methods");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("edit-pickup").ClickAsync();
        await page.GetByLabel("スコア後払い").CheckAsync();
        await Assertions.Expect(page.GetByTestId("carrier-hint")).ToBeVisibleAsync();
        await page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("errors")).ToContainTextAsync("運送会社の設定が必要です");
        await page.ScreenshotAsync(new() { Path = Shot("settings-delivery-methods-refused.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
