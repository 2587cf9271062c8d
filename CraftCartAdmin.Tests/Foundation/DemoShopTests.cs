using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>Seed:DemoData fills an empty database with orders in every state the SPEC names.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class DemoShopTests(AppFixture app)
{
    [Fact]
    public async Task Demo_shop_has_about_300_orders_over_60_days()
    {
        await using var db = await ContextAsync();
        var orders = await db.Orders.Select(o => o.OrderedAt).ToListAsync();

        Assert.InRange(orders.Count, 250, 350);
        Assert.InRange((orders.Max() - orders.Min()).TotalDays, 50, 61);
    }

    [Fact]
    public async Task Demo_shop_shows_every_state_of_the_spec()
    {
        await using var db = await ContextAsync();
        var score = await db.Orders.Include(o => o.PaymentMethod)
            .Where(o => o.PaymentMethod!.Code == PaymentMethod.ScoreCode).ToListAsync();

        Assert.All(new[] { CreditResult.Ok, CreditResult.Ng, CreditResult.Hold, CreditResult.Pending, CreditResult.None },
            result => Assert.Contains(score, o => o.CreditResult == result));
        Assert.Contains(score, o => o.SyncState == SyncState.Waiting);
        Assert.Contains(score, o => o.SyncState == SyncState.Error);
        Assert.Contains(score, o => o.SyncState == SyncState.Stopped);
        Assert.Contains(score, o => o.Status == OrderStatus.Shipped && o.TrackingNumber is not null);
        Assert.Contains(score, o => o.Status == OrderStatus.Cancelled);
        Assert.Contains(score, o => o.InvoiceState == InvoiceState.NotTaken);
        Assert.Contains(score, o => o.InvoiceState == InvoiceState.Taken);
        Assert.True(await db.Orders.AnyAsync(o => o.PaymentMethod!.Code != PaymentMethod.ScoreCode));
        // O1: the demo's SCORE history reaches the sandbox through the outbox at first start.
        Assert.True(await db.ScoreOutbox.AnyAsync(m => m.Operation == Data.Outbox.OutboxOperation.Register));
        Assert.True(await db.ScoreOutbox.AnyAsync(m => m.Operation == Data.Outbox.OutboxOperation.RegisterShipment));
    }

    [Fact]
    public async Task Demo_orders_have_Japanese_customers_with_kana_and_split_addresses_and_consistent_totals()
    {
        await using var db = await ContextAsync();
        var orders = await db.Orders.Include(o => o.Items).Take(50).ToListAsync();

        Assert.All(orders, o =>
        {
            Assert.Matches("^[ァ-ヶー]+$", o.Customer.LastNameKana);
            Assert.NotEmpty(o.Customer.Address.Prefecture);
            Assert.NotEmpty(o.Customer.Address.City);
            Assert.NotEmpty(o.Customer.Address.Address1);
            Assert.Equal(o.Items.Sum(i => i.UnitPrice * i.Quantity) + o.ShippingFee + o.PaymentFee - o.Discount, o.Total);
        });
    }

    [Fact]
    public async Task Score_delivery_methods_all_have_a_carrier_S3()
    {
        await using var db = await ContextAsync();
        var methods = await db.DeliveryMethods.Include(d => d.PaymentMethods).ToListAsync();

        Assert.All(methods.Where(m => m.PaymentMethods.Any(p => p.IsScore)), m => Assert.NotNull(m.Carrier));
        Assert.Contains(methods, m => m.Carrier is null);
    }

    private Task<CraftCartDbContext> ContextAsync() =>
        app.Factory.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
}
