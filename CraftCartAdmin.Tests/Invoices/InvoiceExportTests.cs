using System.Text.Json;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Invoices;
using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Invoices;

/// <summary>スコア後払い請求書一括取得 against a 同梱 shop whose print data came from the sandbox over HTTP (SPEC I1–I3).</summary>
public sealed class InvoiceExportTests : IAsyncLifetime
{
    private const int OrderCount = 20;
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync()
    {
        shop = await ScoreTestShop.StartAsync(ContractType.Bundled);
        for (var i = 0; i < OrderCount; i++) await shop.PlaceAsync(ScoreTestShop.Order(unitPrice: 1000 + i));
        await shop.DrainAsync();
    }

    public async Task DisposeAsync() => await shop.DisposeAsync();

    private async Task<List<Order>> OrdersAsync()
    {
        await using var db = await shop.ContextAsync();
        return await db.Orders.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
    }

    [Fact]
    public async Task I2_one_export_takes_every_not_taken_order_flips_exactly_those_and_the_file_equals_the_stored_print_data()
    {
        var before = await OrdersAsync();
        Assert.All(before, o => Assert.Equal(InvoiceState.NotTaken, o.InvoiceState));

        var result = await shop.Service<InvoiceExportService>().ExportAsync("staff@craftcart.example");

        Assert.True(result.Succeeded, result.Message);
        Assert.Matches(@"^score-invoices-\d{8}-\d{4}\.csv$", result.File!.FileName);
        Assert.Equal(before.Select(o => o.Id).Order(), result.OrderIds.Order());
        Assert.All(await OrdersAsync(), o => Assert.Equal(InvoiceState.Taken, o.InvoiceState));

        await using var db = await shop.ContextAsync();
        var stored = await db.InvoicePrintData.AsNoTracking().ToDictionaryAsync(d => d.OrderId, d => JsonSerializer.Deserialize<ScoreInvoiceData>(d.Json)!);
        var (_, rows) = InvoiceCsvReader.Read(result.File.Content, CsvEncodingChoice.ShiftJis);
        Assert.Equal(OrderCount, rows.Count);
        foreach (var row in rows)
        {
            var order = before.Single(o => o.OrderNumber == row["注文番号"]);
            InvoiceCsvTests.AssertRowEquals(order.OrderNumber, order.ScoreTransactionId!, stored[order.Id], row);
        }
        var batch = await db.Set<InvoiceBatch>().Include(b => b.Orders).SingleAsync();
        Assert.Equal("staff@craftcart.example", batch.CreatedBy);
        Assert.Equal(OrderCount, batch.OrderCount);
        Assert.Equal(result.File.Content, batch.Content);

        var again = await shop.Service<InvoiceExportService>().ExportAsync("staff@craftcart.example");
        Assert.False(again.Succeeded);
        Assert.Equal(InvoiceExportService.NothingToExport, again.Message);
    }

    [Fact]
    public async Task I2_print_data_is_stored_with_Japanese_as_characters_and_rows_stored_escaped_before_export_the_same()
    {
        await using (var db = await shop.ContextAsync())
        {
            var all = await db.InvoicePrintData.OrderBy(d => d.OrderId).ToListAsync();
            Assert.All(all, d => Assert.Contains("山田", d.Json));
            // Print data fetched before Japanese was kept as characters: every non-ASCII character a \uXXXX escape.
            foreach (var data in all.Where((_, i) => i % 2 == 0))
                data.Json = JsonSerializer.Serialize(JsonSerializer.Deserialize<ScoreInvoiceData>(data.Json));
            Assert.Contains(@"\u5C71", all[0].Json, StringComparison.OrdinalIgnoreCase);
            await db.SaveChangesAsync();
        }
        var before = await OrdersAsync();

        var result = await shop.Service<InvoiceExportService>().ExportAsync("staff@craftcart.example");

        await using var check = await shop.ContextAsync();
        var stored = await check.InvoicePrintData.AsNoTracking().ToDictionaryAsync(d => d.OrderId, d => JsonSerializer.Deserialize<ScoreInvoiceData>(d.Json)!);
        var (_, rows) = InvoiceCsvReader.Read(result.File!.Content, CsvEncodingChoice.ShiftJis);
        Assert.Equal(OrderCount, rows.Count);
        foreach (var row in rows)
        {
            var order = before.Single(o => o.OrderNumber == row["注文番号"]);
            InvoiceCsvTests.AssertRowEquals(order.OrderNumber, order.ScoreTransactionId!, stored[order.Id], row);
        }
    }

    [Fact]
    public async Task I2_the_flip_renews_each_taken_orders_version_so_an_edit_opened_before_the_export_is_refused()
    {
        var before = (await OrdersAsync()).ToDictionary(o => o.Id, o => o.Version);
        await using var stale = await shop.ContextAsync();
        var opened = await stale.Orders.OrderBy(o => o.Id).FirstAsync();

        await shop.Service<InvoiceExportService>().ExportAsync("staff@craftcart.example");

        Assert.Equal(before.ToDictionary(v => v.Key, v => v.Value + 1), (await OrdersAsync()).ToDictionary(o => o.Id, o => o.Version));
        opened.TrackingNumber = "123456789012";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task I2_the_UTF8_BOM_setting_writes_UTF8_with_BOM()
    {
        await using (var db = await shop.ContextAsync())
            await db.ShopSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.InvoiceCsvEncoding, CsvEncodingChoice.Utf8Bom));

        var result = await shop.Service<InvoiceExportService>().ExportAsync("owner@craftcart.example");

        var (header, rows) = InvoiceCsvReader.Read(result.File!.Content, CsvEncodingChoice.Utf8Bom);
        Assert.Equal("注文番号", header[0]);
        Assert.Equal(OrderCount, rows.Count);
    }

    [Fact]
    public async Task I2_two_exports_started_together_produce_disjoint_batches_whose_union_is_every_not_taken_order()
    {
        var notTaken = (await OrdersAsync()).Where(o => o.InvoiceState == InvoiceState.NotTaken).Select(o => o.Id).ToHashSet();

        var results = await Task.WhenAll(
            Task.Run(() => shop.Service<InvoiceExportService>().ExportAsync("a@craftcart.example")),
            Task.Run(() => shop.Service<InvoiceExportService>().ExportAsync("b@craftcart.example")));

        Assert.Empty(results[0].OrderIds.Intersect(results[1].OrderIds));
        Assert.Equal(notTaken.Order(), results.SelectMany(r => r.OrderIds).Order());
        await using var db = await shop.ContextAsync();
        var batches = await db.Set<InvoiceBatch>().Include(b => b.Orders).ToListAsync();
        Assert.Equal(results.Count(r => r.Succeeded), batches.Count);
        Assert.Equal(notTaken.Order(), batches.SelectMany(b => b.Orders).Select(o => o.OrderId).Order());
        Assert.All(await OrdersAsync(), o => Assert.Equal(InvoiceState.Taken, o.InvoiceState));
    }

    [Fact]
    public async Task I2_a_failed_export_flips_nothing_and_records_no_batch()
    {
        string victim;
        await using (var db = await shop.ContextAsync())
        {
            var data = await db.InvoicePrintData.OrderBy(d => d.OrderId).Skip(7).FirstAsync();
            victim = (await db.Orders.SingleAsync(o => o.Id == data.OrderId)).OrderNumber;
            var invoice = JsonSerializer.Deserialize<ScoreInvoiceData>(data.Json)! with { CustomerName = "山田 🍣" };
            data.Json = JsonSerializer.Serialize(invoice);
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<InvoiceCsvException>(() => shop.Service<InvoiceExportService>().ExportAsync("staff@craftcart.example"));

        Assert.Contains(victim, refusal.Message);
        Assert.All(await OrdersAsync(), o => Assert.Equal(InvoiceState.NotTaken, o.InvoiceState));
        await using var check = await shop.ContextAsync();
        Assert.Empty(await check.Set<InvoiceBatch>().ToListAsync());
        Assert.Empty(await check.Set<InvoiceBatchOrder>().ToListAsync());
    }

    [Fact]
    public async Task I3_a_re_download_is_the_first_file_byte_for_byte_and_flips_nothing()
    {
        var service = shop.Service<InvoiceExportService>();
        var first = await service.ExportAsync("staff@craftcart.example");
        var newcomer = await shop.PlaceAsync(ScoreTestShop.Order(unitPrice: 4321));
        await shop.DrainAsync();
        var versions = (await OrdersAsync()).ToDictionary(o => o.Id, o => (o.InvoiceState, o.Version));

        var again = await service.DownloadAgainAsync(first.File!.BatchId!.Value);

        Assert.Equal(first.File.Content, again!.Content);
        Assert.Equal(first.File.FileName, again.FileName);
        Assert.Equal(versions, (await OrdersAsync()).ToDictionary(o => o.Id, o => (o.InvoiceState, o.Version)));
        Assert.Equal(InvoiceState.NotTaken, versions[newcomer.OrderId].InvoiceState);
        var history = await service.HistoryAsync();
        var batch = Assert.Single(history);
        Assert.Equal(OrderCount, batch.OrderNumbers.Count);
        Assert.Equal(1, (await service.PendingAsync()).Ready);
    }
}
