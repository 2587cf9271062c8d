namespace CraftCartAdmin.Domain.Orders;

/// <summary>対応状況: the order states Japanese shop staff know from EC-CUBE 4.</summary>
public enum OrderStatus
{
    New = 1,
    Paid = 2,
    InProgress = 3,
    Shipped = 4,
    Cancelled = 5,
    Returned = 6,
}

public static class OrderStatusText
{
    public static string Label(this OrderStatus status) => status switch
    {
        OrderStatus.New => "新規受付",
        OrderStatus.Paid => "入金済み",
        OrderStatus.InProgress => "対応中",
        OrderStatus.Shipped => "発送済み",
        OrderStatus.Cancelled => "注文取消し",
        OrderStatus.Returned => "返品",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Statuses that record a ship date (発送日), so SPEC H2–H4 apply when an order enters one.</summary>
    public static bool RecordsShipDate(this OrderStatus status) => status == OrderStatus.Shipped;
}
