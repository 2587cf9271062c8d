using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>Migrates the sandbox store once, in WAL mode, before its first use.</summary>
public sealed class SandboxDatabase(IDbContextFactory<SandboxDbContext> factory, ILogger<SandboxDatabase> logger)
{
    private readonly Lazy<Task> migration = new(() => MigrateAsync(factory, logger));

    public Task EnsureReadyAsync() => migration.Value;

    public async Task<SandboxDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync();
        return await factory.CreateDbContextAsync(cancellationToken);
    }

    private static async Task MigrateAsync(IDbContextFactory<SandboxDbContext> factory, ILogger logger)
    {
        await using var db = await factory.CreateDbContextAsync();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataSource))!);
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.CloseConnectionAsync();
        await db.Database.MigrateAsync();
        logger.LogInformation("SCORE sandbox store ready at {DataSource}.", dataSource);
    }
}

/// <summary>Migrates at start so the first protocol call does not pay for it.</summary>
internal sealed class SandboxDatabaseStarter(SandboxDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
