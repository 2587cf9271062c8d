using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Settings.DeliveryMethods;
using CraftCartAdmin.Features.Settings.PaymentMethods;
using CraftCartAdmin.Features.Settings.Score;
using CraftCartAdmin.Features.Users;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>
/// The app on its own migrated SQLite file with no demo shop: only the first admin, no settings, no
/// payment or delivery methods. Builds the settings services on the app's real store.
/// </summary>
public sealed class FreshShop : IDisposable
{
    public CraftCartAppFactory Factory { get; } = new(extraSettings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });

    public FreshShop() => _ = Factory.Services; // starts the host: migrations and the admin seed run now

    public IDbContextFactory<CraftCartDbContext> Db => Factory.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>();
    public ScorePasswordProtector Protector => Factory.Services.GetRequiredService<ScorePasswordProtector>();

    public ScoreSettingsService ScoreSettings(IScoreConnectionTester? tester = null) => new(
        Db, Protector, tester ?? new UnavailableScoreConnectionTester(),
        Factory.Services.GetRequiredService<IConfiguration>(), NullLogger<ScoreSettingsService>.Instance);

    public PaymentMethodService PaymentMethods() => new(Db, NullLogger<PaymentMethodService>.Instance);
    public DeliveryMethodService DeliveryMethods() => new(Db, NullLogger<DeliveryMethodService>.Instance);
    public UserAdministrationService Users() =>
        new(Factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<UserAdministrationService>.Instance);

    public async Task<PaymentMethod> AddPaymentMethodAsync(string code, string name, bool isSystem = false)
    {
        await using var db = await Db.CreateDbContextAsync();
        var method = new PaymentMethod { Code = code, Name = name, IsSystem = isSystem, SortOrder = 100 + await db.PaymentMethods.CountAsync() };
        db.PaymentMethods.Add(method);
        await db.SaveChangesAsync();
        return method;
    }

    /// <summary>The system method スコア後払い, as the first S1 save creates it.</summary>
    public async Task<PaymentMethod> ScoreMethodAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.PaymentMethods.SingleOrDefaultAsync(p => p.Code == PaymentMethod.ScoreCode)
               ?? await AddPaymentMethodAsync(PaymentMethod.ScoreCode, "スコア後払い", isSystem: true);
    }

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => Factory.Dispose();
}

/// <summary>Records what the 接続テスト hook was asked, and answers as configured.</summary>
public sealed class RecordingConnectionTester(ConnectionTestResult answer) : IScoreConnectionTester
{
    public List<(string ShopCode, string TerminalId, string Password, string? BaseUrl)> Calls { get; } = [];

    public Task<ConnectionTestResult> TestAsync(string shopCode, string terminalId, string password, string? baseUrl, CancellationToken ct)
    {
        Calls.Add((shopCode, terminalId, password, baseUrl));
        return Task.FromResult(answer);
    }
}
