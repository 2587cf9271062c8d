using System.Globalization;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>An authorResult now, and what a HOLD turns into at the next poll time.</summary>
internal sealed record CreditDecision(string Now, string Final);

/// <summary>The decision table of SCORE-API.md "Behaviour the sandbox must play", like a payment provider's test cards.</summary>
internal static class SandboxCreditRules
{
    public const string Ok = "OK";
    public const string Ng = "NG";
    public const string Hold = "HOLD";
    public const string Pending = "保留";
    public const int UsageLimitYen = 55_000;

    public static CreditDecision Decide(SandboxOrder order)
    {
        if (order.BilledAmount > UsageLimitYen) return new(Ng, Ng);
        var addresses = order.Deliveries.Select(d => d.Customer.Address3).Append(order.Buyer.Address3);
        if (addresses.Any(a => a.Contains("局留") || a.Contains("営業所止め"))) return new(Ng, Ng);

        var at = order.Buyer.Email.LastIndexOf('@');
        var local = (at < 0 ? order.Buyer.Email : order.Buyer.Email[..at]).ToLowerInvariant();
        if (local.EndsWith("+ng", StringComparison.Ordinal)) return new(Ng, Ng);
        if (local.EndsWith("+holdng", StringComparison.Ordinal)) return new(Hold, Ng);
        if (local.EndsWith("+hold", StringComparison.Ordinal)) return new(Hold, Ok);
        if (local.EndsWith("+pending", StringComparison.Ordinal)) return new(Pending, Pending);
        return new(Ok, Ok);
    }
}

/// <summary>SCORE's review rounds (<c>Score:PollTimes</c>, Asia/Tokyo): a HOLD is decided at the next one.</summary>
public sealed class SandboxPollSchedule
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private readonly IReadOnlyList<TimeOnly> times;

    public SandboxPollSchedule(string? pollTimes)
    {
        var text = string.IsNullOrWhiteSpace(pollTimes) ? "11:10,14:10,16:10,18:10" : pollTimes;
        times = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => TimeOnly.ParseExact(t, "H:mm", CultureInfo.InvariantCulture))
            .Order()
            .ToList();
    }

    /// <summary>The first poll time strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Tokyo);
        for (var day = DateOnly.FromDateTime(local.DateTime); ; day = day.AddDays(1))
        {
            foreach (var time in times)
            {
                var candidate = new DateTimeOffset(day.ToDateTime(time), Tokyo.GetUtcOffset(day.ToDateTime(time)));
                if (candidate > instant) return candidate;
            }
        }
    }
}
