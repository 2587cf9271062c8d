using CraftCartAdmin.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftCartAdmin.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasIndex(o => o.OrderNumber).IsUnique();
        order.Property(o => o.OrderNumber).HasMaxLength(40);
        order.HasIndex(o => o.OrderedAt);
        order.HasIndex(o => o.Status);
        order.HasIndex(o => o.CreditResult);
        order.HasIndex(o => o.InvoiceState);
        order.HasIndex(o => o.ScoreTransactionId);
        order.Property(o => o.Total);
        order.Property(o => o.Status);
        order.Property(o => o.ShippedOn);
        order.Property(o => o.TrackingNumber).HasMaxLength(20);
        order.Property(o => o.ScoreTransactionId).HasMaxLength(11);
        order.Property(o => o.Version).IsConcurrencyToken();

        order.OwnsOne(o => o.Customer, PersonMapping.Map);
        order.OwnsOne(o => o.ShipTo, PersonMapping.Map);
        order.Navigation(o => o.Customer).IsRequired();
        order.Navigation(o => o.ShipTo).IsRequired();

        order.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasOne(o => o.PaymentMethod).WithMany().HasForeignKey(o => o.PaymentMethodId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne(o => o.DeliveryMethod).WithMany().HasForeignKey(o => o.DeliveryMethodId).OnDelete(DeleteBehavior.Restrict);

        order.Ignore(o => o.Totals);
    }
}

internal static class PersonMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Person> person) where TOwner : class
    {
        person.Property(p => p.LastName).HasMaxLength(50);
        person.Property(p => p.FirstName).HasMaxLength(50);
        person.Property(p => p.LastNameKana).HasMaxLength(50);
        person.Property(p => p.FirstNameKana).HasMaxLength(50);
        person.Property(p => p.Email).HasMaxLength(100);
        person.Property(p => p.Phone).HasMaxLength(20);
        person.Ignore(p => p.FullName);
        person.Ignore(p => p.FullNameKana);
        person.OwnsOne(p => p.Address, address =>
        {
            address.Property(a => a.PostalCode).HasMaxLength(8);
            address.Ignore(a => a.Rest);
            address.Ignore(a => a.OneLine);
        });
        person.Navigation(p => p.Address).IsRequired();
    }
}
