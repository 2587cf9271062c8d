using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Data.Outbox;

/// <summary>Queues SCORE operations in the caller's context, so they commit with the order change or not at all.</summary>
public static class ScoreOutbox
{
    public static void Enqueue(CraftCartDbContext db, Order order, OutboxOperation operation, DateTimeOffset now)
    {
        db.ScoreOutbox.Add(new ScoreOutboxMessage
        {
            Order = order,
            Operation = operation,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        if (order.SyncState != SyncState.Stopped) order.SyncState = SyncState.Waiting;
    }

    public static void Enqueue(CraftCartDbContext db, Order order, IEnumerable<ScoreAction> operations, DateTimeOffset now)
    {
        foreach (var operation in operations) Enqueue(db, order, ToOutbox(operation), now);
    }

    public static OutboxOperation ToOutbox(ScoreAction operation) => operation switch
    {
        ScoreAction.Register => OutboxOperation.Register,
        ScoreAction.Modify => OutboxOperation.Modify,
        ScoreAction.Cancel => OutboxOperation.Cancel,
        ScoreAction.RegisterShipment => OutboxOperation.RegisterShipment,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
