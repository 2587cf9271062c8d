using System.Data;
using System.Text.Json;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CraftCartAdmin.Features.Invoices;

/// <summary>A CSV to hand to the browser.</summary>
public sealed record InvoiceFile(string FileName, byte[] Content, int OrderCount, int? BatchId = null)
{
    public const string ContentType = "text/csv";
}

/// <summary>What an export produced: a file, or a message saying why there is none.</summary>
public sealed record InvoiceExportResult(InvoiceFile? File, string Message, IReadOnlyList<int> OrderIds)
{
    public bool Succeeded => File is not null;
    public static InvoiceExportResult Nothing(string message) => new(null, message, []);
}

/// <summary>（未） orders next to the button: how many the next export takes, and those still waiting for SCORE's print data.</summary>
public sealed record PendingInvoices(int Ready, IReadOnlyList<string> WaitingForPrintData);

/// <summary>One row of 請求書一括取得履歴 (I3).</summary>
public sealed record InvoiceBatchSummary(int Id, DateTimeOffset CreatedAt, string CreatedBy, int OrderCount,
    CsvEncodingChoice Encoding, string FileName, IReadOnlyList<string> OrderNumbers);

/// <summary>
/// スコア後払い請求書一括取得 (SPEC I2, I3). One export is one SQLite write transaction (BEGIN IMMEDIATE),
/// so two clicks at once run one after the other: the second finds nothing left. The orders read, the
/// batch with its exact bytes and the flip to （済） commit together or not at all.
/// </summary>
public sealed class InvoiceExportService(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OrderChangeNotifier notifier,
    TimeProvider clock)
{
    public const string NothingToExport = "取得できる請求書データはありません（「スコア後払い（未）請求書」の受注で、印字データを受信済みのものがありません）。";

    public async Task<InvoiceExportResult> ExportAsync(string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var encoding = await db.ShopSettings.Select(s => (CsvEncodingChoice?)s.InvoiceCsvEncoding).SingleOrDefaultAsync(cancellationToken)
                       ?? CsvEncodingChoice.ShiftJis;

        // Serializable is BEGIN IMMEDIATE in Microsoft.Data.Sqlite: the write lock is taken before the read.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var (ids, rows) = await ReadReadyRowsAsync(db, cancellationToken);
        if (ids.Count == 0) return InvoiceExportResult.Nothing(NothingToExport);

        var content = InvoiceCsv.Write(rows, encoding);

        var now = clock.GetUtcNow();
        var batch = new InvoiceBatch
        {
            CreatedAt = now,
            CreatedBy = user,
            OrderCount = ids.Count,
            Encoding = encoding,
            FileName = $"score-invoices-{JapanTime.ToJst(now):yyyyMMdd-HHmm}.csv",
            Content = content,
        };
        db.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        // One statement for the batch's orders: tracking thousands of InvoiceBatchOrder entities costs more than the CSV.
        // Only the ids travel as JSON; each 注文番号 is joined in SQL, unchanged under the write lock.
        var taken = JsonSerializer.Serialize(ids);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO InvoiceBatchOrders (BatchId, OrderId, OrderNumber)
            SELECT {batch.Id}, o.Id, o.OrderNumber FROM json_each({taken}) AS taken JOIN Orders AS o ON o.Id = taken.value
            """, cancellationToken);

        var inBatch = db.Set<InvoiceBatchOrder>().Where(b => b.BatchId == batch.Id).Select(b => b.OrderId);
        var flipped = await db.Orders
            .Where(o => inBatch.Contains(o.Id) && o.InvoiceState == InvoiceState.NotTaken)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.InvoiceState, InvoiceState.Taken)
                .SetProperty(o => o.Version, o => o.Version + 1), cancellationToken);
        if (flipped != ids.Count)
            throw new InvalidOperationException($"Invoice batch flipped {flipped} orders instead of {ids.Count}.");

        await transaction.CommitAsync(cancellationToken);

        notifier.Publish(new OrderChanges(ids));
        return new InvoiceExportResult(new InvoiceFile(batch.FileName, content, ids.Count, batch.Id),
            $"{ids.Count}件の請求書データを取得しました。対象の受注は「スコア後払い（済）請求書」になりました。", ids);
    }

    public async Task<PendingInvoices> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ready = await ReadyOrders(db).CountAsync(cancellationToken);
        var waiting = await db.Orders
            .Where(o => o.InvoiceState == InvoiceState.NotTaken && o.Status != OrderStatus.Cancelled
                        && !db.InvoicePrintData.Any(d => d.OrderId == o.Id))
            .OrderBy(o => o.OrderedAt).Select(o => o.OrderNumber)
            .ToListAsync(cancellationToken);
        return new PendingInvoices(ready, waiting);
    }

    public async Task<IReadOnlyList<InvoiceBatchSummary>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var batches = await db.Set<InvoiceBatch>().AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Select(b => new
            {
                b.Id, b.CreatedAt, b.CreatedBy, b.OrderCount, b.Encoding, b.FileName,
                Numbers = b.Orders.OrderBy(o => o.OrderNumber).Select(o => o.OrderNumber).ToList(),
            })
            .ToListAsync(cancellationToken);
        return batches.Select(b => new InvoiceBatchSummary(b.Id, b.CreatedAt, b.CreatedBy, b.OrderCount, b.Encoding, b.FileName, b.Numbers)).ToList();
    }

    /// <summary>The stored file of a batch, byte for byte (I3); flips nothing.</summary>
    public async Task<InvoiceFile?> DownloadAgainAsync(int batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<InvoiceBatch>().AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new InvoiceFile(b.FileName, b.Content, b.OrderCount, b.Id))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The ready orders in CSV order, read in the export's transaction, with their print data as SQLite's UTF-8
    /// bytes. The rows parse those bytes lazily, one at a time as the CSV is written: going through .NET strings
    /// would convert every record to UTF-16 and back, and holding ten thousand parsed records at once made the
    /// garbage collector copy them around; both were a large share of an export of thousands of orders.
    /// </summary>
    private static async Task<(List<int> Ids, IEnumerable<InvoiceCsvRow> Rows)> ReadReadyRowsAsync(
        CraftCartDbContext db, CancellationToken cancellationToken)
    {
        var query = ReadyOrders(db)
            .OrderBy(x => x.Order.OrderedAt).ThenBy(x => x.Order.Id)
            .Select(x => new { x.Order.Id, x.Order.OrderNumber, x.Order.ScoreTransactionId, x.Data.Json });
        await using var command = query.CreateDbCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        int id = reader.GetOrdinal("Id"), number = reader.GetOrdinal("OrderNumber"),
            transactionId = reader.GetOrdinal("ScoreTransactionId"), json = reader.GetOrdinal("Json");

        var ids = new List<int>();
        var stored = new List<StoredRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(id));
            stored.Add(new StoredRow(reader.GetString(number), reader.IsDBNull(transactionId) ? "" : reader.GetString(transactionId),
                reader.GetFieldValue<byte[]>(json)));
        }
        return (ids, stored.Select(r => new InvoiceCsvRow(r.OrderNumber, r.ScoreTransactionId, Deserialize(r.OrderNumber, r.Json))));
    }

    private sealed record StoredRow(string OrderNumber, string ScoreTransactionId, byte[] Json);

    private static IQueryable<ReadyOrder> ReadyOrders(CraftCartDbContext db) =>
        from order in db.Orders
        where order.InvoiceState == InvoiceState.NotTaken && order.Status != OrderStatus.Cancelled
        join data in db.InvoicePrintData on order.Id equals data.OrderId
        select new ReadyOrder { Order = order, Data = data };

    private sealed class ReadyOrder
    {
        public required Order Order { get; init; }
        public required Data.Outbox.InvoicePrintData Data { get; init; }
    }

    private static ScoreInvoiceData Deserialize(string orderNumber, ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<ScoreInvoiceData>(json, Data.Outbox.InvoicePrintData.JsonOptions)
                   ?? throw new JsonException("null invoice data");
        }
        catch (JsonException e)
        {
            throw new InvoiceCsvException($"注文番号 {orderNumber} の請求書印字データを読み取れません。管理者にお問い合わせください。", e);
        }
    }
}
