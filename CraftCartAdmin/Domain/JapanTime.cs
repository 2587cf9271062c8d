namespace CraftCartAdmin.Domain;

/// <summary>The shop runs on Japan time: every date shown or recorded (注文日, 入金日, 発送日) is JST.</summary>
public static class JapanTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static DateTimeOffset ToJst(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJst(instant).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The UTC instant of a JST wall-clock time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), TimeSpan.FromHours(9));
}
