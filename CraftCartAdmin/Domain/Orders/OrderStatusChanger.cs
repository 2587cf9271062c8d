namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// The single domain entry point for changing 対応状況: the state machine, then the shipping gate
/// (H3/H4/O6), then the change itself with 発送日, and the SCORE operations it requires (H2, C2).
/// </summary>
public static class OrderStatusChanger
{
    /// <exception cref="OrderRuleException">when the state machine or the shipping gate refuses; the order is left untouched.</exception>
    /// <exception cref="InvalidOperationException">when the order's payment or delivery method was not loaded.</exception>
    public static StatusChange Change(Order order, OrderStatus to, DateOnly today)
    {
        var from = order.Status;
        if (to == from) return new(from, to, []);

        OrderStatusMachine.EnsureCanMove(from, to);
        ShippingGate.Ensure(order, to);
        order.MoveTo(to, today);
        return new(from, to, RequiredOperations(order, to));
    }

    /// <summary>The statuses the UI may offer: allowed by the state machine and the shipping gate.</summary>
    public static IReadOnlyList<OrderStatus> OfferedStatuses(Order order) =>
        OrderStatusMachine.NextStatuses(order.Status).Where(to => ShippingGate.Allows(order, to)).ToList();

    private static IReadOnlyList<ScoreAction> RequiredOperations(Order order, OrderStatus to)
    {
        if (!ScoreRegistration.IsScoreOrder(order) || !ScoreRegistration.CanSend(order)) return [];
        if (to.RecordsShipDate()) return [ScoreAction.RegisterShipment];
        if (to == OrderStatus.Cancelled && ScoreRegistration.MayExistAtScore(order)) return [ScoreAction.Cancel];
        return [];
    }
}
