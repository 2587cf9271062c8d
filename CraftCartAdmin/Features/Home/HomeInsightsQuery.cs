using CraftCartAdmin.Data;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Home;

/// <summary>One day of the ホーム chart: SCORE orders by credit result.</summary>
public sealed record DailyCredit(DateOnly Day, int Ok, int Ng, int Hold, int Other);

/// <summary>S4: this month's SCORE cost under each plan, from the shop's last 30 days of SCORE volume.</summary>
public sealed record FeeOutlook(long AmountYen, int InvoiceCount, int InvoiceFeeYen, ScorePlan CurrentPlan, IReadOnlyList<ScoreFeeEstimate> Plans);

/// <summary>The chart and the fee estimate of ホーム.</summary>
public sealed class HomeInsightsQuery(IDbContextFactory<CraftCartDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<DailyCredit>> LastDaysAsync(int days = 14, CancellationToken cancellationToken = default)
    {
        var today = JapanTime.Today(clock);
        var from = JapanTime.At(today.AddDays(1 - days), TimeOnly.MinValue);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.OrderedAt >= from && o.PaymentMethod!.Code == PaymentMethod.ScoreCode)
            .Select(o => new { o.OrderedAt, o.CreditResult })
            .ToListAsync(cancellationToken);
        return Enumerable.Range(0, days).Select(i => today.AddDays(i + 1 - days)).Select(day =>
        {
            var ofDay = orders.Where(o => JapanTime.DateOf(o.OrderedAt) == day).ToList();
            return new DailyCredit(day,
                ofDay.Count(o => o.CreditResult == CreditResult.Ok),
                ofDay.Count(o => o.CreditResult == CreditResult.Ng),
                ofDay.Count(o => o.CreditResult is CreditResult.Hold or CreditResult.Pending),
                ofDay.Count(o => o.CreditResult == CreditResult.None));
        }).ToList();
    }

    public async Task<FeeOutlook> FeesAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-30);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Billed volume: SCORE orders approved in the last 30 days and not cancelled.
        var billed = await db.Orders.AsNoTracking()
            .Where(o => o.OrderedAt >= since && o.PaymentMethod!.Code == PaymentMethod.ScoreCode && o.CreditResult == CreditResult.Ok
                        && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
            .Select(o => o.Total)
            .ToListAsync(cancellationToken);
        var settings = await db.ShopSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var fee = settings?.InvoiceFeeYen ?? ScoreFeePlans.DefaultInvoiceFeeYen;
        var amount = billed.Sum(t => (long)t);
        return new FeeOutlook(amount, billed.Count, fee, settings?.Plan ?? ScorePlan.A, ScoreFeePlans.Estimate(amount, billed.Count, fee));
    }
}
