using CraftCartAdmin.Domain.Shipping;

namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// SPEC H3/H4 (and O6): whether an order may enter a status that records 発送日. Entering one sends
/// 配送情報登録 for a SCORE order (H2), so everything SCORE needs for it must be in place first.
/// </summary>
/// <remarks>
/// Non-SCORE orders pass without a tracking number: shops also hand over parcels, post letters or
/// use carriers without tracking, and nothing downstream needs the number for them.
/// </remarks>
public static class ShippingGate
{
    public const string CreditNotOk = "H3_CREDIT_NOT_OK";
    public const string NoCarrier = "H4_NO_CARRIER";
    public const string NoTrackingNumber = "H4_NO_TRACKING_NUMBER";
    public const string InvalidTrackingNumber = "H4_INVALID_TRACKING_NUMBER";
    public const string SyncStopped = "O6_SYNC_STOPPED";

    /// <summary>Every reason the move is refused, in the order staff should address them; empty when allowed.</summary>
    /// <exception cref="InvalidOperationException">when a SCORE decision needs a navigation that was not loaded.</exception>
    public static IReadOnlyList<RuleRefusal> Refusals(Order order, OrderStatus to)
    {
        if (!to.RecordsShipDate() || to == order.Status) return [];
        if (!ScoreRegistration.IsScoreOrder(order)) return [];

        var refusals = new List<RuleRefusal>();
        var target = to.Label();
        if (order.SyncState == SyncState.Stopped)
            refusals.Add(new(SyncStopped,
                $"この受注はスコア後払いの管理画面で修正・取消されたため連携停止中で、配送情報を登録できません。{target}にできません。スコア後払いの管理画面で対応してください。"));
        if (order.CreditResult != CreditResult.Ok)
            refusals.Add(new(CreditNotOk,
                $"与信結果がOKではないため{target}にできません（与信：{order.CreditResult.Label()}）。{CreditRemedy(order.CreditResult)}"));

        var delivery = order.DeliveryMethod ?? throw new InvalidOperationException(
            $"Order {order.OrderNumber}: DeliveryMethod must be loaded to apply the shipping gate.");
        if (delivery.CarrierCode is null)
            refusals.Add(new(NoCarrier,
                $"配送方法「{delivery.Name}」に運送会社が設定されていないため{target}にできません。配送方法設定で運送会社を設定してください。"));

        if (string.IsNullOrWhiteSpace(order.TrackingNumber))
            refusals.Add(new(NoTrackingNumber,
                $"配送伝票番号が入力されていないため{target}にできません。配送伝票番号を入力してください。"));
        else if (TrackingNumber.Validate(order.TrackingNumber, delivery.CarrierCode).Error is { } error)
            refusals.Add(new(InvalidTrackingNumber,
                $"配送伝票番号が正しくないため{target}にできません。{error}"));

        return refusals;
    }

    /// <summary>The first reason the move is refused, for the UI; null when it is allowed.</summary>
    public static RuleRefusal? Check(Order order, OrderStatus to) => Refusals(order, to).FirstOrDefault();

    public static bool Allows(Order order, OrderStatus to) => Check(order, to) is null;

    /// <exception cref="OrderRuleException">with the first reason the move is refused.</exception>
    public static void Ensure(Order order, OrderStatus to)
    {
        if (Check(order, to) is { } refusal) throw refusal.ToException();
    }

    private static string CreditRemedy(CreditResult result) => result switch
    {
        CreditResult.Hold => "与信結果がOKになるまでお待ちください。",
        CreditResult.Ng => "支払方法を変更するか、注文を取消してください。",
        CreditResult.Pending => "スコア後払いの保留理由を確認し、お客様情報・お届け先情報を修正してください。",
        _ => "スコア後払いへの注文登録が完了し、与信結果がOKになるまでお待ちください。",
    };
}
