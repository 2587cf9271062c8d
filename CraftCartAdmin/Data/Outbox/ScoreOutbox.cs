using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;

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

    /// <summary>SPEC I2: the invoice print data of an OK 同梱 order is fetched as soon as it is OK, and kept.</summary>
    public static void EnqueueInvoiceDataIfDue(CraftCartDbContext db, Order order, ContractType contract, DateTimeOffset now)
    {
        if (contract != ContractType.Bundled || order.CreditResult != CreditResult.Ok) return;
        if (order.Status is OrderStatus.Cancelled or OrderStatus.Returned || order.InvoiceState == InvoiceState.Taken) return;
        if (order.InvoiceState == InvoiceState.None) order.InvoiceState = InvoiceState.NotTaken;
        var queued = db.ScoreOutbox.Any(m => m.OrderId == order.Id && m.Operation == OutboxOperation.GetInvoiceData && m.State == OutboxState.Pending)
                     || db.InvoicePrintData.Any(d => d.OrderId == order.Id);
        if (!queued) Enqueue(db, order, OutboxOperation.GetInvoiceData, now);
    }
}
