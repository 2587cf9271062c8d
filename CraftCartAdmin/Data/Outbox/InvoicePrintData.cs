namespace CraftCartAdmin.Data.Outbox;

/// <summary>
/// 請求書印字データ as SCORE returned it for a 同梱 order (SPEC I2), kept so the invoice CSV never
/// depends on SCORE being reachable at the click. <see cref="Json"/> is the serialised invoice record.
/// </summary>
public sealed class InvoicePrintData
{
    public int OrderId { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public string Json { get; set; } = "";
}
