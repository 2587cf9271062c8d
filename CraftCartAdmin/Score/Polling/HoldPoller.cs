using System.Collections.Concurrent;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.Score.Polling;

public sealed class HoldPollOptions
{
    public const string SectionName = "Score:Poll";
    /// <summary>Inquiries in flight at once.</summary>
    public int Concurrency { get; set; } = 16;
    /// <summary>Orders written per transaction when answers are applied.</summary>
    public int SaveBatchSize { get; set; } = 500;
}

/// <summary>The app's single HOLD poll slot: Coravel's PreventOverlapping covers scheduled runs, this also covers a manual one.</summary>
public sealed class HoldPollGuard
{
    public SemaphoreSlim OneRunAtATime { get; } = new(1, 1);
}

/// <summary>
/// SPEC O4: asks SCORE (与信結果取得) about every HOLD order, a bounded number at a time, writes each
/// change, tells every open screen, and records the run. Runs never overlap within this process.
/// </summary>
public sealed class HoldPoller(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    IScoreClient client,
    ScoreConnectionResolver connection,
    OrderChangeNotifier notifier,
    OutboxSignal outboxSignal,
    HoldPollGuard guard,
    IOptions<HoldPollOptions> options,
    TimeProvider clock,
    ILogger<HoldPoller> logger)
{
    /// <summary>Runs one poll; null when another run is still going (it is not started twice).</summary>
    public async Task<HoldPollRun?> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.OneRunAtATime.WaitAsync(0, cancellationToken)) return null;
        try
        {
            return await PollAsync(cancellationToken);
        }
        finally
        {
            guard.OneRunAtATime.Release();
        }
    }

    private sealed record Held(int Id, string OrderNumber, string? TransactionId, int Total);

    private async Task<HoldPollRun> PollAsync(CancellationToken cancellationToken)
    {
        var run = new HoldPollRun { StartedAt = clock.GetUtcNow() };
        var credentials = await connection.ResolveAsync(cancellationToken);
        List<Held> held;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            held = await db.Orders.AsNoTracking()
                .Where(o => o.CreditResult == CreditResult.Hold && o.SyncState != SyncState.Stopped && o.ScoreTransactionId != null
                            && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned)
                .Select(o => new Held(o.Id, o.OrderNumber, o.ScoreTransactionId, o.Total))
                .ToListAsync(cancellationToken);
        }
        logger.LogInformation("HOLD poll started: {Count} HOLD orders to ask.", held.Count);

        var answers = new ConcurrentDictionary<int, CreditResult>();
        var failed = 0;
        if (credentials is not null && held.Count > 0)
        {
            await Parallel.ForEachAsync(held, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
                async (order, token) =>
                {
                    try
                    {
                        var response = await client.InquireCreditAsync(credentials, new ScoreTransactionRef(order.TransactionId, order.OrderNumber, order.Total), token);
                        if (response.IsOk && response.Transaction is { CreditResult: not CreditResult.None } t) answers[order.Id] = t.CreditResult;
                        else Interlocked.Increment(ref failed);
                    }
                    catch (ScoreTransportException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                });
        }
        else if (credentials is null && held.Count > 0)
        {
            failed = held.Count;
            logger.LogWarning("HOLD poll skipped: 詳細設定＞スコア後払い is not configured.");
        }

        var changed = await ApplyAsync(answers.Where(a => a.Value != CreditResult.Hold).ToDictionary(), cancellationToken);
        run.Asked = held.Count;
        run.Changed = changed.Count;
        run.Failed = failed;
        run.EndedAt = clock.GetUtcNow();
        await using (var db = await contextFactory.CreateDbContextAsync(CancellationToken.None))
        {
            db.HoldPollRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        if (changed.Count > 0)
        {
            notifier.Publish(new OrderChanges(changed));
            outboxSignal.Notify();
        }
        logger.LogInformation("HOLD poll: asked {Asked}, changed {Changed}, failed {Failed}.", run.Asked, run.Changed, run.Failed);
        return run;
    }

    /// <summary>Writes the changed results in batches; an order edited meanwhile is retried on its own so no answer is lost.</summary>
    private async Task<List<int>> ApplyAsync(Dictionary<int, CreditResult> results, CancellationToken cancellationToken)
    {
        var changed = new List<int>();
        ContractType contract;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            contract = await db.ShopSettings.Select(s => s.ContractType).FirstOrDefaultAsync(cancellationToken);

        foreach (var batch in results.Chunk(options.Value.SaveBatchSize))
        {
            try
            {
                changed.AddRange(await ApplyBatchAsync(batch, contract, cancellationToken));
            }
            catch (DbUpdateConcurrencyException)
            {
                foreach (var single in batch)
                {
                    for (var attempt = 0; attempt < 5; attempt++)
                    {
                        try { changed.AddRange(await ApplyBatchAsync([single], contract, cancellationToken)); break; }
                        catch (DbUpdateConcurrencyException) { }
                    }
                }
            }
        }
        return changed;
    }

    private async Task<List<int>> ApplyBatchAsync(KeyValuePair<int, CreditResult>[] batch, ContractType contract, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = batch.Select(b => b.Key).ToList();
        var orders = await db.Orders.Where(o => ids.Contains(o.Id) && o.CreditResult == CreditResult.Hold).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var order in orders)
        {
            order.CreditResult = batch.First(b => b.Key == order.Id).Value;
            order.CreditCheckedAt = now;
            ScoreOutbox.EnqueueInvoiceDataIfDue(db, order, contract, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return orders.Select(o => o.Id).ToList();
    }
}
