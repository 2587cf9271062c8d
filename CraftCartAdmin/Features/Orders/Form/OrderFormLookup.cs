using CraftCartAdmin.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders.Form;

public sealed record PaymentChoice(int Id, string Code, string Name, int Fee, bool IsScore);

public sealed record DeliveryChoice(int Id, string Code, string DisplayName, int Fee, IReadOnlyList<int> PaymentMethodIds);

/// <summary>配送方法 and お支払方法 for the order forms, with which payment methods each delivery method accepts (SPEC S3).</summary>
public sealed record OrderFormChoices(IReadOnlyList<DeliveryChoice> Deliveries, IReadOnlyList<PaymentChoice> Payments)
{
    public DeliveryChoice? Delivery(int id) => Deliveries.FirstOrDefault(d => d.Id == id);
    public PaymentChoice? Payment(int id) => Payments.FirstOrDefault(p => p.Id == id);

    /// <summary>The payment methods the delivery method accepts, in 支払方法設定 order; none without a delivery method.</summary>
    public IReadOnlyList<PaymentChoice> PaymentsFor(int deliveryId) =>
        Delivery(deliveryId) is { } d ? Payments.Where(p => d.PaymentMethodIds.Contains(p.Id)).ToList() : [];
}

public sealed class OrderFormLookup(IDbContextFactory<CraftCartDbContext> contextFactory)
{
    public async Task<OrderFormChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var payments = await db.PaymentMethods.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var deliveries = await db.DeliveryMethods.AsNoTracking().Include(d => d.PaymentMethods)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        return new OrderFormChoices(
            deliveries.Select(d => new DeliveryChoice(d.Id, d.Code, d.DisplayName, d.Fee, d.PaymentMethods.Select(p => p.Id).ToList())).ToList(),
            payments.Select(p => new PaymentChoice(p.Id, p.Code, p.Name, p.Fee, p.IsScore)).ToList());
    }

    /// <summary>The order with its items (in entry order) and methods, untracked; null when it does not exist.</summary>
    public async Task<Domain.Orders.Order?> OrderAsync(int orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Items.OrderBy(i => i.Id)).Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod)
            .SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    /// <summary>ショップ名 and 契約タイプ, for 帳票.</summary>
    public async Task<(string ShopName, Domain.Settings.ContractType Contract)> ShopAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var shop = await db.ShopSettings.Select(s => new { s.ShopName, s.ContractType }).FirstOrDefaultAsync(cancellationToken);
        return (shop?.ShopName ?? "", shop?.ContractType ?? Domain.Settings.ContractType.Separate);
    }
}
