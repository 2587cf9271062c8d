using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Score;

/// <summary>
/// Reads SCORE's answer without depending on the root's attributes or namespace, the element order
/// or the case of the first letter (SCORE-API.md "Transport").
/// </summary>
internal static class ScoreResponseXml
{
    /// <exception cref="FormatException">when the body is not a SCORE response.</exception>
    public static ScoreResponse Parse(string body, ScoreExchange exchange)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (XmlException e)
        {
            throw new FormatException("SCORE の応答が XML として読めません。", e);
        }
        var root = document.Root!;
        var result = Text(root, "result")
            ?? throw new FormatException("SCORE の応答に result がありません。");
        if (result is not ("OK" or "NG"))
            throw new FormatException($"SCORE の応答の result が不明です: {result}");

        return new ScoreResponse
        {
            IsOk = result == "OK",
            Transaction = Child(root, "transactionResult") is { } t ? Transaction(t) : null,
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

    private static ScoreTransactionResult Transaction(XElement t)
    {
        var authoriDate = Text(t, "authoriDate");
        var hold = Child(t, "holdReason");
        var holdCode = hold is null ? null : Text(hold, "reasonCode");
        var holdText = hold is null ? null : Text(hold, "reason");
        return new ScoreTransactionResult
        {
            NissenTransactionId = NullIfEmpty(Text(t, "nissenTransactionId")),
            ShopTransactionId = NullIfEmpty(Text(t, "shopTransactionId")),
            BilledAmount = int.TryParse(Text(t, "billedAmount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var amount) ? amount : null,
            AuthoriDateText = NullIfEmpty(authoriDate),
            AuthoriDate = ParseJst(authoriDate),
            AuthorResultText = NullIfEmpty(Text(t, "authorResult")),
            CreditResult = MapAuthorResult(Text(t, "authorResult")),
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
}
