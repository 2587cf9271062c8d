namespace CraftCartAdmin.Domain.Orders;

/// <summary>What an edit of a SCORE order means for SCORE (SPEC C1).</summary>
public enum ScoreEditDecision
{
    /// <summary>Nothing SCORE knows changed; nothing is sent.</summary>
    NoChange,
    /// <summary>注文情報修正 is sent and the credit result stays as it was.</summary>
    SendModifyKeepResult,
    /// <summary>注文情報修正 is sent and SCORE reviews again: the credit result is HOLD until it answers.</summary>
    SendModifyAndReReview,
}
