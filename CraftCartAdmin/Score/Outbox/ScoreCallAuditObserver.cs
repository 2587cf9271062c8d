using CraftCartAdmin.Data.Outbox;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>
/// SCORE通信ログ: one row per call to SCORE, with the password already redacted by the client. A transport
/// failure retried inside one call by the resilience handler shares that call's row; every outbox retry is a new call.
/// </summary>
public sealed class ScoreCallAuditObserver(ScoreCallAuditWriter writer, TimeProvider clock) : IScoreCallObserver
{
    private const int MaxXmlLength = 64 * 1024;

    /// <summary>Returns once the row is committed; not cancellable, so a call cancelled after it reached SCORE is still logged.</summary>
    public Task OnExchangeAsync(ScoreExchange exchange, CancellationToken cancellationToken) =>
        writer.WriteAsync(new ScoreCallLog
        {
            OrderNumber = exchange.ShopTransactionId,
            Operation = ToOutbox(exchange.Operation),
            StartedAt = clock.GetUtcNow() - exchange.Duration,
            DurationMs = (int)exchange.Duration.TotalMilliseconds,
            Outcome = exchange.Outcome.ToString(),
            ErrorCode = FirstErrorCode(exchange.ResponseXml),
            Message = exchange.FailureReason,
            RequestXml = Truncate(exchange.RequestXml)!,
            ResponseXml = Truncate(exchange.ResponseXml),
        });

    private static OutboxOperation ToOutbox(ScoreOperation operation) => operation switch
    {
        ScoreOperation.Register => OutboxOperation.Register,
        ScoreOperation.Modify => OutboxOperation.Modify,
        ScoreOperation.InquireCredit => OutboxOperation.InquireCredit,
        ScoreOperation.Cancel => OutboxOperation.Cancel,
        ScoreOperation.RegisterShipment => OutboxOperation.RegisterShipment,
        _ => OutboxOperation.GetInvoiceData,
    };

    private static string? FirstErrorCode(string? responseXml)
    {
        if (responseXml is null) return null;
        var start = responseXml.IndexOf("rrorCode>", StringComparison.Ordinal);
        if (start < 0) return null;
        var end = responseXml.IndexOf('<', start);
        return end < 0 ? null : responseXml[(start + 9)..end].Trim() is { Length: > 0 and <= 20 } code ? code : null;
    }

    // An enormous answer must not fill the database; the head is what a person reads anyway. A NUL from
    // a garbled answer is shown as U+FFFD: some databases refuse it in text.
    private static string? Truncate(string? xml) =>
        (xml is { Length: > MaxXmlLength } ? xml[..MaxXmlLength] + "…(truncated)" : xml)?.Replace('\0', '\uFFFD');
}
