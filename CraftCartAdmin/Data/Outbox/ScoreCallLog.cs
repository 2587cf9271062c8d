namespace CraftCartAdmin.Data.Outbox;

/// <summary>
/// SCORE通信ログ: one call to SCORE with its request (ダイレクトパスワード redacted) and response XML,
/// when it happened, how long it took and how it ended. Kept per order for admins.
/// </summary>
public sealed class ScoreCallLog
{
    public long Id { get; set; }
    public int? OrderId { get; set; }
    public string OrderNumber { get; set; } = "";
    public OutboxOperation Operation { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int DurationMs { get; set; }
    /// <summary>OK, NG (SCORE refused, see <see cref="ErrorCode"/>) or a transport failure.</summary>
    public string Outcome { get; set; } = "";
    public string? ErrorCode { get; set; }
    public string? Message { get; set; }
    public string RequestXml { get; set; } = "";
    public string? ResponseXml { get; set; }
}
