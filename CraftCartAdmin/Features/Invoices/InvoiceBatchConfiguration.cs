using CraftCartAdmin.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftCartAdmin.Features.Invoices;

internal sealed class InvoiceBatchConfiguration : IEntityTypeConfiguration<InvoiceBatch>
{
    public void Configure(EntityTypeBuilder<InvoiceBatch> batch)
    {
        batch.ToTable("InvoiceBatches");
        batch.Property(b => b.CreatedBy).HasMaxLength(256);
        batch.Property(b => b.FileName).HasMaxLength(100);
        batch.HasIndex(b => b.CreatedAt);
        batch.HasMany(b => b.Orders).WithOne().HasForeignKey(o => o.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceBatchOrderConfiguration : IEntityTypeConfiguration<InvoiceBatchOrder>
{
    public void Configure(EntityTypeBuilder<InvoiceBatchOrder> taken)
    {
        taken.ToTable("InvoiceBatchOrders");
        taken.HasKey(o => new { o.BatchId, o.OrderId });
        // SPEC I2: an order is in exactly one batch; the database refuses a second.
        taken.HasIndex(o => o.OrderId).IsUnique();
        taken.Property(o => o.OrderNumber).HasMaxLength(40);
        taken.HasOne<Order>().WithMany().HasForeignKey(o => o.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
