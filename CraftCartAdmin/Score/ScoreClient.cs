using System.Diagnostics;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CraftCartAdmin.Score;

/// <summary>
/// Speaks SCORE's XML over the typed HttpClient. Retrying transport failures is the resilience
/// handler's job (<see cref="ScoreClientServiceCollectionExtensions"/>); this class only turns
/// what is left into an answer or a <see cref="ScoreTransportException"/>.
/// </summary>
public sealed class ScoreClient(
    HttpClient http,
    IOptions<ScoreClientOptions> options,
    IEnumerable<IScoreCallObserver> observers,
    ILogger<ScoreClient> logger) : IScoreClient
{
    private static readonly MediaTypeHeaderValue XmlContentType = new("application/xml") { CharSet = "utf-8" };

    public Task<ScoreResponse> RegisterAsync(ScoreCredentials credentials, ScoreOrderRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.Register, credentials, request.ShopTransactionId, ScoreRequestXml.Order(credentials, request), cancellationToken);

    public Task<ScoreResponse> ModifyAsync(ScoreCredentials credentials, ScoreOrderRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.Modify, credentials, request.ShopTransactionId, ScoreRequestXml.Order(credentials, request), cancellationToken);

    public Task<ScoreResponse> InquireCreditAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.InquireCredit, credentials, transaction.ShopTransactionId, ScoreRequestXml.Transaction(credentials, transaction), cancellationToken);

    public Task<ScoreResponse> CancelAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.Cancel, credentials, transaction.ShopTransactionId, ScoreRequestXml.Transaction(credentials, transaction), cancellationToken);

    public Task<ScoreResponse> RegisterShipmentAsync(ScoreCredentials credentials, ScoreShipmentRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.RegisterShipment, credentials, request.Transaction.ShopTransactionId, ScoreRequestXml.Shipment(credentials, request), cancellationToken);

    public Task<ScoreResponse> GetInvoiceDataAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default) =>
        SendAsync(ScoreOperation.GetInvoiceData, credentials, transaction.ShopTransactionId, ScoreRequestXml.Transaction(credentials, transaction), cancellationToken);

    private async Task<ScoreResponse> SendAsync(
        ScoreOperation operation, ScoreCredentials credentials, string shopTransactionId, XDocument document, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint(credentials.BaseUrl, options.Value.PathOf(operation));
        var redacted = ScoreRequestXml.Redacted(document);
        var started = Stopwatch.GetTimestamp();
        ScoreExchange Exchange(string? body, int? status, ScoreCallOutcome outcome, string? failure) =>
            new(operation, shopTransactionId, endpoint, redacted, body, status, Stopwatch.GetElapsedTime(started), outcome, failure);

        string? body = null;
        int? status = null;
        try
        {
            using var content = new ByteArrayContent(ScoreRequestXml.ToUtf8(document));
            content.Headers.ContentType = XmlContentType;
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
            // Headers first, so the body is read under our own size cap instead of being buffered whole.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            status = (int)response.StatusCode;
            var answer = await ScoreAnswerBody.ReadAsync(response.Content, options.Value.MaxResponseBytes, options.Value.AttemptTimeout, cancellationToken);
            body = answer.Text;
            if (!response.IsSuccessStatusCode)
                throw await FailAsync(Exchange(body, status, ScoreCallOutcome.TransportFailure, $"SCORE が HTTP {status} を返しました"), null, cancellationToken);
            if (answer.Problem is { } problem)
                throw await FailAsync(Exchange(body, status, ScoreCallOutcome.TransportFailure, problem), null, cancellationToken);

            ScoreResponse parsed;
            try
            {
                parsed = ScoreResponseXml.Parse(body, Exchange(body, status, ScoreCallOutcome.Ok, null));
            }
            catch (FormatException e)
            {
                throw await FailAsync(Exchange(body, status, ScoreCallOutcome.TransportFailure, e.Message), e, cancellationToken);
            }
            var exchange = parsed.Exchange with { Outcome = parsed.IsOk ? ScoreCallOutcome.Ok : ScoreCallOutcome.Ng };
            await NotifyAsync(exchange, cancellationToken);
            return parsed with { Exchange = exchange };
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = e is HttpRequestException ? $"接続エラー: {e.Message}" : "タイムアウト";
            throw await FailAsync(Exchange(body, status, ScoreCallOutcome.TransportFailure, reason), e, cancellationToken);
        }
    }

    private async Task<ScoreTransportException> FailAsync(ScoreExchange exchange, Exception? inner, CancellationToken cancellationToken)
    {
        logger.LogWarning("SCORE {Operation} for {ShopTransactionId} failed in transport: {Reason}",
            exchange.Operation, exchange.ShopTransactionId, exchange.FailureReason);
        await NotifyAsync(exchange, cancellationToken);
        var message = exchange.HttpStatus is null
            ? $"SCORE に接続できませんでした（{exchange.FailureReason}）。"
            : $"SCORE から使える応答がありませんでした（{exchange.FailureReason}）。";
        return new ScoreTransportException(message, exchange, inner);
    }

    private async Task NotifyAsync(ScoreExchange exchange, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnExchangeAsync(exchange, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The call has happened at SCORE whatever the audit log does; failing it here would
                // make the caller resend an operation that already took effect.
                logger.LogError(e, "SCORE call observer {Observer} failed for {Operation} {ShopTransactionId}",
                    observer.GetType().Name, exchange.Operation, exchange.ShopTransactionId);
            }
        }
    }

    private static Uri Endpoint(string baseUrl, string path)
    {
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root))
            throw new ArgumentException($"SCORE の接続先URLが正しくありません: {baseUrl}", nameof(baseUrl));
        return new Uri(root, path.TrimStart('/'));
    }
}
