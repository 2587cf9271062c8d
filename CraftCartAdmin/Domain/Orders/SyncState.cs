namespace CraftCartAdmin.Domain.Orders;

/// <summary>Where the order stands with SCORE, apart from the credit result itself.</summary>
public enum SyncState
{
    /// <summary>Not a SCORE order, or nothing was ever sent.</summary>
    None = 0,
    /// <summary>An operation is waiting to be sent (e.g. registration while SCORE is unreachable, SPEC O1).</summary>
    Waiting = 1,
    Synced = 2,
    /// <summary>連携エラー: an operation keeps failing; the reason is kept on the order.</summary>
    Error = 3,
    /// <summary>連携停止: the order was edited in SCORE's own admin site; nothing more is sent (SPEC O6).</summary>
    Stopped = 4,
}

public static class SyncStateText
{
    public static string Label(this SyncState state) => state switch
    {
        SyncState.None => "",
        SyncState.Waiting => "送信待ち",
        SyncState.Synced => "連携済み",
        SyncState.Error => "連携エラー",
        SyncState.Stopped => "連携停止",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
