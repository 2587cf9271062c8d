using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>
/// Where and as whom the cart calls SCORE: the S1 settings (password decrypted only here, in memory)
/// and the endpoint — the shop's own URL, else <c>Score:BaseUrl</c>, else this app's sandbox.
/// </summary>
public sealed class ScoreConnectionResolver(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    ScorePasswordProtector passwordProtector,
    IConfiguration configuration,
    IServer server)
{
    public const string SandboxPath = "/score-sandbox/";

    /// <summary>The shop's credentials, or null while 詳細設定＞スコア後払い is not filled in.</summary>
    public async Task<ScoreCredentials?> ResolveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.ShopSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ShopSettings.SingletonId, cancellationToken);
        if (settings is null || !settings.IsScoreConfigured) return null;
        var baseUrl = BaseUrl(settings.ScoreBaseUrl);
        if (baseUrl is null) return null;
        return new ScoreCredentials(settings.ScoreShopCode!, settings.ScoreTerminalId!,
            passwordProtector.Unprotect(settings.ScorePasswordProtected!), baseUrl);
    }

    public string? BaseUrl(string? shopUrl)
    {
        if (!string.IsNullOrWhiteSpace(shopUrl)) return shopUrl;
        if (configuration["Score:BaseUrl"] is { Length: > 0 } configured) return configured;
        return configuration.GetValue<bool>("Score:Sandbox:Enabled") ? OwnSandboxUrl() : null;
    }

    /// <summary>This app's sandbox over real HTTP on loopback, so it behaves as an outside service.</summary>
    private string? OwnSandboxUrl()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost")
                .Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://127.0.0.1"), UriKind.Absolute, out var uri))
            return null;
        return new UriBuilder(uri) { Path = SandboxPath }.Uri.ToString();
    }
}
