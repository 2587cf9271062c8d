namespace CraftCartAdmin.Data.Outbox;

/// <summary>A call to SCORE that the outbox worker makes for an order.</summary>
public enum OutboxOperation
{
    Register = 1,
    Modify = 2,
    Cancel = 3,
    RegisterShipment = 4,
    InquireCredit = 5,
    GetInvoiceData = 6,
}

public enum OutboxState
{
    Pending = 0,
    Done = 1,
    /// <summary>Gave up after repeated failures or a refusal; shown on the order as 連携エラー, retried by an admin.</summary>
    Failed = 2,
    /// <summary>Not sent: the order is 連携停止 (SPEC O6).</summary>
    Skipped = 3,
}

/// <summary>
/// One SCORE operation, saved in the same transaction as the order change that causes it, and sent
/// later by the outbox worker in order per order. The request is built from the order as it is when
/// sent, so a later edit is never overtaken by a stale one.
/// </summary>
public sealed class ScoreOutboxMessage
{
    public long Id { get; set; }
    public int OrderId { get; set; }
    public Domain.Orders.Order? Order { get; set; }
    public OutboxOperation Operation { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>The last failure, in Japanese, as shown on the order.</summary>
    public string? LastError { get; set; }
}
