using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// SPEC C2 and O5: switching an order's 支払方法 to or from スコア後払い, and the ways out of an NG
/// credit result.
/// </summary>
public static class PaymentMethodChange
{
    public const string NgNotice =
        "与信結果がNGのため、スコア後払いでは発送できません。支払方法を変更するか、注文を取消してください。";

    /// <summary>
    /// The SCORE operations a switch from <paramref name="from"/> to <paramref name="to"/> requires:
    /// a cancellation when leaving スコア後払い for an order SCORE may hold, a registration when
    /// entering it. Nothing for a 連携停止 order (O6).
    /// </summary>
    public static IReadOnlyList<ScoreAction> RequiredOperations(Order order, PaymentMethod from, PaymentMethod to)
    {
        if (from.IsScore == to.IsScore || !ScoreRegistration.CanSend(order)) return [];
        if (to.IsScore) return [ScoreAction.Register];
        return ScoreRegistration.MayExistAtScore(order) ? [ScoreAction.Cancel] : [];
    }

    /// <summary>Switches the order's payment method and tells which SCORE operations to queue.</summary>
    /// <exception cref="OrderRuleException">after 配送情報登録 (H5): SCORE no longer accepts a cancellation.</exception>
    public static IReadOnlyList<ScoreAction> Apply(Order order, PaymentMethod to)
    {
        var from = order.PaymentMethod ?? throw new InvalidOperationException(
            $"Order {order.OrderNumber}: PaymentMethod must be loaded to change it.");
        if (from.Id == to.Id && from.Code == to.Code) return [];
        if (from.IsScore) OrderLock.EnsureContentEditable(order);

        var operations = RequiredOperations(order, from, to);
        order.PaymentMethod = to;
        order.PaymentMethodId = to.Id;
        if (operations.Contains(ScoreAction.Register))
        {
            order.CreditResult = CreditResult.None;
            order.SyncState = SyncState.Waiting;
        }
        return operations;
    }

    /// <summary>The remedies to offer for an NG SCORE order (O5); empty when the order is not NG or is past them.</summary>
    public static IReadOnlyList<NgRemedy> NgRemedies(Order order)
    {
        if (!ScoreRegistration.IsScoreOrder(order) || order.CreditResult != CreditResult.Ng) return [];
        if (OrderStatusMachine.IsFinal(order.Status) || order.Status.RecordsShipDate()) return [];

        var remedies = new List<NgRemedy> { new(NgRemedyKind.ChangePaymentMethod, "支払方法を変更") };
        if (OrderStatusMachine.CanMove(order.Status, OrderStatus.Cancelled))
            remedies.Add(new(NgRemedyKind.Cancel, "注文取消し"));
        return remedies;
    }
}
