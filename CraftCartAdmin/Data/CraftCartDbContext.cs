using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CraftCartAdmin.Data;

/// <summary>The cart's store: orders, settings and Identity. Create one per operation through IDbContextFactory.</summary>
public sealed class CraftCartDbContext(DbContextOptions<CraftCartDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderItem> OrderItems => Set<OrderItem>();
    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();
    public DbSet<DeliveryMethod> DeliveryMethods => Set<DeliveryMethod>();
    public DbSet<ShopSettings> ShopSettings => Set<ShopSettings>();
    public DbSet<ScoreOutboxMessage> ScoreOutbox => Set<ScoreOutboxMessage>();
    public DbSet<ScoreCallLog> ScoreCallLogs => Set<ScoreCallLog>();
    public DbSet<InvoicePrintData> InvoicePrintData => Set<InvoicePrintData>();
    public DbSet<HoldPollRun> HoldPollRuns => Set<HoldPollRun>();
    public DbSet<WorkerLease> WorkerLeases => Set<WorkerLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CraftCartDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite cannot order or compare DateTimeOffset columns; store UTC ticks so 注文日 filters and sorts run in SQL.
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetTicksConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpOrderVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpOrderVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every saved change to an order, its owned data or its items renews the order's token, so a concurrent save fails.</summary>
    private void BumpOrderVersions()
    {
        var ordersWithChangedItems = ChangeTracker.Entries<OrderItem>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.OrderId)
            .ToHashSet();

        foreach (var entry in ChangeTracker.Entries<Order>().Where(e => e.State != EntityState.Added))
        {
            if (entry.State == EntityState.Modified || OwnedDataChanged(entry) || ordersWithChangedItems.Contains(entry.Entity.Id))
            {
                entry.Entity.Version++;
            }
        }
    }

    private static bool OwnedDataChanged(EntityEntry entry) => entry.References
        .Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null)
        .Any(r => r.TargetEntry!.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                  || OwnedDataChanged(r.TargetEntry));
}
