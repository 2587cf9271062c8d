using CraftCartAdmin.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>The store: migrations applied at start (never EnsureCreated), nothing left unmigrated, WAL mode.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class DatabaseTests(AppFixture app)
{
    [Fact]
    public async Task Start_applies_every_migration_and_the_model_has_no_unmigrated_change()
    {
        await using var db = await ContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for the model change");
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        await using var db = await ContextAsync();

        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }

    private Task<CraftCartDbContext> ContextAsync() =>
        app.Factory.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
}
