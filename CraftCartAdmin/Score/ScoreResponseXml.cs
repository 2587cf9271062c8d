using System.Globalization;
using System.Xml.Linq;
using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Score;

/// <summary>
/// Reads SCORE's answer without depending on the root's attributes or namespace, the element order
/// or the case of the first letter (SCORE-API.md "Transport").
/// </summary>
internal static class ScoreResponseXml
{
    /// <summary>SCORE-API.md: nissenTransactionId has at most 11 characters, and the order's column holds 11.</summary>
    public const int MaxTransactionIdLength = 11;

    private const int ShownValueLength = 20;

    /// <exception cref="FormatException">when the body is not a usable SCORE answer to <paramref name="exchange"/>'s call.</exception>
    public static ScoreResponse Parse(string body, ScoreExchange exchange)
    {
        var root = ScoreAnswerXml.LoadRoot(body);
        var result = Text(root, "result")
            ?? throw new FormatException("SCORE の応答に result がありません");
        if (result is not ("OK" or "NG"))
            throw new FormatException($"SCORE の応答の result が不明です: {Shown(result)}");

        var transaction = Child(root, "transactionResult") is { } t ? Transaction(t, exchange.ShopTransactionId) : null;
        if (result == "OK" && AdoptsTransaction(exchange.Operation)) RequireCreditAnswer(transaction);
        return new ScoreResponse
        {
            IsOk = result == "OK",
            Transaction = transaction,
            Errors = Child(root, "errors") is { } errors
                ? Children(errors, "error").Select(e => new ScoreError(Text(e, "errorCode") ?? "", Text(e, "errorMessage") ?? "")).ToList()
                : [],
            Invoice = Child(root, "invoiceDataResult") is { } invoice ? Invoice(invoice, Child(root, "detailList")) : null,
            Exchange = exchange,
        };
    }

    public static CreditResult MapAuthorResult(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "OK" => CreditResult.Ok,
        "NG" => CreditResult.Ng,
        "HOLD" => CreditResult.Hold,
        "保留" or "PENDING" => CreditResult.Pending,
        _ => CreditResult.None,
    };

    /// <summary>The operations whose OK answer becomes the order's SCORE transaction and credit result.</summary>
    private static bool AdoptsTransaction(ScoreOperation operation) =>
        operation is ScoreOperation.Register or ScoreOperation.Modify or ScoreOperation.InquireCredit;

    private static void RequireCreditAnswer(ScoreTransactionResult? transaction)
    {
        if (transaction is null) throw new FormatException("SCORE の応答に transactionResult がありません");
        if (transaction.NissenTransactionId is null) throw new FormatException("SCORE の応答に nissenTransactionId がありません");
        if (transaction.CreditResult == CreditResult.None) throw new FormatException("SCORE の応答に authorResult がありません");
    }

    /// <summary>A value present but unreadable makes the whole answer unusable: half of a garbled answer is not stored.</summary>
    private static ScoreTransactionResult Transaction(XElement t, string expectedShopTransactionId)
    {
        var nissenId = NullIfEmpty(Text(t, "nissenTransactionId"));
        if (nissenId is { Length: > MaxTransactionIdLength })
            throw new FormatException($"SCORE の応答の nissenTransactionId が長すぎます（{nissenId.Length} 文字、上限 {MaxTransactionIdLength} 文字）");
        var shopId = NullIfEmpty(Text(t, "shopTransactionId"));
        if (shopId is not null && shopId != expectedShopTransactionId)
            throw new FormatException($"SCORE の応答が別の注文のものです（shopTransactionId: {Shown(shopId)}）");
        var amountText = NullIfEmpty(Text(t, "billedAmount"));
        int? amount = null;
        if (amountText is not null)
        {
            amount = int.TryParse(amountText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException($"SCORE の応答の billedAmount が金額として読めません: {Shown(amountText)}");
        }
        var authorResult = NullIfEmpty(Text(t, "authorResult"));
        var credit = MapAuthorResult(authorResult);
        if (authorResult is not null && credit == CreditResult.None)
            throw new FormatException($"SCORE の応答の authorResult が不明です: {Shown(authorResult)}");

        var authoriDate = Text(t, "authoriDate");
        var hold = Child(t, "holdReason");
        var holdCode = hold is null ? null : Text(hold, "reasonCode");
        var holdText = hold is null ? null : Text(hold, "reason");
        return new ScoreTransactionResult
        {
            NissenTransactionId = nissenId,
            ShopTransactionId = shopId,
            BilledAmount = amount,
            AuthoriDateText = NullIfEmpty(authoriDate),
            AuthoriDate = ParseJst(authoriDate),
            AuthorResultText = authorResult,
            CreditResult = credit,
            HoldReason = string.IsNullOrEmpty(holdCode) && string.IsNullOrEmpty(holdText) ? null : new ScoreHoldReason(holdCode ?? "", holdText ?? ""),
        };
    }

    private static ScoreInvoiceData Invoice(XElement i, XElement? detailList) => new()
    {
        InvoiceBarCode = Text(i, "invoiceBarCode") ?? "",
        InvoiceCode = Text(i, "invoiceCode") ?? "",
        CustomerName = Text(i, "customerName") ?? "",
        CustomerZip = Text(i, "customerZip") ?? "",
        CustomerAddress1 = Text(i, "customerAddress1") ?? "",
        CustomerAddress2 = Text(i, "customerAddress2") ?? "",
        CustomerAddress3 = Text(i, "customerAddress3") ?? "",
        ShopZip = Text(i, "shopZip") ?? "",
        ShopAddress1 = Text(i, "shopAddress1") ?? "",
        ShopAddress2 = Text(i, "shopAddress2") ?? "",
        ShopAddress3 = Text(i, "shopAddress3") ?? "",
        ShopTel = Text(i, "shopTel") ?? "",
        BilledAmount = Text(i, "billedAmount") ?? "",
        Tax = Text(i, "tax") ?? "",
        TimeOfReceipts = Text(i, "timeOfReceipts") ?? "",
        InvoiceStartDate = Text(i, "invoiceStartDate") ?? "",
        InvoiceTitle = Text(i, "invoiceTitle") ?? "",
        ShopOrderDate = Text(i, "shopOrderDate") ?? "",
        NissenTransactionId = Text(i, "nissenTransactionId") ?? "",
        ShopTransactionId1 = Text(i, "shopTransactionId1") ?? "",
        ShopMessages = Enumerable.Range(1, 5).Select(n => Text(i, $"shopMessage{n}") ?? "").ToList(),
        Yobi = Enumerable.Range(1, 10).Select(n => Text(i, $"yobi{n}") ?? "").ToList(),
        GoodsDetails = detailList is null
            ? []
            : Children(detailList, "goodsDetail")
                .Select(g => new ScoreGoodsDetail(Text(g, "goodsName") ?? "", Text(g, "goodsPrice") ?? "", Text(g, "goodsNum") ?? ""))
                .ToList(),
    };

    private static DateTimeOffset? ParseJst(string? text) =>
        DateTime.TryParseExact(text, "yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(9))
            : null;

    private static bool NameIs(XElement e, string name) =>
        string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => NameIs(e, name));

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => NameIs(e, name));

    private static string? Text(XElement parent, string name) => Child(parent, name)?.Value.Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A value quoted in a message, cut short: a garbled answer may carry thousands of characters.</summary>
    private static string Shown(string value) => value.Length > ShownValueLength ? value[..ShownValueLength] + "…" : value;
}
