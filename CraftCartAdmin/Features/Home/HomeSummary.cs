using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Home;

/// <summary>The figures of ホーム: what needs the shop's attention today, each leading to a filtered 受注一覧.</summary>
public sealed record HomeSummary(
    int TotalOrders,
    int Hold,
    int Ng,
    int Pending,
    int AwaitingShipment,
    int InvoicesNotTaken,
    int SyncProblems,
    int AwaitingRegistration,
    int OutboxBacklog,
    DateTimeOffset NextPoll,
    HoldPollRun? LastPoll);

public sealed class HomeSummaryQuery(IDbContextFactory<CraftCartDbContext> contextFactory, PollSchedule pollSchedule, TimeProvider clock)
{
    public async Task<HomeSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = db.Orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned);
        var score = open.Where(o => o.PaymentMethod!.Code == PaymentMethod.ScoreCode);

        // One round trip: every figure is a conditional count over the same rows.
        var counts = await score
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Hold = g.Count(o => o.CreditResult == CreditResult.Hold),
                Ng = g.Count(o => o.CreditResult == CreditResult.Ng),
                Pending = g.Count(o => o.CreditResult == CreditResult.Pending),
                AwaitingShipment = g.Count(o => o.CreditResult == CreditResult.Ok && o.Status != OrderStatus.Shipped),
                InvoicesNotTaken = g.Count(o => o.InvoiceState == InvoiceState.NotTaken),
                SyncProblems = g.Count(o => o.SyncState == SyncState.Error || o.SyncState == SyncState.Stopped),
                AwaitingRegistration = g.Count(o => o.SyncState == SyncState.Waiting),
            })
            .SingleOrDefaultAsync(cancellationToken);

        var total = await db.Orders.CountAsync(cancellationToken);
        var backlog = await db.ScoreOutbox.CountAsync(m => m.State == OutboxState.Pending || m.State == OutboxState.Failed, cancellationToken);
        var lastPoll = await db.HoldPollRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var nextPoll = pollSchedule.NextAfter(clock.GetUtcNow());
        return counts is null
            ? new HomeSummary(total, 0, 0, 0, 0, 0, 0, 0, backlog, nextPoll, lastPoll)
            : new HomeSummary(total, counts.Hold, counts.Ng, counts.Pending, counts.AwaitingShipment,
                counts.InvoicesNotTaken, counts.SyncProblems, counts.AwaitingRegistration, backlog, nextPoll, lastPoll);
    }
}
