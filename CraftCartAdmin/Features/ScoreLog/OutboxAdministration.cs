using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.ScoreLog;

public sealed record SyncProblem(int OrderId, string OrderNumber, string CustomerName, SyncState State, string? Error, int OpenOperations);

/// <summary>連携エラー and 連携停止 orders for admins, and the 再送 of an order's failed SCORE operations.</summary>
public sealed class OutboxAdministration(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OutboxSignal signal,
    OrderChangeNotifier notifier,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<SyncProblem>> ProblemsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking()
            .Where(o => o.SyncState == SyncState.Error || o.SyncState == SyncState.Stopped)
            .OrderByDescending(o => o.Id)
            .Select(o => new SyncProblem(o.Id, o.OrderNumber, o.Customer.LastName + " " + o.Customer.FirstName, o.SyncState, o.SyncError,
                db.ScoreOutbox.Count(m => m.OrderId == o.Id && (m.State == OutboxState.Pending || m.State == OutboxState.Failed))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sends the order's failed or waiting operations again, now; a 連携停止 order is not resent (SPEC O6).</summary>
    public async Task<string> RetryAsync(int orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return "受注が見つかりません。";
        if (order.SyncState == SyncState.Stopped)
            return "連携停止中の受注は再送できません。スコア後払いの管理画面で対応してください。";
        var open = await db.ScoreOutbox.Where(m => m.OrderId == orderId && (m.State == OutboxState.Pending || m.State == OutboxState.Failed))
            .ToListAsync(cancellationToken);
        if (open.Count == 0) return "再送する処理はありません。";
        var now = clock.GetUtcNow();
        foreach (var message in open)
        {
            message.State = OutboxState.Pending;
            message.Attempts = 0;
            message.NextAttemptAt = now;
        }
        order.SyncState = SyncState.Waiting;
        order.SyncError = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "この受注は他の処理で更新されました。もう一度お試しください。";
        }
        signal.Notify();
        notifier.Publish(orderId);
        return $"{order.OrderNumber}：{open.Count}件の処理を再送します。";
    }
}
