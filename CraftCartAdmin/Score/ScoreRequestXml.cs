using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CraftCartAdmin.Score;

/// <summary>Writes request bodies in SCORE's lowerCamel element names (SCORE-API.md "Blocks").</summary>
internal static class ScoreRequestXml
{
    public const string RedactedPassword = "********";

    public static XDocument Order(ScoreCredentials credentials, ScoreOrderRequest request) =>
        Document(
            ShopInfo(credentials),
            new XElement("httpInfo", new XElement("httpHeader"), new XElement("deviceInfo")),
            new XElement("buyer",
                new XElement("nissenTransactionId", request.NissenTransactionId ?? ""),
                new XElement("shopTransactionId", request.ShopTransactionId),
                new XElement("shopOrderDate", request.ShopOrderDate.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
                CustomerElements(request.Buyer),
                new XElement("billedAmount", Number(request.BilledAmount)),
                new XElement("paymentType", Number(request.PaymentType))),
            new XElement("deliveries", request.Deliveries.Select(Delivery)));

    public static XDocument Transaction(ScoreCredentials credentials, ScoreTransactionRef transaction) =>
        Document(ShopInfo(credentials), TransactionElement(transaction));

    public static XDocument Shipment(ScoreCredentials credentials, ScoreShipmentRequest request) =>
        Document(
            ShopInfo(credentials),
            TransactionElement(request.Transaction),
            new XElement("PdRequest",
                new XElement("pdcompanycode", Number(request.CarrierCode)),
                new XElement("slipno", request.SlipNo),
                new XElement("address1", request.Address1),
                new XElement("address2", request.Address2),
                new XElement("address3", request.Address3)));

    public static byte[] ToUtf8(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
            document.Save(writer);
        return stream.ToArray();
    }

    /// <summary>The document as the audit log may keep it: the shopPassword value replaced.</summary>
    public static string Redacted(XDocument document)
    {
        var copy = new XDocument(document);
        foreach (var password in copy.Descendants("shopPassword"))
            password.Value = RedactedPassword;
        return copy.ToString(SaveOptions.DisableFormatting);
    }

    private static XDocument Document(params object[] blocks) =>
        new(new XDeclaration("1.0", "UTF-8", null), new XElement("request", blocks));

    private static XElement ShopInfo(ScoreCredentials credentials) =>
        new("shopInfo",
            new XElement("shopCode", credentials.ShopCode),
            new XElement("shopPassword", credentials.Password),
            new XElement("terminalId", credentials.TerminalId));

    private static XElement TransactionElement(ScoreTransactionRef transaction) =>
        new("transaction",
            new XElement("nissenTransactionId", transaction.NissenTransactionId ?? ""),
            new XElement("shopTransactionId", transaction.ShopTransactionId),
            new XElement("billedAmount", Number(transaction.BilledAmount)));

    private static XElement Delivery(ScoreDelivery delivery) =>
        new("delivery",
            new XElement("deliveryCustomer", CustomerElements(delivery.Customer)),
            new XElement("details", delivery.Details.Select(d =>
                new XElement("detail",
                    new XElement("detailId", d.DetailId),
                    new XElement("detailName", d.DetailName),
                    new XElement("detailPrice", Number(d.DetailPrice)),
                    new XElement("detailQuantity", Number(d.DetailQuantity))))));

    private static IEnumerable<XElement> CustomerElements(ScoreCustomer c) =>
    [
        new("fullName", c.FullName), new("firstName", c.FirstName), new("lastName", c.LastName),
        new("fullKanaName", c.FullKanaName), new("firstKanaName", c.FirstKanaName), new("lastKanaName", c.LastKanaName),
        new("zipCode", c.ZipCode),
        new("address1", c.Address1), new("address2", c.Address2), new("address3", c.Address3),
        new("companyName", c.CompanyName), new("departmentName", c.DepartmentName),
        new("tel", c.Tel), new("mobile", c.Mobile),
        new("email", c.Email), new("mobileEmail", c.MobileEmail),
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
