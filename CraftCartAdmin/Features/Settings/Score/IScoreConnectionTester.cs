namespace CraftCartAdmin.Features.Settings.Score;

/// <summary>
/// 接続テスト of 詳細設定＞スコア後払い (SPEC S1): asks SCORE whether it accepts these credentials.
/// The SCORE client provides the real implementation; until it is registered,
/// <see cref="UnavailableScoreConnectionTester"/> answers.
/// </summary>
/// <remarks>
/// <paramref name="baseUrl"/> null or empty means the configured default endpoint. Implementations must
/// never log <c>password</c>, and should answer with <see cref="ConnectionTestResult.Accepted"/> false and a
/// Japanese message instead of throwing when SCORE cannot be reached.
/// </remarks>
public interface IScoreConnectionTester
{
    Task<ConnectionTestResult> TestAsync(string shopCode, string terminalId, string password, string? baseUrl, CancellationToken ct);
}

/// <summary>The answer of a 接続テスト: whether SCORE accepted the credentials, and a Japanese message for the user.</summary>
public sealed record ConnectionTestResult(bool Accepted, string Message);

/// <summary>The fallback until the SCORE client registers a real <see cref="IScoreConnectionTester"/>.</summary>
public sealed class UnavailableScoreConnectionTester : IScoreConnectionTester
{
    public const string Message = "接続テストは現在利用できません。";

    public Task<ConnectionTestResult> TestAsync(string shopCode, string terminalId, string password, string? baseUrl, CancellationToken ct) =>
        Task.FromResult(new ConnectionTestResult(false, Message));
}
