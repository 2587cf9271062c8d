namespace CraftCartAdmin.Domain.Orders;

/// <summary>What <see cref="OrderStatusChanger.Change"/> did, and the SCORE calls the caller must queue with it.</summary>
public sealed record StatusChange(OrderStatus From, OrderStatus To, IReadOnlyList<ScoreAction> ScoreActions)
{
    public bool Changed => From != To;
}
