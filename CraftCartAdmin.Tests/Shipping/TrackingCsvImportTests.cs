using System.Text;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Shipping;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Shipping;

/// <summary>配送伝票番号の登録（CSV）: preview of every line, then one transaction for the good ones (SPEC H1, H2, H3).</summary>
public sealed class TrackingCsvImportTests : IAsyncLifetime
{
    private ScoreTestShop shop = default!;
    private readonly List<string> numbers = [];

    static TrackingCsvImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync()
    {
        shop = await ScoreTestShop.StartAsync(ContractType.Separate);
        // 0 ok, 1 ok, 2 cancelled, 3 has another number, 4 shipment registered, 5 NG credit, 6 ok (duplicate lines), 7 same number already
        string[] emails = ["a@example.jp", "b@example.jp", "c@example.jp", "d@example.jp", "e@example.jp", "f+ng@example.jp", "g@example.jp", "h@example.jp"];
        foreach (var email in emails) numbers.Add((await shop.PlaceAsync(ScoreTestShop.Order(email))).OrderNumber);
        await shop.DrainAsync();
        await using var db = await shop.ContextAsync();
        var orders = await db.Orders.Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod).ToDictionaryAsync(o => o.OrderNumber);
        orders[numbers[2]].MoveTo(OrderStatus.Cancelled, new DateOnly(2026, 12, 4));
        orders[numbers[3]].TrackingNumber = "111111111111";
        orders[numbers[4]].TrackingNumber = "222222222222";
        orders[numbers[4]].ShipmentRegisteredAt = DateTimeOffset.UtcNow;
        orders[numbers[7]].TrackingNumber = "333333333333";
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await shop.DisposeAsync();

    private string FileText() => string.Join("\r\n",
        "注文番号,配送伝票番号",
        $"{numbers[0]},１２３４－５６７８－９０１２",   // line 2: full width, valid mod 7? (warning at most)
        $"{numbers[1]},123456789013",                 // 3
        "C99999999,123456789012",                     // 4
        $"{numbers[2]},123456789012",                 // 5
        $"{numbers[3]},123456789012",                 // 6
        $"{numbers[4]},123456789012",                 // 7
        $"{numbers[6]},123456789012",                 // 8
        $"{numbers[6]},123456789019",                 // 9
        $"{numbers[5]},12AB",                         // 10
        $"{numbers[7]},333333333333",                 // 11
        "") ;

    private Task<TrackingCsvPreview> PreviewAsync(byte[] bytes) =>
        shop.Service<TrackingCsvImportService>().PreviewAsync(new MemoryStream(bytes));

    [Fact]
    public async Task H1_the_preview_says_what_happens_to_every_line_and_changes_nothing()
    {
        var preview = await PreviewAsync(Encoding.GetEncoding("shift_jis").GetBytes(FileText()));

        Assert.True(preview.IsValidFile, preview.FileError);
        Assert.Equal(
        [
            (2, TrackingLineOutcome.Apply), (3, TrackingLineOutcome.Apply), (4, TrackingLineOutcome.OrderNotFound),
            (5, TrackingLineOutcome.Cancelled), (6, TrackingLineOutcome.ConflictsWithExisting), (7, TrackingLineOutcome.ShipmentRegistered),
            (8, TrackingLineOutcome.DuplicateInFile), (9, TrackingLineOutcome.DuplicateInFile), (10, TrackingLineOutcome.InvalidNumber),
            (11, TrackingLineOutcome.Unchanged),
        ], preview.Lines.Select(l => (l.LineNumber, l.Outcome)));
        Assert.Equal("1234-5678-9012", preview.Lines[0].TrackingNumber);
        Assert.Contains("チェックデジット", preview.Lines[0].Warning); // 12345678901 % 7 = 3, not 2
        Assert.Null(preview.Lines[1].Warning);
        await using var db = await shop.ContextAsync();
        Assert.Null((await db.Orders.SingleAsync(o => o.OrderNumber == numbers[0])).TrackingNumber);
    }

    [Fact]
    public async Task H1_apply_registers_only_the_good_lines()
    {
        var preview = await PreviewAsync(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(FileText())).ToArray());

        var result = await shop.Service<TrackingCsvImportService>().ApplyAsync(preview, alsoMarkShipped: false);

        Assert.Equal(2, result.AppliedCount);
        await using var db = await shop.ContextAsync();
        var orders = await db.Orders.AsNoTracking().ToDictionaryAsync(o => o.OrderNumber);
        Assert.Equal("1234-5678-9012", orders[numbers[0]].TrackingNumber);
        Assert.Equal("123456789013", orders[numbers[1]].TrackingNumber);
        Assert.Equal("111111111111", orders[numbers[3]].TrackingNumber);
        Assert.Null(orders[numbers[6]].TrackingNumber);
        Assert.Null(orders[numbers[5]].TrackingNumber);
        Assert.Equal(OrderStatus.New, orders[numbers[0]].Status);
    }

    [Fact]
    public async Task H1_H2_apply_with_shipping_moves_good_lines_to_shipped_and_queues_the_SCORE_shipment_but_H3_refuses_NG()
    {
        var text = $"注文番号,配送伝票番号\r\n{numbers[0]},123456789012\r\n{numbers[5]},123456789012\r\n";
        var preview = await PreviewAsync(Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, preview.ApplicableCount);

        var result = await shop.Service<TrackingCsvImportService>().ApplyAsync(preview, alsoMarkShipped: true);

        Assert.Equal(2, result.AppliedCount);
        Assert.Equal(1, result.ShippedCount);
        Assert.Contains("発送済みにはできません", result.Lines.Single(l => l.OrderNumber == numbers[5]).Message);
        await using var db = await shop.ContextAsync();
        var shipped = await db.Orders.AsNoTracking().SingleAsync(o => o.OrderNumber == numbers[0]);
        var ng = await db.Orders.AsNoTracking().SingleAsync(o => o.OrderNumber == numbers[5]);
        Assert.Equal(OrderStatus.Shipped, shipped.Status);
        Assert.NotEqual(OrderStatus.Shipped, ng.Status);
        Assert.True(await db.ScoreOutbox.AnyAsync(m => m.OrderId == shipped.Id && m.Operation == OutboxOperation.RegisterShipment));
        Assert.False(await db.ScoreOutbox.AnyAsync(m => m.OrderId == ng.Id && m.Operation == OutboxOperation.RegisterShipment));
    }

    [Fact]
    public async Task H1_a_line_whose_order_changed_after_the_preview_is_not_applied_and_says_why()
    {
        var preview = await PreviewAsync(Encoding.UTF8.GetBytes($"注文番号,配送伝票番号\r\n{numbers[0]},123456789012\r\n{numbers[1]},123456789020\r\n"));
        await using (var db = await shop.ContextAsync())
            await db.Orders.Where(o => o.OrderNumber == numbers[1]).ExecuteUpdateAsync(s => s.SetProperty(o => o.TrackingNumber, "999999999999"));

        var result = await shop.Service<TrackingCsvImportService>().ApplyAsync(preview, alsoMarkShipped: false);

        Assert.Equal(1, result.AppliedCount);
        Assert.Contains("既に別の番号が登録済み", result.Lines.Single(l => l.OrderNumber == numbers[1]).Message);
    }

    [Theory]
    [InlineData("wrong header")]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("10 MB")]
    public async Task H1_a_broken_file_changes_nothing(string kind)
    {
        var bytes = TrackingCsvFileTests.BrokenFile(kind);
        await using (var before = await shop.ContextAsync())
            Assert.Null((await before.Orders.SingleAsync(o => o.OrderNumber == numbers[0])).TrackingNumber);

        var preview = await PreviewAsync(bytes);
        var result = await shop.Service<TrackingCsvImportService>().ApplyAsync(preview, alsoMarkShipped: true);

        Assert.False(preview.IsValidFile);
        Assert.Equal(0, result.AppliedCount);
        await using var db = await shop.ContextAsync();
        Assert.Equal(3, await db.Orders.CountAsync(o => o.TrackingNumber != null));
    }
}
