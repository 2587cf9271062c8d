using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>Waits a few seconds for SCORE's first answer on a new order, so the storefront can tell an NG buyer at once.</summary>
public sealed class CreditResultWaiter(IDbContextFactory<CraftCartDbContext> contextFactory, OrderChangeNotifier notifier)
{
    public async Task<(CreditResult Result, SyncState Sync)> WaitAsync(int orderId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var changed = new SemaphoreSlim(0);
        using var subscription = notifier.Subscribe(changes =>
        {
            if (changes.OrderIds.Contains(orderId)) changed.Release();
            return Task.CompletedTask;
        });
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var state = await ReadAsync(orderId, cancellationToken);
            if (state.Sync != SyncState.Waiting) return state;
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return await ReadAsync(orderId, cancellationToken);
            }
        }
    }

    private async Task<(CreditResult Result, SyncState Sync)> ReadAsync(int orderId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.CreditResult, o.SyncState }).SingleAsync(cancellationToken);
        return (order.CreditResult, order.SyncState);
    }
}
