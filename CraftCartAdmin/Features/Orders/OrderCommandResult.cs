namespace CraftCartAdmin.Features.Orders;

/// <summary>How one command on one order ended, in words for the user (Japanese).</summary>
public sealed record OrderCommandResult(bool Succeeded, string Message, string? Warning = null)
{
    public const string ConflictMessage =
        "他のユーザーが先にこの受注を更新しました。変更は保存されていません。最新の内容を確認してから、もう一度操作してください。";

    public static OrderCommandResult Ok(string message, string? warning = null) => new(true, message, warning);
    public static OrderCommandResult Refused(string message) => new(false, message);
    public static OrderCommandResult Conflict() => new(false, ConflictMessage);
}
