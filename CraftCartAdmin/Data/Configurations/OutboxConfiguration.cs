using CraftCartAdmin.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftCartAdmin.Data.Configurations;

internal sealed class ScoreOutboxMessageConfiguration : IEntityTypeConfiguration<ScoreOutboxMessage>
{
    public void Configure(EntityTypeBuilder<ScoreOutboxMessage> message)
    {
        message.ToTable("ScoreOutbox");
        message.HasOne(m => m.Order).WithMany().HasForeignKey(m => m.OrderId).OnDelete(DeleteBehavior.Cascade);
        message.HasIndex(m => new { m.State, m.NextAttemptAt });
        message.HasIndex(m => new { m.OrderId, m.Id });
        message.Property(m => m.LastError).HasMaxLength(500);
    }
}

internal sealed class ScoreCallLogConfiguration : IEntityTypeConfiguration<ScoreCallLog>
{
    public void Configure(EntityTypeBuilder<ScoreCallLog> log)
    {
        log.HasIndex(l => new { l.OrderId, l.Id });
        log.HasIndex(l => l.StartedAt);
        log.Property(l => l.OrderNumber).HasMaxLength(40);
        log.Property(l => l.Outcome).HasMaxLength(20);
        log.Property(l => l.ErrorCode).HasMaxLength(20);
    }
}

internal sealed class InvoicePrintDataConfiguration : IEntityTypeConfiguration<InvoicePrintData>
{
    public void Configure(EntityTypeBuilder<InvoicePrintData> data)
    {
        data.HasKey(d => d.OrderId);
        data.HasOne<Domain.Orders.Order>().WithOne().HasForeignKey<InvoicePrintData>(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkerLeaseConfiguration : IEntityTypeConfiguration<WorkerLease>
{
    public void Configure(EntityTypeBuilder<WorkerLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(40);
        lease.Property(l => l.Holder).HasMaxLength(80);
    }
}
