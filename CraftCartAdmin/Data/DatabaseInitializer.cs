using CraftCartAdmin.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Data;

/// <summary>Brings the database to the latest migration at start, in WAL mode, then seeds what is configured.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    IdentitySeeder identitySeeder,
    DemoShopSeeder demoShopSeeder,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            EnsureDataFolder(db.Database.GetConnectionString());
            // WAL lets the grid read while the outbox and poll write; the mode is stored in the file, so once is enough.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
            await db.Database.MigrateAsync(cancellationToken);
        }

        await identitySeeder.SeedAsync(cancellationToken);
        if (configuration.GetValue("Seed:DemoData", false))
        {
            await demoShopSeeder.SeedIfEmptyAsync(cancellationToken);
        }
        logger.LogInformation("Database ready.");
    }

    private static void EnsureDataFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
