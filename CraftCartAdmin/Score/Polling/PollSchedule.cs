using CraftCartAdmin.Domain;

namespace CraftCartAdmin.Score.Polling;

/// <summary>
/// SCORE's fixed HOLD poll times in Japan time (SPEC O4; <c>Score:PollTimes</c>, default
/// 11:10,14:10,16:10,18:10). They are SCORE's, not the shop's: shown, never offered for editing.
/// </summary>
public sealed class PollSchedule
{
    public const string DefaultTimes = "11:10,14:10,16:10,18:10";

    public IReadOnlyList<TimeOnly> Times { get; }

    public PollSchedule(IConfiguration configuration) : this(configuration["Score:PollTimes"]) { }

    public PollSchedule(string? times)
    {
        Times = (string.IsNullOrWhiteSpace(times) ? DefaultTimes : times)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => TimeOnly.ParseExact(t, "H:mm", System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().Order().ToList();
        if (Times.Count == 0) throw new InvalidOperationException("Score:PollTimes names no time.");
    }

    /// <summary>The first poll time strictly after <paramref name="instant"/>, as an instant.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var jst = JapanTime.ToJst(instant);
        var today = DateOnly.FromDateTime(jst.DateTime);
        foreach (var day in new[] { today, today.AddDays(1) })
        {
            foreach (var time in Times)
            {
                var at = JapanTime.At(day, time);
                if (at > instant) return at;
            }
        }
        throw new InvalidOperationException("unreachable: tomorrow always has a poll time");
    }

    public string Label => string.Join("・", Times.Select(t => t.ToString("HH:mm")));
}
