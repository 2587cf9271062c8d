using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>The sandbox's own store; it never shares tables or files with the cart.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxTransaction> Transactions => Set<SandboxTransaction>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Configured here, not with IEntityTypeConfiguration: the cart's context scans the assembly for those.
        builder.Entity<SandboxTransaction>(t =>
        {
            t.ToTable("SandboxTransactions");
            t.HasIndex(x => x.ShopTransactionId).IsUnique();
            t.HasIndex(x => x.NissenTransactionId).IsUnique();
            t.Property(x => x.NissenTransactionId).HasMaxLength(11);
            t.Property(x => x.ShopTransactionId).HasMaxLength(40);
        });
    }
}

/// <summary>Lets <c>dotnet ef</c> build the sandbox context without starting the app.</summary>
internal sealed class SandboxDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SandboxDbContext>
{
    public SandboxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SandboxDbContext>().UseSqlite("Data Source=data/score-sandbox.db").Options);
}
