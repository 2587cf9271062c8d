using Coravel;
using CraftCartAdmin.Domain;

namespace CraftCartAdmin.Score.Polling;

public static class HoldPollServiceCollectionExtensions
{
    public const string OverlapKey = nameof(PollHoldOrders);

    public static IServiceCollection AddHoldPoll(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HoldPollOptions>().Bind(configuration.GetSection(HoldPollOptions.SectionName));
        services.AddSingleton(new PollSchedule(configuration));
        services.AddSingleton<HoldPollGuard>();
        services.AddScoped<HoldPoller>();
        services.AddTransient<PollHoldOrders>();
        services.AddScheduler();
        return services;
    }

    /// <summary>One schedule entry per poll time, zoned to Asia/Tokyo (without Zoned Coravel reads them as UTC), never overlapping.</summary>
    public static IServiceProvider UseHoldPoll(this IServiceProvider services)
    {
        var schedule = services.GetRequiredService<PollSchedule>();
        services.UseScheduler(scheduler =>
        {
            foreach (var time in schedule.Times)
            {
                scheduler.Schedule<PollHoldOrders>()
                    .DailyAt(time.Hour, time.Minute)
                    .Zoned(JapanTime.Zone)
                    .PreventOverlapping(OverlapKey);
            }
        });
        return services;
    }
}
