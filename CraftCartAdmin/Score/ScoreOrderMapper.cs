using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Score;

/// <summary>Turns a 受注 into SCORE's register / modify request (SCORE-API.md "Blocks", "Detail lines").</summary>
public static class ScoreOrderMapper
{
    public const string ShippingLineName = "送料";
    public const string PaymentFeeLineName = "決済手数料";
    public const string DiscountLineName = "割引等";

    public static ScoreOrderRequest ToOrderRequest(Order order, ContractType contractType) => new()
    {
        NissenTransactionId = order.ScoreTransactionId,
        ShopTransactionId = order.OrderNumber,
        ShopOrderDate = JapanTime.DateOf(order.OrderedAt),
        Buyer = ToCustomer(order.Customer),
        BilledAmount = order.Total,
        PaymentType = (int)contractType,
        Deliveries = [new ScoreDelivery(ToCustomer(order.ShipTo), Details(order))],
    };

    public static ScoreTransactionRef ToTransactionRef(Order order) =>
        new(order.ScoreTransactionId, order.OrderNumber, order.Total);

    public static ScoreCustomer ToCustomer(Person person) => new()
    {
        FullName = person.FullName.Trim(),
        LastName = person.LastName,
        FirstName = person.FirstName,
        FullKanaName = person.FullNameKana.Trim(),
        LastKanaName = person.LastNameKana,
        FirstKanaName = person.FirstNameKana,
        ZipCode = person.Address.PostalCode,
        Address1 = person.Address.Prefecture,
        Address2 = person.Address.City,
        Address3 = person.Address.Rest,
        CompanyName = person.Company,
        Tel = DigitsOnly(person.Phone),
        Email = person.Email,
    };

    /// <summary>One line per item at its unit price, then 送料, 決済手数料 and 割引等, so the lines add up to the total.</summary>
    public static IReadOnlyList<ScoreDetail> Details(Order order)
    {
        var lines = order.Items
            .Select((item, index) => new ScoreDetail(
                string.IsNullOrEmpty(item.Sku) ? $"ITEM{index + 1}" : item.Sku, item.Name, item.UnitPrice, item.Quantity))
            .ToList();
        lines.Add(new ScoreDetail("SHIPPING", ShippingLineName, order.ShippingFee, 1));
        lines.Add(new ScoreDetail("PAYMENTFEE", PaymentFeeLineName, order.PaymentFee, 1));
        if (order.Discount > 0)
            lines.Add(new ScoreDetail("DISCOUNT", DiscountLineName, -order.Discount, 1));
        return lines;
    }

    /// <summary>Phones are sent without hyphens; full-width digits count as digits.</summary>
    public static string DigitsOnly(string phone) =>
        new(phone.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray());
}
