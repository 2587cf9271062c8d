namespace CraftCartAdmin.Score;

/// <summary>
/// The SCORE API (SCORE-API.md). Every method returns SCORE's answer, OK or NG; it throws
/// <see cref="ScoreTransportException"/> only when there is no usable answer (retry later),
/// and <see cref="OperationCanceledException"/> when the caller cancels.
/// </summary>
public interface IScoreClient
{
    /// <summary>注文情報登録 with the immediate credit check.</summary>
    Task<ScoreResponse> RegisterAsync(ScoreCredentials credentials, ScoreOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>注文情報修正; <see cref="ScoreOrderRequest.NissenTransactionId"/> must be set.</summary>
    Task<ScoreResponse> ModifyAsync(ScoreCredentials credentials, ScoreOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>与信結果取得.</summary>
    Task<ScoreResponse> InquireCreditAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default);

    /// <summary>キャンセル登録. MULT0015 means already paid: nothing left to cancel.</summary>
    Task<ScoreResponse> CancelAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default);

    /// <summary>発送情報登録.</summary>
    Task<ScoreResponse> RegisterShipmentAsync(ScoreCredentials credentials, ScoreShipmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>請求書印字データ取得 (同梱 only); the answer carries <see cref="ScoreResponse.Invoice"/>.</summary>
    Task<ScoreResponse> GetInvoiceDataAsync(ScoreCredentials credentials, ScoreTransactionRef transaction, CancellationToken cancellationToken = default);
}
