using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>
/// Plausible, deterministic 同梱 invoice print data (SCORE-API.md "Response"): the same transaction
/// on the same day always prints the same barcode, due date and OCR lines.
/// </summary>
internal sealed class SandboxInvoiceWriter(IOptionsMonitor<SandboxOptions> options)
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private const int PaymentTermDays = 14;

    public XElement[] Write(SandboxTransaction transaction, DateTimeOffset now)
    {
        var shop = options.CurrentValue.Shop;
        var order = XElement.Parse(transaction.OrderXml);
        var buyer = order.Child("buyer");
        var issued = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Tokyo).DateTime);
        var due = issued.AddDays(PaymentTermDays);
        var amount = transaction.BilledAmount;
        var invoiceCode = $"INV{transaction.NissenTransactionId}";
        var barcodeBody = $"91{transaction.NissenTransactionId}{amount:D6}{due:yyMMdd}";
        var barcode = barcodeBody + CheckDigit(barcodeBody);

        var invoice = new XElement("invoiceDataResult",
            E("invoiceBarCode", barcode),
            E("invoiceCode", invoiceCode),
            E("customerName", buyer.Text("fullName")),
            E("customerZip", buyer.Text("zipCode")),
            E("customerAddress1", buyer.Text("address1")),
            E("customerAddress2", buyer.Text("address2")),
            E("customerAddress3", buyer.Text("address3")),
            E("shopZip", shop.Zip),
            E("shopAddress1", shop.Address1),
            E("shopAddress2", shop.Address2),
            E("shopAddress3", shop.Address3),
            E("shopTel", shop.Tel),
            E("billedAmount", amount.ToString(CultureInfo.InvariantCulture)),
            E("tax", (amount * 10 / 110).ToString(CultureInfo.InvariantCulture)),
            E("timeOfReceipts", due.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
            E("invoiceStartDate", issued.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
            E("invoiceTitle", "お買い上げ明細書兼請求書"),
            E("shopOrderDate", transaction.ShopOrderDate),
            E("nissenTransactionId", transaction.NissenTransactionId),
            E("shopTransactionId1", transaction.ShopTransactionId),
            E("shopMessage1", $"{shop.Name}をご利用いただきありがとうございます。"),
            E("shopMessage2", $"お支払期限は{due:yyyy年M月d日}です。"),
            E("shopMessage3", "コンビニエンスストア・郵便局・銀行でお支払いいただけます。"),
            E("shopMessage4", ""),
            E("shopMessage5", ""),
            E("yobi1", "同梱A4"),
            E("yobi2", "00170-0-" + transaction.NissenTransactionId[^6..]),
            E("yobi3", "株式会社スコア（サンドボックス）"),
            E("yobi4", $"<{barcodeBody[..20]}>"),
            E("yobi5", $"{amount:D8}+{due:yyMMdd}>"),
            E("yobi6", buyer.Text("address1") + buyer.Text("address2") + buyer.Text("address3")),
            E("yobi7", "X"),
            E("yobi8", ""), E("yobi9", ""), E("yobi10", ""));

        var details = new XElement("detailList",
            order.Child("deliveries").Children("delivery")
                .SelectMany(d => d.Child("details").Children("detail"))
                .Select(d => new XElement("goodsDetail",
                    E("goodsName", d.Text("detailName")),
                    E("goodsPrice", d.Text("detailPrice")),
                    E("goodsNum", d.Text("detailQuantity")))));
        return [invoice, details];
    }

    private static XElement E(string name, string value) => new(name, value);

    /// <summary>Modulus-10 check digit, as payment barcodes carry one.</summary>
    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
