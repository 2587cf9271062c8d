namespace CraftCartAdmin.ScoreSandbox;

/// <summary>One transaction as the simulated SCORE keeps it.</summary>
public sealed class SandboxTransaction
{
    public int Id { get; set; }
    public string NissenTransactionId { get; set; } = "";
    public string ShopTransactionId { get; set; } = "";
    public string ShopOrderDate { get; set; } = "";
    public int BilledAmount { get; set; }
    public int PaymentType { get; set; }
    /// <summary>OK, NG, HOLD or 保留, as sent in authorResult.</summary>
    public string AuthorResult { get; set; } = "";
    /// <summary>What a HOLD becomes at the first inquiry at or after <see cref="HoldUntil"/>.</summary>
    public string? HoldFinalResult { get; set; }
    public DateTimeOffset? HoldUntil { get; set; }
    public DateTimeOffset AuthoriDate { get; set; }
    /// <summary>Buyer fields that trigger a re-review when they change (SPEC C1).</summary>
    public string BuyerSnapshot { get; set; } = "";
    public string DeliverySnapshot { get; set; } = "";
    /// <summary>The buyer and deliveries as last received, for the invoice print data.</summary>
    public string OrderXml { get; set; } = "";
    public bool Cancelled { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public int? CarrierCode { get; set; }
    public string? SlipNo { get; set; }
    /// <summary>Edited in SCORE's own admin site: the cart can no longer change it (SPEC O6).</summary>
    public bool EditedOutside { get; set; }
    public bool Paid { get; set; }
    public int InvoiceRequests { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
