namespace CraftCartAdmin.Score;

public enum ScoreCallOutcome
{
    /// <summary>SCORE answered result OK.</summary>
    Ok,
    /// <summary>SCORE answered result NG (an answer, with errors).</summary>
    Ng,
    /// <summary>No usable answer: 5xx, timeout, connection failure or unparsable body. Safe to retry.</summary>
    TransportFailure,
}

/// <summary>
/// One call as the audit log keeps it. <see cref="RequestXml"/> has the shopPassword replaced by
/// <c>********</c>; the plain password never leaves the client.
/// </summary>
public sealed record ScoreExchange(
    ScoreOperation Operation,
    string ShopTransactionId,
    Uri Endpoint,
    string RequestXml,
    string? ResponseXml,
    int? HttpStatus,
    TimeSpan Duration,
    ScoreCallOutcome Outcome,
    string? FailureReason);

/// <summary>Sees every exchange with SCORE, e.g. to write the audit log. Register any number in DI.</summary>
public interface IScoreCallObserver
{
    Task OnExchangeAsync(ScoreExchange exchange, CancellationToken cancellationToken);
}

/// <summary>SCORE could not be reached or gave no usable answer; the call may or may not have taken effect.</summary>
public sealed class ScoreTransportException(string message, ScoreExchange exchange, Exception? inner = null)
    : Exception(message, inner)
{
    public ScoreExchange Exchange { get; } = exchange;
}
