using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Data.Demo;

/// <summary>
/// The demo's SCORE orders reach SCORE the way real ones do: through the outbox. At first start the
/// worker registers them with the sandbox (whose decision table matches the demo e-mails), then
/// registers shipments and cancellations, so every transaction the cart shows exists at SCORE.
/// </summary>
internal static class DemoScoreHistory
{
    public static void Queue(CraftCartDbContext db, IEnumerable<Order> orders, DateTimeOffset now)
    {
        foreach (var order in orders.Where(o => o.PaymentMethod!.IsScore))
        {
            // 連携停止 orders were changed in SCORE's own admin: nothing more is sent for them.
            if (order.SyncState == SyncState.Stopped) continue;
            // Over SCORE's ¥55,000 limit: refused before sending, so it never reached SCORE.
            if (order.CreditResult == CreditResult.Ng && order.Total > 55_000)
            {
                order.ScoreTransactionId = null;
                order.SyncState = SyncState.None;
                continue;
            }

            var failedBefore = order.SyncState == SyncState.Error;
            var syncError = order.SyncError;
            order.ScoreTransactionId = null;
            order.ShipmentRegisteredAt = null;
            ScoreOutbox.Enqueue(db, order, OutboxOperation.Register, now);
            if (order.Status == OrderStatus.Shipped) ScoreOutbox.Enqueue(db, order, OutboxOperation.RegisterShipment, now);
            if (order.Status == OrderStatus.Cancelled) ScoreOutbox.Enqueue(db, order, OutboxOperation.Cancel, now);

            if (failedBefore)
            {
                // One registration that failed and waits for an admin's 再送, to show 連携エラー.
                var register = db.ChangeTracker.Entries<ScoreOutboxMessage>().Select(e => e.Entity)
                    .First(m => m.Order == order && m.Operation == OutboxOperation.Register);
                register.State = OutboxState.Failed;
                register.Attempts = 3;
                register.LastError = syncError;
                order.SyncState = SyncState.Error;
                order.SyncError = syncError;
            }
        }
    }
}
