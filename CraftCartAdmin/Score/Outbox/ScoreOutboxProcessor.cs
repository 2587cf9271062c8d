using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>
/// Drains the SCORE outbox: the oldest open message of each order, several orders at a time. Every
/// answer is written to the order in the same transaction that closes the message, so a crash
/// between the call and the save only repeats a call that SCORE treats idempotently (a repeated
/// register answers SBX0001 with the existing transaction, which is adopted).
/// </summary>
public sealed class ScoreOutboxProcessor(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    IScoreClient client,
    ScoreConnectionResolver connection,
    OrderChangeNotifier notifier,
    IOptions<ScoreOutboxOptions> options,
    TimeProvider clock,
    ILogger<ScoreOutboxProcessor> logger)
{
    private const int MaxSaveAttempts = 5;

    /// <summary>Sends every message that is due now; returns how many were handled.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var credentials = await connection.ResolveAsync(cancellationToken);
        if (credentials is null) return 0;

        var due = await DueMessagesAsync(cancellationToken);
        if (due.Count == 0) return 0;

        var contract = await ContractTypeAsync(cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (messageId, token) => await ProcessAsync(messageId, credentials, contract, token));
        return due.Count;
    }

    public async Task<bool> HasDueMessagesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.ScoreOutbox.AnyAsync(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now, cancellationToken);
    }

    private async Task<List<long>> DueMessagesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // In order per order: a message waits while an older one of the same order is open or failed.
        return await db.ScoreOutbox
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now)
            .Where(m => !db.ScoreOutbox.Any(o => o.OrderId == m.OrderId && o.Id < m.Id
                                                 && (o.State == OutboxState.Pending || o.State == OutboxState.Failed)))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<ContractType> ContractTypeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ShopSettings.Select(s => s.ContractType).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task ProcessAsync(long messageId, ScoreCredentials credentials, ContractType contract, CancellationToken cancellationToken)
    {
        ScoreCallResult result;
        OutboxOperation operation;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var message = await db.ScoreOutbox.AsNoTracking().SingleAsync(m => m.Id == messageId, cancellationToken);
            var order = await LoadOrderAsync(db, message.OrderId, cancellationToken);
            operation = message.Operation;
            if (order.SyncState == SyncState.Stopped)
            {
                result = ScoreCallResult.Skip();
            }
            else
            {
                try
                {
                    result = await ScoreCalls.SendAsync(client, credentials, contract, order, operation, cancellationToken);
                }
                catch (ScoreTransportException failure)
                {
                    result = ScoreCallResult.Transport(failure.Message);
                }
            }
        }

        await RecordAsync(messageId, operation, contract, result, cancellationToken);
    }

    /// <summary>Writes the outcome; a concurrent edit of the order is re-read and the answer applied again, never dropped.</summary>
    private async Task RecordAsync(long messageId, OutboxOperation operation, ContractType contract, ScoreCallResult result, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var message = await db.ScoreOutbox.SingleAsync(m => m.Id == messageId, cancellationToken);
            var order = await LoadOrderAsync(db, message.OrderId, cancellationToken);
            var now = clock.GetUtcNow();
            Apply(db, message, order, operation, contract, result, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                notifier.Publish(order.Id);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                logger.LogInformation("Order {OrderId} changed while its SCORE answer was being saved; applying the answer again.", order.Id);
            }
        }
    }

    private void Apply(CraftCartDbContext db, ScoreOutboxMessage message, Order order, OutboxOperation operation,
        ContractType contract, ScoreCallResult result, DateTimeOffset now)
    {
        message.Attempts++;
        switch (result.Kind)
        {
            case ScoreCallKind.Done:
                Complete(message, OutboxState.Done, now);
                result.ApplyTo?.Invoke(db, order, now);
                if (!HasOtherOpenMessages(db, message)) { order.SyncState = SyncState.Synced; order.SyncError = null; }
                if (operation is OutboxOperation.Register or OutboxOperation.Modify or OutboxOperation.InquireCredit)
                    ScoreOutbox.EnqueueInvoiceDataIfDue(db, order, contract, now);
                break;
            case ScoreCallKind.Skipped:
                Complete(message, OutboxState.Skipped, now);
                break;
            case ScoreCallKind.OutsideEdit:
                Complete(message, OutboxState.Skipped, now);
                message.LastError = result.Message;
                order.SyncState = SyncState.Stopped;
                order.SyncError = result.Message;
                break;
            case ScoreCallKind.Refused:
                Complete(message, OutboxState.Failed, now);
                message.LastError = result.Message;
                order.SyncState = SyncState.Error;
                order.SyncError = result.Message;
                break;
            case ScoreCallKind.TransportFailure:
                message.LastError = result.Message;
                message.NextAttemptAt = now + options.Value.DelayAfter(message.Attempts);
                if (message.Attempts >= options.Value.ErrorAfterAttempts)
                {
                    order.SyncState = SyncState.Error;
                    order.SyncError = $"スコア後払いとの連携に{message.Attempts}回失敗しました。自動で再送を続けています：{result.Message}";
                }
                break;
        }
    }

    private static void Complete(ScoreOutboxMessage message, OutboxState state, DateTimeOffset now)
    {
        message.State = state;
        message.CompletedAt = now;
    }

    private static bool HasOtherOpenMessages(CraftCartDbContext db, ScoreOutboxMessage message) =>
        db.ScoreOutbox.Any(m => m.OrderId == message.OrderId && m.Id != message.Id
                                && (m.State == OutboxState.Pending || m.State == OutboxState.Failed));

    private static Task<Order> LoadOrderAsync(CraftCartDbContext db, int orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Items).Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod)
            .SingleAsync(o => o.Id == orderId, cancellationToken);
}
