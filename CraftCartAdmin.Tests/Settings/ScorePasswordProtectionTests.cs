using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Settings.Score;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>
/// SPEC S1: the ダイレクトパスワード is encrypted at rest with Data Protection, survives a restart (the key ring
/// is persisted beside the database), and appears in no page and no log line.
/// </summary>
public sealed class ScorePasswordProtectionTests : IDisposable
{
    private const string Password = "Plain-Direct-Pass-7Q2w";

    private readonly string dataFolder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "craftcart-tests", "score-pw-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly List<string> logs = [];

    private ObservedApp Host(IScoreConnectionTester? tester = null) => new(dataFolder, tester);

    [Fact]
    public async Task S1_password_round_trips_through_data_protection_across_a_restart_and_is_never_shown_or_logged()
    {
        string stored;
        using (var first = Host())
        {
            await using var scope = first.Services.CreateAsyncScope();
            var view = await scope.ServiceProvider.GetRequiredService<ScoreSettingsService>().LoadAsync();
            var input = ScoreSettingsInput.From(view);
            input.NewPassword = Password;
            var saved = await scope.ServiceProvider.GetRequiredService<ScoreSettingsService>().SaveAsync(input);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));

            await using var db = await first.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
            stored = (await db.ShopSettings.SingleAsync()).ScorePasswordProtected!;
            Assert.DoesNotContain(Password, stored);

            using var client = await LoginClient.SignedInAsync(first, CraftCartAppFactory.AdminEmail);
            var page = await client.GetStringAsync("/settings/score");
            Assert.Contains("設定済み", page);
            Assert.DoesNotContain(Password, page);
            logs.AddRange(first.LogLines);
        }

        var tester = new RecordingConnectionTester(new ConnectionTestResult(true, "接続に成功しました。"));
        using (var second = Host(tester))
        {
            Assert.Equal(Password, second.Services.GetRequiredService<ScorePasswordProtector>().Unprotect(stored));
            await using var scope = second.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ScoreSettingsService>();
            var result = await service.TestConnectionAsync(ScoreSettingsInput.From(await service.LoadAsync()));
            Assert.True(result.Accepted);
            Assert.Equal(Password, Assert.Single(tester.Calls).Password);
            logs.AddRange(second.LogLines);
        }

        Assert.Contains(logs, l => l.Contains("SCORE settings saved"));
        Assert.DoesNotContain(logs, l => l.Contains(Password));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); }
        catch (IOException) { /* the temp folder is disposable */ }
    }
}

/// <summary>The app on a given data folder (database and key ring), logging at Debug, optionally with a 接続テスト double.</summary>
public sealed class ObservedApp : CraftCartAppFactory
{
    private readonly IScoreConnectionTester? tester;

    public ObservedApp(string dataFolder, IScoreConnectionTester? tester)
        : base(extraSettings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" }, dataFolder: dataFolder)
    {
        this.tester = tester;
        KeepDataFolder = true; // the test removes it after both hosts ran
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (tester is not null) builder.ConfigureServices(services => services.AddSingleton(tester));
    }
}
