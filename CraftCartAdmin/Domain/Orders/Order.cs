using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// 受注: one order with its customer, delivery address, items, money, 対応状況 and where it stands
/// with SCORE. Rule-bearing changes go through methods; plain data is settable for mapping.
/// </summary>
public sealed class Order
{
    public int Id { get; set; }
    /// <summary>注文番号, also SCORE's shopTransactionId (≤ 40 half-width alphanumerics).</summary>
    public string OrderNumber { get; set; } = "";
    public DateTimeOffset OrderedAt { get; set; }

    public Person Customer { get; set; } = new();
    /// <summary>お届け先; a copy of the customer when the buyer ships to themselves.</summary>
    public Person ShipTo { get; set; } = new();
    public List<OrderItem> Items { get; set; } = [];

    public int ShippingFee { get; set; }
    public int PaymentFee { get; set; }
    public int Discount { get; set; }
    /// <summary>購入金額, kept equal to <see cref="OrderTotals.Total"/> by <see cref="RecalculateTotal"/>.</summary>
    public int Total { get; private set; }

    public int PaymentMethodId { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public int DeliveryMethodId { get; set; }
    public DeliveryMethod? DeliveryMethod { get; set; }

    public OrderStatus Status { get; private set; } = OrderStatus.New;
    /// <summary>入金日 (JST date); null shows 未入金.</summary>
    public DateOnly? PaidOn { get; set; }
    /// <summary>発送日 (JST date); null shows 未発送.</summary>
    public DateOnly? ShippedOn { get; private set; }
    /// <summary>配送伝票番号.</summary>
    public string? TrackingNumber { get; set; }
    public string Note { get; set; } = "";

    public CreditResult CreditResult { get; set; }
    /// <summary>SCORE's nissenTransactionId (≤ 11).</summary>
    public string? ScoreTransactionId { get; set; }
    public DateTimeOffset? CreditCheckedAt { get; set; }
    public InvoiceState InvoiceState { get; set; }
    public SyncState SyncState { get; set; }
    /// <summary>Why the last SCORE operation failed, in Japanese, while <see cref="SyncState"/> is Error or Stopped.</summary>
    public string? SyncError { get; set; }
    /// <summary>Set once 配送情報登録 reached SCORE; from then on SPEC H5 locks the order's content.</summary>
    public DateTimeOffset? ShipmentRegisteredAt { get; set; }
    /// <summary>メール(n): how many mails were sent about this order.</summary>
    public int MailCount { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save of a changed order.</summary>
    public long Version { get; set; }

    public OrderTotals Totals =>
        new(Items.Sum(i => i.LineTotal), ShippingFee, PaymentFee, Discount);

    /// <exception cref="OrderRuleException">when the amounts are not valid.</exception>
    public void RecalculateTotal() =>
        Total = OrderTotals.Compute(Items.Select(i => (i.UnitPrice, i.Quantity)), ShippingFee, PaymentFee, Discount).Total;

    /// <summary>Moves 対応状況 along <see cref="OrderStatusMachine"/>; entering 発送済み records 発送日.</summary>
    /// <exception cref="OrderRuleException">when the state machine refuses the move.</exception>
    public void MoveTo(OrderStatus to, DateOnly today)
    {
        if (to == Status) return;
        OrderStatusMachine.EnsureCanMove(Status, to);
        Status = to;
        if (to.RecordsShipDate()) ShippedOn ??= today;
    }
}
