using Coravel.Invocable;
using CraftCartAdmin.Infrastructure.Leases;

namespace CraftCartAdmin.Score.Polling;

/// <summary>The Coravel job of SPEC O4, scheduled at SCORE's poll times in Asia/Tokyo.</summary>
public sealed class PollHoldOrders(HoldPoller poller, BackgroundWorkLease lease, ILogger<PollHoldOrders> logger) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke()
    {
        // Another instance on the same database holds the lease: it polls, this one must not poll twice.
        if (lease.IsHeld) return poller.RunAsync(CancellationToken);
        logger.LogWarning("HOLD poll not run here: another instance holds the background-work lease.");
        return Task.CompletedTask;
    }
}
