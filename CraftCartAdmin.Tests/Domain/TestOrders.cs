using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Tests.Domain;

/// <summary>Orders in known states for the domain rule tests.</summary>
internal static class TestOrders
{
    public static PaymentMethod Score => new() { Id = 1, Code = PaymentMethod.ScoreCode, Name = "スコア後払い", IsSystem = true };
    public static PaymentMethod BankTransfer => new() { Id = 2, Code = "bank", Name = "銀行振込" };
    public static DeliveryMethod Yamato => new() { Id = 1, Code = "yamato", Name = "宅急便", CarrierCode = 12, Fee = 800 };
    public static DeliveryMethod NoCarrier => new() { Id = 2, Code = "pickup", Name = "店頭受取", CarrierCode = null };

    /// <summary>A valid ヤマト運輸 number: 12345678901 mod 7 = 3.</summary>
    public const string ValidYamatoNumber = "123456789013";

    public static readonly DateOnly Today = new(2026, 12, 4);

    /// <summary>A SCORE order ready to ship: credit OK, carrier set, tracking number entered, in sync.</summary>
    public static Order ReadyScoreOrder(OrderStatus status = OrderStatus.New)
    {
        var order = new Order
        {
            OrderNumber = "C00001234",
            Customer = Person("山田", "太郎"),
            Items = [new() { Sku = "SOAP-01", Name = "手作り石鹸", UnitPrice = 1200, Quantity = 2 }],
            ShippingFee = 800,
            PaymentMethod = Score,
            DeliveryMethod = Yamato,
            CreditResult = CreditResult.Ok,
            ScoreTransactionId = "12345678901",
            SyncState = SyncState.Synced,
            TrackingNumber = ValidYamatoNumber,
        };
        order.ShipTo = order.Customer.Copy();
        if (status != OrderStatus.New) order.MoveTo(status, Today);
        return order;
    }

    public static Order BankOrder()
    {
        var order = ReadyScoreOrder();
        order.PaymentMethod = BankTransfer;
        order.CreditResult = CreditResult.None;
        order.ScoreTransactionId = null;
        order.SyncState = SyncState.None;
        order.TrackingNumber = null;
        order.DeliveryMethod = NoCarrier;
        return order;
    }

    public static Person Person(string last, string first) => new()
    {
        LastName = last, FirstName = first, LastNameKana = "ヤマダ", FirstNameKana = "タロウ",
        Email = "taro@example.jp", Phone = "090-1234-5678",
        Address = new() { PostalCode = "150-0001", Prefecture = "東京都", City = "渋谷区", Address1 = "神宮前1-2-3" },
    };
}
