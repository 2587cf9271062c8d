namespace CraftCartAdmin.Domain.Orders;

public enum NgRemedyKind
{
    ChangePaymentMethod,
    Cancel,
}

/// <summary>A way out for an NG order (SPEC O5), with its button label.</summary>
public sealed record NgRemedy(NgRemedyKind Kind, string Label);
