namespace CraftCartAdmin.Data;

/// <summary>
/// Who may run the background work (the SCORE outbox worker and the HOLD poll) on this database:
/// one app instance at a time, the holder renewing before <see cref="ExpiresAt"/>.
/// </summary>
public sealed class WorkerLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
