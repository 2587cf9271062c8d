using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>Orders for SCORE tests: a valid one by default, each test changes what it is about.</summary>
public static class TestOrders
{
    public static string NewNumber() => "T" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant();

    public static Order Order(string? email = null, int unitPrice = 1200, int quantity = 2, string address1 = "神宮前1-2-3", int discount = 0)
    {
        var customer = new Person
        {
            LastName = "山田", FirstName = "太郎", LastNameKana = "ヤマダ", FirstNameKana = "タロウ",
            Email = email ?? "taro@example.jp", Phone = "090-1234-5678",
            Address = new PostalAddress { PostalCode = "150-0001", Prefecture = "東京都", City = "渋谷区", Address1 = address1, Address2 = "クラフトビル101" },
        };
        var order = new Order
        {
            OrderNumber = NewNumber(),
            OrderedAt = new DateTimeOffset(2026, 12, 3, 16, 30, 0, TimeSpan.Zero),
            Customer = customer,
            ShipTo = customer.Copy(),
            Items = [new OrderItem { Sku = "SOAP01", Name = "手作り石鹸", UnitPrice = unitPrice, Quantity = quantity }],
            ShippingFee = 800,
            PaymentFee = 300,
            Discount = discount,
        };
        order.RecalculateTotal();
        return order;
    }

    public static ScoreOrderRequest Request(string? email = null, int unitPrice = 1200, int quantity = 2, string address1 = "神宮前1-2-3",
        ContractType contract = ContractType.Separate) =>
        ScoreOrderMapper.ToOrderRequest(Order(email, unitPrice, quantity, address1), contract);

    public static ScoreTransactionRef Ref(ScoreResponse registered) =>
        new(registered.Transaction!.NissenTransactionId, registered.Transaction.ShopTransactionId!, registered.Transaction.BilledAmount ?? 0);

    public static ScoreShipmentRequest Shipment(ScoreResponse registered, int carrier = 12, string slipNo = "1234-5678-9012") =>
        new(Ref(registered), carrier, slipNo, "東京都", "渋谷区", "神宮前1-2-3 クラフトビル101");
}
