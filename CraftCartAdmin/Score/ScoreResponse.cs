using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Score;

public sealed record ScoreError(string Code, string Message);

public sealed record ScoreHoldReason(string Code, string Reason);

/// <summary>The transactionResult block: SCORE's view of one transaction.</summary>
public sealed record ScoreTransactionResult
{
    public string? NissenTransactionId { get; init; }
    public string? ShopTransactionId { get; init; }
    public int? BilledAmount { get; init; }
    /// <summary>authoriDate as sent (format assumed "yyyy/MM/dd HH:mm:ss", JST).</summary>
    public string? AuthoriDateText { get; init; }
    public DateTimeOffset? AuthoriDate { get; init; }
    /// <summary>authorResult mapped to the domain; <see cref="CreditResult.None"/> when absent or unknown.</summary>
    public CreditResult CreditResult { get; init; }
    public string? AuthorResultText { get; init; }
    public ScoreHoldReason? HoldReason { get; init; }
}

/// <summary>
/// What SCORE answered. <see cref="IsOk"/> is the call's own result (OK/NG); a result NG is an
/// answer, not an exception, and carries <see cref="Errors"/>.
/// </summary>
public sealed record ScoreResponse
{
    public bool IsOk { get; init; }
    public ScoreTransactionResult? Transaction { get; init; }
    public IReadOnlyList<ScoreError> Errors { get; init; } = [];
    /// <summary>Only on 請求書印字データ取得.</summary>
    public ScoreInvoiceData? Invoice { get; init; }
    /// <summary>The raw exchange for the audit log (password redacted).</summary>
    public required ScoreExchange Exchange { get; init; }

    public bool HasError(string code) => Errors.Any(e => e.Code == code);
}

/// <summary>invoiceDataResult + detailList of 請求書印字データ取得 (SCORE-API.md "Response").</summary>
public sealed record ScoreInvoiceData
{
    public string InvoiceBarCode { get; init; } = "";
    public string InvoiceCode { get; init; } = "";
    public string CustomerName { get; init; } = "";
    public string CustomerZip { get; init; } = "";
    public string CustomerAddress1 { get; init; } = "";
    public string CustomerAddress2 { get; init; } = "";
    public string CustomerAddress3 { get; init; } = "";
    public string ShopZip { get; init; } = "";
    public string ShopAddress1 { get; init; } = "";
    public string ShopAddress2 { get; init; } = "";
    public string ShopAddress3 { get; init; } = "";
    public string ShopTel { get; init; } = "";
    public string BilledAmount { get; init; } = "";
    public string Tax { get; init; } = "";
    /// <summary>Payment due date.</summary>
    public string TimeOfReceipts { get; init; } = "";
    public string InvoiceStartDate { get; init; } = "";
    public string InvoiceTitle { get; init; } = "";
    public string ShopOrderDate { get; init; } = "";
    public string NissenTransactionId { get; init; } = "";
    public string ShopTransactionId1 { get; init; } = "";
    /// <summary>shopMessage1–5.</summary>
    public IReadOnlyList<string> ShopMessages { get; init; } = [];
    /// <summary>yobi1–10: invoice form, postal account number, account holder, OCR-B upper, OCR-B lower, payer address, X-mark, spare.</summary>
    public IReadOnlyList<string> Yobi { get; init; } = [];
    public IReadOnlyList<ScoreGoodsDetail> GoodsDetails { get; init; } = [];
}

public sealed record ScoreGoodsDetail(string GoodsName, string GoodsPrice, string GoodsNum);
