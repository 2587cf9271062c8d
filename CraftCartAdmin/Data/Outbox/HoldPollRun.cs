namespace CraftCartAdmin.Data.Outbox;

/// <summary>One run of the HOLD poll (SPEC O4): when, how many HOLD orders were asked about, how many changed, how many calls failed.</summary>
public sealed class HoldPollRun
{
    public long Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public int Asked { get; set; }
    public int Changed { get; set; }
    public int Failed { get; set; }
}
