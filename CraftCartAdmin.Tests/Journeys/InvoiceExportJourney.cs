using System.Text.Json;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Invoices;
using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CraftCartAdmin.Tests.Journeys;

/// <summary>
/// Staff take the bundled invoices of the demo shop (同梱) from 受注一覧, see the rows turn （済）, and
/// download the same file again from the history (SPEC I1, I2, I3).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoiceExportJourney(BrowserFixture browser)
{
    [Fact]
    public async Task I2_I3_staff_download_the_invoice_csv_rows_turn_taken_and_the_history_gives_the_same_file_again()
    {
        var notTaken = await SeedPrintDataForNotTakenOrdersAsync();
        Assert.NotEmpty(notTaken);
        var page = await browser.SignedInPageAsync(CraftCartAppFactory.StaffEmail);
        await page.GotoAsync("/orders");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        var pendingMarkers = page.GetByTestId("invoice-marker").Filter(new() { HasText = "（未）" });
        await Assertions.Expect(pendingMarkers.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("invoice-ready")).ToContainTextAsync($"{notTaken.Count} 件");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("invoice-export-button").ClickAsync());
        var first = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Matches(@"^score-invoices-\d{8}-\d{4}\.csv$", download.SuggestedFilename);
        await Assertions.Expect(page.GetByTestId("invoice-export-message")).ToContainTextAsync($"{notTaken.Count}件の請求書データを取得しました");
        await Assertions.Expect(pendingMarkers).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("invoice-marker").Filter(new() { HasText = "（済）" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "orders-after-invoice-export.png"), FullPage = true });

        await page.GetByTestId("nav").GetByText("請求書一括取得履歴").ClickAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("請求書一括取得履歴");
        await Assertions.Expect(page.GetByTestId("batch-count").First).ToHaveTextAsync($"{notTaken.Count} 件");
        await Assertions.Expect(page.GetByTestId("batch-orders").First).ToContainTextAsync(notTaken[0]);
        var again = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("batch-download").First.ClickAsync());
        var second = await File.ReadAllBytesAsync(await again.PathAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "invoice-history.png"), FullPage = true });

        Assert.Equal(first, second);
        await using var db = await ContextAsync();
        Assert.Equal(0, await db.Orders.CountAsync(o => o.InvoiceState == InvoiceState.NotTaken));
        Assert.Equal(first, (await db.Set<InvoiceBatch>().OrderByDescending(b => b.Id).FirstAsync()).Content);
        await page.Context.CloseAsync();
    }

    private Task<CraftCartDbContext> ContextAsync() =>
        browser.App.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();

    /// <summary>The demo fixture runs without the outbox worker, so give its （未） orders the print data SCORE would have sent.</summary>
    private async Task<List<string>> SeedPrintDataForNotTakenOrdersAsync()
    {
        await using var db = await ContextAsync();
        var orders = await db.Orders.Include(o => o.Items)
            .Where(o => o.InvoiceState == InvoiceState.NotTaken && o.Status != OrderStatus.Cancelled)
            .OrderBy(o => o.OrderedAt).ToListAsync();
        foreach (var order in orders.Where(o => !db.InvoicePrintData.Any(d => d.OrderId == o.Id)))
        {
            var data = new ScoreInvoiceData
            {
                InvoiceCode = $"INV-{order.Id:D6}", CustomerName = order.Customer.FullName,
                CustomerZip = order.Customer.Address.PostalCode, BilledAmount = order.Total.ToString(), InvoiceTitle = "ご請求書",
                ShopTransactionId1 = order.OrderNumber, NissenTransactionId = order.ScoreTransactionId ?? "",
                GoodsDetails = order.Items.Select(i => new ScoreGoodsDetail(i.Name, i.UnitPrice.ToString(), i.Quantity.ToString())).ToList(),
            };
            db.InvoicePrintData.Add(new InvoicePrintData { OrderId = order.Id, FetchedAt = DateTimeOffset.UtcNow, Json = JsonSerializer.Serialize(data) });
        }
        await db.SaveChangesAsync();
        return orders.Select(o => o.OrderNumber).ToList();
    }
}
