namespace CraftCartAdmin.Domain.Orders;

/// <summary>A call to SCORE that a change of the order requires; the caller queues it with the change.</summary>
public enum ScoreAction
{
    /// <summary>注文情報登録 (SPEC O1).</summary>
    Register,
    /// <summary>注文情報修正 (SPEC C1).</summary>
    Modify,
    /// <summary>キャンセル登録 (SPEC C2).</summary>
    Cancel,
    /// <summary>配送情報登録 (SPEC H2).</summary>
    RegisterShipment,
}
