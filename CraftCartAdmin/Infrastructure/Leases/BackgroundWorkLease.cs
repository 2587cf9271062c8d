using CraftCartAdmin.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.Infrastructure.Leases;

public sealed class LeaseOptions
{
    public const string SectionName = "Leases";
    /// <summary>How long a lease lasts without renewal; a crashed holder's lease runs out after this.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// The lease row that lets only one app instance on a database send to SCORE and poll it: a second
/// instance started by mistake serves pages but neither sends nor polls while the first holds it.
/// </summary>
public sealed class BackgroundWorkLease(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    IOptions<LeaseOptions> options,
    TimeProvider clock,
    ILogger<BackgroundWorkLease> logger) : BackgroundService
{
    public const string Name = "score-background-work";

    private readonly string holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTimeOffset heldUntil = DateTimeOffset.MinValue;
    private bool warned;

    /// <summary>True while this instance holds an unexpired lease.</summary>
    public bool IsHeld => clock.GetUtcNow() < heldUntil;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Take it before the worker and the scheduler start, so the first drain does not wait a renewal.
        await TryTakeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await TryTakeAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReleaseAsync();
    }

    /// <summary>Takes or renews the lease; true when this instance holds it.</summary>
    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var until = now + options.Value.Duration;
            if (!await db.WorkerLeases.AnyAsync(l => l.Name == Name, cancellationToken))
            {
                db.WorkerLeases.Add(new WorkerLease { Name = Name, Holder = "", ExpiresAt = DateTimeOffset.MinValue });
                try { await db.SaveChangesAsync(cancellationToken); }
                catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 }) { /* the other instance inserted it */ }
            }
            // One statement: SQLite serialises writers, so two instances cannot both match.
            var taken = await db.WorkerLeases
                .Where(l => l.Name == Name && (l.Holder == holder || l.ExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
            heldUntil = taken == 1 ? until : DateTimeOffset.MinValue;
            if (taken == 1) warned = false;
            else if (!warned)
            {
                warned = true;
                logger.LogWarning("Another CraftCart Admin instance runs the SCORE outbox and the HOLD poll on this database; this instance will not send or poll while it does.");
            }
            return taken == 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The background-work lease could not be taken or renewed.");
            heldUntil = DateTimeOffset.MinValue;
            return false;
        }
    }

    /// <summary>
    /// Hands the lease over at once on a graceful stop. Best effort: when the host is already tearing its
    /// services down, the lease simply runs out after <see cref="LeaseOptions.Duration"/>, as after a crash.
    /// </summary>
    private async Task ReleaseAsync()
    {
        if (!IsHeld) return;
        heldUntil = DateTimeOffset.MinValue;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            await db.WorkerLeases.Where(l => l.Name == Name && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.MinValue));
        }
        catch (ObjectDisposedException) { /* the host is already disposing its services */ }
        catch (System.Data.Common.DbException e)
        {
            logger.LogWarning(e, "The background-work lease could not be released; it runs out by itself.");
        }
    }
}
