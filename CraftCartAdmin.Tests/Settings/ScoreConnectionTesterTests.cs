using CraftCartAdmin.Features.Settings.Score;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>S1 接続テスト against the app's sandbox over real HTTP.</summary>
public sealed class ScoreConnectionTesterTests : IAsyncLifetime
{
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync() => shop = await ScoreTestShop.StartAsync();
    public async Task DisposeAsync() => await shop.DisposeAsync();

    [Fact]
    public async Task S1_connection_test_accepts_the_sandbox_credentials()
    {
        var result = await shop.Service<IScoreConnectionTester>().TestAsync("DEMO0001", "CRAFTCART01", ScoreTestShop.Password, null, default);

        Assert.True(result.Accepted, result.Message);
        Assert.Contains("接続に成功しました", result.Message);
    }

    [Fact]
    public async Task S1_connection_test_says_in_Japanese_when_the_password_is_wrong()
    {
        var result = await shop.Service<IScoreConnectionTester>().TestAsync("DEMO0001", "CRAFTCART01", "wrong-password", null, default);

        Assert.False(result.Accepted);
        Assert.Contains("ダイレクトパスワード", result.Message);
    }

    [Fact]
    public async Task S1_connection_test_says_when_SCORE_cannot_be_reached()
    {
        var result = await shop.Service<IScoreConnectionTester>().TestAsync("DEMO0001", "CRAFTCART01", ScoreTestShop.Password,
            "http://127.0.0.1:9/", default);

        Assert.False(result.Accepted);
        Assert.Contains("接続できませんでした", result.Message);
    }
}
