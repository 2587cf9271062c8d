namespace CraftCartAdmin.Data;

/// <summary>Orders that changed; <see cref="Created"/> when they are new, so a list may need to show them.</summary>
public sealed record OrderChanges(IReadOnlyCollection<int> OrderIds, bool Created = false);

/// <summary>
/// Tells every open screen which orders just changed (a SCORE answer, the HOLD poll, another user's
/// edit), so 受注一覧 and 受注編集 re-read only those rows (SPEC O2). Singleton; handlers run outside
/// the publisher's path so a slow circuit never delays a save.
/// </summary>
public sealed class OrderChangeNotifier(ILogger<OrderChangeNotifier> logger)
{
    private readonly Lock gate = new();
    private readonly List<Func<OrderChanges, Task>> subscribers = [];

    public IDisposable Subscribe(Func<OrderChanges, Task> onOrdersChanged)
    {
        lock (gate) subscribers.Add(onOrdersChanged);
        return new Subscription(this, onOrdersChanged);
    }

    public void Publish(params int[] orderIds) => Publish(new OrderChanges(orderIds));

    public void PublishCreated(int orderId) => Publish(new OrderChanges([orderId], Created: true));

    public void Publish(OrderChanges changes)
    {
        if (changes.OrderIds.Count == 0) return;
        Func<OrderChanges, Task>[] current;
        lock (gate) current = [.. subscribers];
        foreach (var subscriber in current)
        {
            _ = NotifyAsync(subscriber, changes);
        }
    }

    public int SubscriberCount { get { lock (gate) return subscribers.Count; } }

    private async Task NotifyAsync(Func<OrderChanges, Task> subscriber, OrderChanges changes)
    {
        try
        {
            await Task.Yield();
            await subscriber(changes);
        }
        catch (Exception e)
        {
            // One broken circuit must not stop the others from hearing about the change.
            logger.LogWarning(e, "An order-change subscriber failed.");
        }
    }

    private sealed class Subscription(OrderChangeNotifier owner, Func<OrderChanges, Task> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate) owner.subscribers.Remove(handler);
        }
    }
}
