namespace CraftCartAdmin.Score;

/// <summary>
/// Who calls SCORE and where: 加盟店ID, 接続元ID, ダイレクトパスワード and the API base URL (SPEC S1).
/// </summary>
public sealed record ScoreCredentials(string ShopCode, string TerminalId, string Password, string BaseUrl)
{
    // A record prints every property; the password must never reach a log line through ToString.
    public override string ToString() =>
        $"ScoreCredentials {{ ShopCode = {ShopCode}, TerminalId = {TerminalId}, Password = ********, BaseUrl = {BaseUrl} }}";
}
