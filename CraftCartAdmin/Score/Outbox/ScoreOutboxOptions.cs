namespace CraftCartAdmin.Score.Outbox;

/// <summary>How the outbox worker drains (<c>Score:Outbox</c>).</summary>
public sealed class ScoreOutboxOptions
{
    public const string SectionName = "Score:Outbox";

    /// <summary>Orders sent at the same time; one order's operations always go one after another.</summary>
    public int Concurrency { get; set; } = 8;
    public int BatchSize { get; set; } = 200;
    /// <summary>The wait before the first retry of a transport failure; doubled each time up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>After this many failed attempts the order shows 連携エラー; retries go on (SPEC O1: nothing is lost).</summary>
    public int ErrorAfterAttempts { get; set; } = 3;
    /// <summary>How often the worker looks for due messages when nobody signalled new ones.</summary>
    public TimeSpan IdleInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan DelayAfter(int attempts)
    {
        var seconds = BaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }
}
