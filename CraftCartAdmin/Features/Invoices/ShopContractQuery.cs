using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Invoices;

/// <summary>Whether the shop's 契約タイプ is 同梱, which is when 請求書同梱 screens appear (SPEC I1–I3).</summary>
public sealed class ShopContractQuery(IDbContextFactory<CraftCartDbContext> contextFactory)
{
    public async Task<bool> IsBundledAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ShopSettings.AnyAsync(s => s.ContractType == ContractType.Bundled, cancellationToken);
    }
}
