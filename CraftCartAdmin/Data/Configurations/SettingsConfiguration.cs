using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftCartAdmin.Data.Configurations;

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItem>
{
    public void Configure(EntityTypeBuilder<OrderItem> item)
    {
        item.Property(i => i.Sku).HasMaxLength(40);
        item.Property(i => i.Name).HasMaxLength(150);
        item.Ignore(i => i.LineTotal);
    }
}

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> method)
    {
        method.HasIndex(m => m.Code).IsUnique();
        method.Property(m => m.Code).HasMaxLength(40);
        method.Property(m => m.Name).HasMaxLength(100);
        method.Ignore(m => m.IsScore);
    }
}

internal sealed class DeliveryMethodConfiguration : IEntityTypeConfiguration<DeliveryMethod>
{
    public void Configure(EntityTypeBuilder<DeliveryMethod> method)
    {
        method.HasIndex(m => m.Code).IsUnique();
        method.Property(m => m.Code).HasMaxLength(40);
        method.Property(m => m.Name).HasMaxLength(100);
        method.HasMany(m => m.PaymentMethods).WithMany(p => p.DeliveryMethods)
            .UsingEntity("DeliveryMethodPaymentMethods");
        method.Ignore(m => m.Carrier);
        method.Ignore(m => m.DisplayName);
    }
}

internal sealed class ShopSettingsConfiguration : IEntityTypeConfiguration<ShopSettings>
{
    public void Configure(EntityTypeBuilder<ShopSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Ignore(s => s.IsScoreConfigured);
    }
}
