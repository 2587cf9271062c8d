namespace CraftCartAdmin.Domain.Orders;

/// <summary>What the cart knows about an order's transaction at SCORE.</summary>
public static class ScoreRegistration
{
    /// <summary>
    /// True when SCORE may hold a transaction for the order: it answered with an id, or a
    /// registration was sent or is queued. A registration whose answer was lost still took effect
    /// at SCORE, so "no id yet" does not mean "nothing to cancel".
    /// </summary>
    public static bool MayExistAtScore(Order order) =>
        order.ScoreTransactionId is not null
        || order.SyncState is SyncState.Waiting or SyncState.Error;

    /// <summary>False once the order is 連携停止 (SPEC O6): nothing more is sent for it.</summary>
    public static bool CanSend(Order order) => order.SyncState != SyncState.Stopped;

    /// <summary>True when the order's payment method is スコア後払い.</summary>
    /// <exception cref="InvalidOperationException">when the payment method was not loaded.</exception>
    public static bool IsScoreOrder(Order order) =>
        (order.PaymentMethod ?? throw new InvalidOperationException(
            $"Order {order.OrderNumber}: PaymentMethod must be loaded to apply the SCORE rules.")).IsScore;
}
