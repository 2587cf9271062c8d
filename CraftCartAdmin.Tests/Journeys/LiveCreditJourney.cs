using System.Net.Http.Json;
using System.Text.Json;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// SPEC O1, O2, O4 in two real browsers: a storefront order with a +hold buyer shows 与信：HOLD in both
/// open 受注一覧 without reload, and when the HOLD poll resolves it both show 与信：OK.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveCreditJourney(BrowserFixture browsers)
{
    private const string ApiKey = "journey-storefront-key-0123456789";

    [Fact]
    public async Task Two_shop_owners_see_a_new_HOLD_order_and_its_poll_result_live()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var shop = await ScoreTestShop.StartAsync(clock: clock, settings: new Dictionary<string, string?>
        {
            ["Storefront:ApiKey"] = ApiKey,
            ["Score:Outbox:WorkerEnabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var first = await BrowserFixture.SignedInPageAsync(browsers.Browser, shop.App.ServerAddress, CraftCartAppFactory.AdminEmail);
        var second = await BrowserFixture.SignedInPageAsync(browsers.Browser, shop.App.ServerAddress, CraftCartAppFactory.AdminEmail);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync("/orders");
            await BrowserFixture.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.GetByText("条件に一致する受注はありません。")).ToBeVisibleAsync();
        }

        using var storefront = new HttpClient { BaseAddress = new Uri(shop.App.ServerAddress) };
        storefront.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var created = await storefront.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order("hanako+hold@example.jp"));
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderNumber").GetString()!;

        foreach (var page in new[] { first, second })
        {
            var row = page.Locator("tbody tr", new() { Has = page.GetByText(number) });
            await Assertions.Expect(row.GetByTestId("credit")).ToHaveTextAsync("与信：HOLD");
        }
        await first.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "orders-live-hold.png") });

        clock.SetUtcNow(shop.Service<PollSchedule>().NextAfter(clock.GetUtcNow()));
        var run = await shop.Service<HoldPoller>().RunAsync();
        Assert.Equal(1, run!.Changed);

        foreach (var page in new[] { first, second })
        {
            var row = page.Locator("tbody tr", new() { Has = page.GetByText(number) });
            await Assertions.Expect(row.GetByTestId("credit")).ToHaveTextAsync("与信：OK");
        }
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "orders-live-ok.png") });
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
