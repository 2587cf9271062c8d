using CraftCartAdmin.Tests.Support;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// SPEC H2–H5 as staff do it in 受注編集: a HOLD order is not offered 発送済み; an OK order with a
/// tracking number ships, SCORE receives 配送情報登録, and the customer data is then read-only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShippingGateJourney(BrowserFixture browsers)
{
    [Fact]
    public async Task A_HOLD_order_cannot_ship_and_an_OK_order_ships_and_locks()
    {
        await using var shop = await ScoreTestShop.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Score:Outbox:WorkerEnabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var hold = await shop.PlaceAsync(ScoreTestShop.Order("hold+hold@example.jp"));
        var ok = await shop.PlaceAsync(ScoreTestShop.Order("ok@example.jp"));
        var page = await BrowserFixture.SignedInPageAsync(browsers.Browser, shop.App.ServerAddress, CraftCartAppFactory.AdminEmail);

        await OpenAsync(page, hold.OrderId);
        await Assertions.Expect(page.GetByTestId("credit")).ToHaveTextAsync("与信：HOLD");
        await TrackingInput(page).FillAsync("1234-5678-9012");
        await page.GetByTestId("status-select").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).Not.ToContainTextAsync("発送済み");
        await Assertions.Expect(page.GetByTestId("status-refusal").First).ToContainTextAsync("与信");
        await page.Keyboard.PressAsync("Escape");

        await OpenAsync(page, ok.OrderId);
        await Assertions.Expect(page.GetByTestId("credit")).ToHaveTextAsync("与信：OK");
        await TrackingInput(page).FillAsync("1234-5678-9012");
        await page.GetByTestId("status-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "発送済み" }).ClickAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-result")).ToBeVisibleAsync();

        await WaitUntilShippedAtScoreAsync(shop, ok.OrderNumber);
        await OpenAsync(page, ok.OrderId);
        await Assertions.Expect(page.GetByTestId("lock-message")).ToBeVisibleAsync();
        var lastName = page.Locator("[data-testid=customer-last-name] input, input[data-testid=customer-last-name]").First;
        Assert.True(await lastName.IsDisabledAsync() || !await lastName.IsEditableAsync(), "the customer's name is read-only after 配送情報登録 (H5)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "order-edit-locked.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static ILocator TrackingInput(IPage page) =>
        page.Locator("[data-testid=tracking-number] input, input[data-testid=tracking-number]").First;

    private static async Task OpenAsync(IPage page, int orderId)
    {
        await page.GotoAsync($"/orders/{orderId}");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("order-number")).ToBeVisibleAsync();
    }

    private static async Task WaitUntilShippedAtScoreAsync(ScoreTestShop shop, string orderNumber)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await shop.SandboxTransactionAsync(orderNumber))?.Shipped == true) return;
            await Task.Delay(50);
        }
        Assert.Fail("SCORE did not receive 配送情報登録 (H2)");
    }
}
