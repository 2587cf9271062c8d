using CraftCartAdmin.Score;
using CraftCartAdmin.Score.Outbox;

namespace CraftCartAdmin.Features.Settings.Score;

/// <summary>
/// 接続テスト (SPEC S1): one 与信結果取得 for a transaction that cannot exist, with the entered
/// credentials. SCORE checks the credentials before it looks for the transaction, so "unknown
/// transaction" means the IDs and password were accepted, and SBX0002 means they were not.
/// </summary>
public sealed class ScoreConnectionTester(IScoreClient client, ScoreConnectionResolver connection) : IScoreConnectionTester
{
    public const string ProbeTransaction = "CONNECTIONTEST";
    private const string CredentialsRefused = "SBX0002";

    public async Task<ConnectionTestResult> TestAsync(string shopCode, string terminalId, string password, string? baseUrl, CancellationToken ct)
    {
        var endpoint = connection.BaseUrl(baseUrl);
        if (endpoint is null)
            return new(false, "接続先URLが決まっていません。APIの接続先URLを入力してください。");
        try
        {
            var response = await client.InquireCreditAsync(new ScoreCredentials(shopCode, terminalId, password, endpoint),
                new ScoreTransactionRef(null, ProbeTransaction, 1), ct);
            return response.HasError(CredentialsRefused)
                ? new(false, "接続できましたが、加盟店ID・接続元ID・ダイレクトパスワードのいずれかが正しくありません。")
                : new(true, "接続に成功しました。加盟店ID・接続元ID・ダイレクトパスワードは受け付けられました。");
        }
        catch (ScoreTransportException e)
        {
            return new(false, $"スコア後払いに接続できませんでした。接続先URLとネットワークを確認してください。（{e.Message}）");
        }
    }
}
