using Coravel.Invocable;

namespace CraftCartAdmin.Score.Polling;

/// <summary>The Coravel job of SPEC O4, scheduled at SCORE's poll times in Asia/Tokyo.</summary>
public sealed class PollHoldOrders(HoldPoller poller) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => poller.RunAsync(CancellationToken);
}
