namespace CraftCartAdmin.Score;

/// <summary>
/// Configuration section <c>Score:Client</c>. SCORE's own timeout is 30 s (SCORE-API.md "Transport");
/// tests shorten everything so a timeout costs milliseconds.
/// </summary>
public sealed class ScoreClientOptions
{
    public const string SectionName = "Score:Client";

    /// <summary>Upper bound for one call including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Bound for one attempt, so a hung connection leaves time for a retry.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(12);
    /// <summary>Retries after a transport failure (5xx, timeout, connection error); 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 2;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>1 MiB, the default of <see cref="MaxResponseBytes"/>.</summary>
    public const int DefaultMaxResponseBytes = 1024 * 1024;

    /// <summary>
    /// The largest answer read into memory. A SCORE answer is a few KB; the largest one, 請求書印字データ取得
    /// with its detailList (up to 9 deliveries of short lines), stays in the tens of KB (SCORE-API.md
    /// "Response"). A body far beyond that is not SCORE speaking, and is refused before it fills memory.
    /// </summary>
    public int MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    public string RegisterPath { get; set; } = "direct/autotransaction.do";
    public string ModifyPath { get; set; } = "direct/automodifytransaction.do";
    public string InquireCreditPath { get; set; } = "direct/autogetauthor.do";
    public string CancelPath { get; set; } = "direct/autocancel.do";
    public string RegisterShipmentPath { get; set; } = "direct/autopdrequest.do";
    public string GetInvoiceDataPath { get; set; } = "direct/autogetinvoice.do";

    public string PathOf(ScoreOperation operation) => operation switch
    {
        ScoreOperation.Register => RegisterPath,
        ScoreOperation.Modify => ModifyPath,
        ScoreOperation.InquireCredit => InquireCreditPath,
        ScoreOperation.Cancel => CancelPath,
        ScoreOperation.RegisterShipment => RegisterShipmentPath,
        ScoreOperation.GetInvoiceData => GetInvoiceDataPath,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
