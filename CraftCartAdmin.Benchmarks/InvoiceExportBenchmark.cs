using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Invoices;
using CraftCartAdmin.Score;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// スコア後払い請求書一括取得 of 10,000 （未） orders (SPEC I2): the whole export — read in a write
/// transaction, CSV in Shift_JIS, batch with its bytes, flip to （済）, commit — against CsvHelper alone
/// writing the same rows from memory. A temporary SQLite file with the app's migrations, in WAL mode.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class InvoiceExportBenchmark
{
    public const int OrderCount = 10_000;

    private string folder = "";
    private IDbContextFactory<CraftCartDbContext> contexts = default!;
    private InvoiceExportService service = default!;
    private List<InvoiceCsvRow> rows = [];

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("craftcart-bench-").FullName;
        var options = new DbContextOptionsBuilder<CraftCartDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}")
            // Without the app's DI the Identity schema version falls back to its default, so EF sees a different
            // Identity model than the migrations; the benchmark never touches those tables.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        contexts = new ContextFactory(options);
        service = new InvoiceExportService(contexts, new OrderChangeNotifier(NullLogger<OrderChangeNotifier>.Instance), TimeProvider.System);

        using var db = contexts.CreateDbContext();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        var score = new PaymentMethod { Code = PaymentMethod.ScoreCode, Name = "スコア後払い", IsSystem = true };
        var yamato = new DeliveryMethod { Code = "yamato", Name = "宅急便", CarrierCode = 12, PaymentMethods = [score] };
        db.ShopSettings.Add(new ShopSettings { ShopName = "ベンチ工房", ContractType = ContractType.Bundled });
        db.DeliveryMethods.Add(yamato);
        db.SaveChanges();

        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var orders = Enumerable.Range(1, OrderCount).Select(i => new Order
        {
            OrderNumber = $"C{i:D8}", OrderedAt = start.AddMinutes(i), ScoreTransactionId = $"{10000000000L + i}",
            Customer = new Person { LastName = "山田", FirstName = "太郎", Email = $"taro{i}@example.jp" },
            PaymentMethodId = score.Id, DeliveryMethodId = yamato.Id, CreditResult = CreditResult.Ok,
            InvoiceState = InvoiceState.NotTaken,
        }).ToList();
        db.Orders.AddRange(orders);
        db.SaveChanges();
        db.InvoicePrintData.AddRange(orders.Select(o => new InvoicePrintData
        {
            OrderId = o.Id, FetchedAt = start, Json = JsonSerializer.Serialize(PrintData(o), InvoicePrintData.JsonOptions),
        }));
        db.SaveChanges();
        rows = orders.Select(o => new InvoiceCsvRow(o.OrderNumber, o.ScoreTransactionId!, PrintData(o))).ToList();
    }

    [IterationSetup(Target = nameof(ExportWithFlip))]
    public void ResetFlip()
    {
        using var db = contexts.CreateDbContext();
        db.Database.ExecuteSqlRaw("DELETE FROM InvoiceBatchOrders; DELETE FROM InvoiceBatches; UPDATE Orders SET InvoiceState = 1;");
        // The reset's own writes are checkpointed here, so the measured export does not pay for them.
        db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    [Benchmark(Baseline = true, Description = "CsvHelper only, rows in memory")]
    public int CsvHelperOnly() => InvoiceCsv.Write(rows, CsvEncodingChoice.ShiftJis).Length;

    [Benchmark(Description = "Export incl. read, batch and flip transaction")]
    public int ExportWithFlip()
    {
        var result = service.ExportAsync("bench@craftcart.example").GetAwaiter().GetResult();
        if (result.OrderIds.Count != OrderCount) throw new InvalidOperationException(result.Message);
        return result.File!.Content.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static ScoreInvoiceData PrintData(Order order) => new()
    {
        InvoiceBarCode = $"9{order.ScoreTransactionId}00000000", InvoiceCode = $"INV{order.OrderNumber}",
        CustomerName = "山田 太郎", CustomerZip = "150-0001", CustomerAddress1 = "東京都", CustomerAddress2 = "渋谷区",
        CustomerAddress3 = "神宮前1-2-3 コーポ神宮前101", ShopZip = "060-0001", ShopAddress1 = "北海道", ShopAddress2 = "札幌市中央区",
        ShopAddress3 = "北一条西1丁目", ShopTel = "011-123-4567", BilledAmount = "3530", Tax = "320", TimeOfReceipts = "2026/12/18",
        InvoiceStartDate = "2026/12/04", InvoiceTitle = "ご請求書", ShopOrderDate = "2026/12/04",
        NissenTransactionId = order.ScoreTransactionId!, ShopTransactionId1 = order.OrderNumber,
        ShopMessages = ["お買い上げありがとうございます。", "", "", "", "手作り工房より"],
        Yobi = ["A4", "00120-3-456789", "スコア", "12345678901234567890", "09876543210987654321", "東京都渋谷区神宮前1-2-3", "X", "", "", ""],
        GoodsDetails = [new("手作り石鹸", "1200", "2"), new("送料", "800", "1"), new("決済手数料", "330", "1"), new("割引等", "-100", "1")],
    };
}

/// <summary>A new context per call, as AddDbContextFactory gives the app.</summary>
internal sealed class ContextFactory(DbContextOptions<CraftCartDbContext> options) : IDbContextFactory<CraftCartDbContext>
{
    public CraftCartDbContext CreateDbContext() => new(options);
}
