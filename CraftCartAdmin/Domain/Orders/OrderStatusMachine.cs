namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// The one place that says which 対応状況 may follow which. Staying in the same status is not a
/// transition. Cancelled and returned orders are final; a shipped order can only come back as 返品,
/// because SCORE accepts no change after 配送情報登録 (SPEC H5).
/// </summary>
public static class OrderStatusMachine
{
    private static readonly IReadOnlyDictionary<OrderStatus, OrderStatus[]> Allowed =
        new Dictionary<OrderStatus, OrderStatus[]>
        {
            [OrderStatus.New] = [OrderStatus.Paid, OrderStatus.InProgress, OrderStatus.Shipped, OrderStatus.Cancelled],
            [OrderStatus.Paid] = [OrderStatus.InProgress, OrderStatus.Shipped, OrderStatus.Cancelled],
            [OrderStatus.InProgress] = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Cancelled],
            [OrderStatus.Shipped] = [OrderStatus.Returned],
            [OrderStatus.Cancelled] = [],
            [OrderStatus.Returned] = [],
        };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<OrderStatus> NextStatuses(OrderStatus from) => Allowed[from];

    public static bool IsFinal(OrderStatus status) => Allowed[status].Length == 0;

    /// <exception cref="OrderRuleException">when the move is not allowed, with the reason in Japanese.</exception>
    public static void EnsureCanMove(OrderStatus from, OrderStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new OrderRuleException(
                "STATUS_TRANSITION",
                $"対応状況を「{from.Label()}」から「{to.Label()}」に変更することはできません。");
        }
    }
}
