namespace CraftCartAdmin.Domain.Shipping;

/// <summary>
/// The outcome of <see cref="TrackingNumber.Validate"/>: the normalized number, an error that
/// refuses it, and a warning that only asks the user to look again.
/// </summary>
public sealed record TrackingNumberCheck(string Normalized, string? Error, string? Warning)
{
    public bool IsValid => Error is null;
}
