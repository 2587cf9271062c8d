using System.Globalization;
using System.Xml.Linq;

namespace CraftCartAdmin.ScoreSandbox;

internal sealed record SandboxParty(
    string FullName, string FullKanaName, string ZipCode, string Address1, string Address2, string Address3,
    string Tel, string Email)
{
    public static SandboxParty From(XElement? e) => new(
        e.Text("fullName"), e.Text("fullKanaName"), e.Text("zipCode"), e.Text("address1"), e.Text("address2"),
        e.Text("address3"), e.Text("tel"), e.Text("email"));

    public string Snapshot => string.Join("|", FullName, FullKanaName, ZipCode, Address1, Address2, Address3, Tel, Email);

    public bool SameAddressAs(SandboxParty other) =>
        ZipCode == other.ZipCode && Address1 == other.Address1 && Address2 == other.Address2 && Address3 == other.Address3;
}

internal sealed record SandboxDetail(string Name, long Price, long Quantity);

internal sealed record SandboxDelivery(SandboxParty Customer, IReadOnlyList<SandboxDetail> Details);

/// <summary>A register or modify body, read the way the sandbox needs it.</summary>
internal sealed record SandboxOrder(
    string NissenTransactionId, string ShopTransactionId, string ShopOrderDate, SandboxParty Buyer,
    string BilledAmountText, string PaymentTypeText, IReadOnlyList<SandboxDelivery> Deliveries, XElement BuyerElement, XElement? DeliveriesElement)
{
    public int BilledAmount => int.TryParse(BilledAmountText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
    public int PaymentType => int.TryParse(PaymentTypeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
    public string DeliverySnapshot => string.Join("#", Deliveries.Select(d => d.Customer.Snapshot));

    public string OrderXml => new XElement("order", BuyerElement, DeliveriesElement).ToString(SaveOptions.DisableFormatting);

    public static SandboxOrder From(XElement root)
    {
        var buyer = root.Child("buyer") ?? new XElement("buyer");
        var deliveries = root.Child("deliveries");
        return new SandboxOrder(
            buyer.Text("nissenTransactionId"), buyer.Text("shopTransactionId"), buyer.Text("shopOrderDate"),
            SandboxParty.From(buyer), buyer.Text("billedAmount"), buyer.Text("paymentType"),
            deliveries.Children("delivery").Select(d => new SandboxDelivery(
                SandboxParty.From(d.Child("deliveryCustomer")),
                d.Child("details").Children("detail")
                    .Select(x => new SandboxDetail(x.Text("detailName"), Long(x.Text("detailPrice")), Long(x.Text("detailQuantity"))))
                    .ToList())).ToList(),
            buyer, deliveries);
    }

    private static long Long(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : long.MinValue;
}

/// <summary>The transaction block of inquiry, cancel, shipment and invoice.</summary>
internal sealed record SandboxTransactionRef(string NissenTransactionId, string ShopTransactionId)
{
    public static SandboxTransactionRef From(XElement root)
    {
        var t = root.Child("transaction");
        return new SandboxTransactionRef(t.Text("nissenTransactionId"), t.Text("shopTransactionId"));
    }
}
