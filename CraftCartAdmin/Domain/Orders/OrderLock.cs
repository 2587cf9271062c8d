namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// What the cart may still change of an order. SPEC H5: after 配送情報登録 SCORE accepts no
/// change, so the order's content is read-only. SPEC O6: an order edited in SCORE's own admin
/// site is 連携停止 and the cart stops sending it.
/// </summary>
/// <remarks>
/// The lock covers 送料, 決済手数料 and 値引き as well as customer, items and ship-to: the manual
/// says the order content cannot be changed at all (「等の受注内容を一切変更する事が出来なくなります」),
/// and any amount change would be a modification SCORE refuses after shipment.
/// </remarks>
public static class OrderLock
{
    public const string LockedCode = "H5_LOCKED_AFTER_SHIPMENT_REGISTRATION";

    public const string LockedMessage =
        "配送情報登録済みのため、お客様情報・受注商品情報・お届け先情報は変更できません。変更するには受注を取消し、新しく登録し直してください。";

    /// <summary>Shown on the order while it is 連携停止.</summary>
    public const string SyncStoppedWarning =
        "この受注はスコア後払いの管理画面で修正・取消されたため、カートから連携できません（連携停止）。";

    /// <summary>Shown wherever staff edit a SCORE order, before it is too late (O6).</summary>
    public const string OutsideEditWarning =
        "スコア後払いの管理画面で注文情報の修正やキャンセルを1回でも行うと、この受注はカートから連携できなくなります。修正・取消はこの画面から行ってください。";

    /// <summary>True once 配送情報登録 reached SCORE: customer, items and ship-to are read-only.</summary>
    public static bool IsContentLocked(Order order) => order.ShipmentRegisteredAt is not null;

    /// <exception cref="OrderRuleException">when the order's content is locked.</exception>
    public static void EnsureContentEditable(Order order)
    {
        if (IsContentLocked(order)) throw new OrderRuleException(LockedCode, LockedMessage);
    }

    /// <summary>Refuses an edit that changes locked content; an unchanged save passes.</summary>
    /// <exception cref="OrderRuleException">when the content is locked and <paramref name="after"/> differs.</exception>
    public static void EnsureEditAllowed(Order order, OrderSnapshot before, OrderSnapshot after)
    {
        if (!before.SameContent(after)) EnsureContentEditable(order);
    }

    public static bool IsSyncStopped(Order order) => order.SyncState == SyncState.Stopped;

    /// <summary>The 連携停止 warning for the order, or null when it is in sync.</summary>
    public static string? SyncWarning(Order order) => IsSyncStopped(order) ? SyncStoppedWarning : null;
}
