using CraftCartAdmin.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders;

public sealed record PaymentMethodOption(int Id, string Code, string Name);

/// <summary>The shop's payment methods in their 支払方法設定 order, for filters and selects.</summary>
public sealed class PaymentMethodLookup(IDbContextFactory<CraftCartDbContext> contextFactory)
{
    public async Task<IReadOnlyList<PaymentMethodOption>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PaymentMethods.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new PaymentMethodOption(p.Id, p.Code, p.Name)).ToListAsync(cancellationToken);
    }
}
