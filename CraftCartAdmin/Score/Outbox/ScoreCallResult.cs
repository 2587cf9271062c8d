using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Score.Outbox;

public enum ScoreCallKind { Done, Skipped, Refused, OutsideEdit, TransportFailure }

/// <summary>What one outbox call came to, and what it writes to the order when it succeeded.</summary>
public sealed record ScoreCallResult(ScoreCallKind Kind, string? Message = null, Action<CraftCartDbContext, Order, DateTimeOffset>? ApplyTo = null)
{
    public static ScoreCallResult Done(Action<CraftCartDbContext, Order, DateTimeOffset>? applyTo = null) => new(ScoreCallKind.Done, ApplyTo: applyTo);
    public static ScoreCallResult Skip() => new(ScoreCallKind.Skipped);
    public static ScoreCallResult Refused(string message) => new(ScoreCallKind.Refused, message);
    public static ScoreCallResult OutsideEdit(string message) => new(ScoreCallKind.OutsideEdit, message);
    public static ScoreCallResult Transport(string message) => new(ScoreCallKind.TransportFailure, message);
}
