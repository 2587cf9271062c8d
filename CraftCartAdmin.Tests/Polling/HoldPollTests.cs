using Coravel.Scheduling.Schedule;
using Coravel.Scheduling.Schedule.Interfaces;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.ScoreSandbox;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CraftCartAdmin.Tests.Polling;

/// <summary>SPEC O4: HOLD orders are asked about at SCORE's times in Japan time, and the answers flow to every screen.</summary>
public sealed class HoldPollTests : IAsyncLifetime
{
    // 2026-12-04 10:00 JST: the next poll is 11:10 JST = 02:10 UTC.
    private readonly FakeTimeProvider clock = new(JapanTime.At(new DateOnly(2026, 12, 4), new TimeOnly(10, 0)));
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync() => shop = await ScoreTestShop.StartAsync(clock: clock);
    public async Task DisposeAsync() => await shop.DisposeAsync();

    [Fact]
    public void O4_the_next_poll_is_SCOREs_next_time_in_Japan()
    {
        var schedule = new PollSchedule(PollSchedule.DefaultTimes);

        Assert.Equal(JapanTime.At(new DateOnly(2026, 12, 4), new TimeOnly(11, 10)), schedule.NextAfter(clock.GetUtcNow()));
        Assert.Equal(JapanTime.At(new DateOnly(2026, 12, 5), new TimeOnly(11, 10)),
            schedule.NextAfter(JapanTime.At(new DateOnly(2026, 12, 4), new TimeOnly(18, 10))));
    }

    [Fact]
    public async Task O4_a_poll_resolves_HOLD_orders_and_publishes_each_change()
    {
        var hold = await shop.PlaceAsync(ScoreTestShop.Order("hana+hold@example.jp"));
        var holdNg = await shop.PlaceAsync(ScoreTestShop.Order("jiro+holdng@example.jp"));
        await shop.DrainAsync();
        Assert.Equal(CreditResult.Hold, (await shop.OrderAsync(hold.OrderId)).CreditResult);
        var published = new List<int>();
        using var subscription = shop.Service<OrderChangeNotifier>().Subscribe(changes =>
        {
            lock (published) published.AddRange(changes.OrderIds);
            return Task.CompletedTask;
        });

        clock.SetUtcNow(JapanTime.At(new DateOnly(2026, 12, 4), new TimeOnly(11, 10)));
        var run = await shop.Service<HoldPoller>().RunAsync();

        Assert.NotNull(run);
        Assert.Equal((2, 2, 0), (run.Asked, run.Changed, run.Failed));
        Assert.Equal(CreditResult.Ok, (await shop.OrderAsync(hold.OrderId)).CreditResult);
        Assert.Equal(CreditResult.Ng, (await shop.OrderAsync(holdNg.OrderId)).CreditResult);
        await WaitForAsync(() => { lock (published) return published.Contains(hold.OrderId) && published.Contains(holdNg.OrderId); });
    }

    [Fact]
    public async Task O4_before_the_poll_time_SCORE_still_answers_HOLD_and_nothing_changes()
    {
        var hold = await shop.PlaceAsync(ScoreTestShop.Order("hana+hold@example.jp"));
        await shop.DrainAsync();

        clock.SetUtcNow(JapanTime.At(new DateOnly(2026, 12, 4), new TimeOnly(11, 9)));
        var run = await shop.Service<HoldPoller>().RunAsync();

        Assert.Equal((1, 0), (run!.Asked, run.Changed));
        Assert.Equal(CreditResult.Hold, (await shop.OrderAsync(hold.OrderId)).CreditResult);
    }

    [Fact]
    public async Task O4_the_schedule_fires_at_0210_UTC_for_1110_JST_and_not_at_1110_UTC()
    {
        var scheduler = (Scheduler)shop.App.Services.GetRequiredService<IScheduler>();

        await scheduler.RunAtAsync(new DateTime(2026, 12, 4, 11, 10, 0, DateTimeKind.Utc));
        Assert.Equal(0, await RunCountAsync());

        await scheduler.RunAtAsync(new DateTime(2026, 12, 4, 2, 10, 0, DateTimeKind.Utc));
        await WaitForAsync(async () => await RunCountAsync() == 1);
    }

    [Fact]
    public async Task O4_an_overlapping_run_does_not_start()
    {
        await shop.PlaceAsync(ScoreTestShop.Order("hana+hold@example.jp"));
        await shop.DrainAsync();
        await shop.SetFaultsAsync(new SandboxFaultSettings { LatencyMs = 400 });
        var poller = shop.Service<HoldPoller>();

        var first = poller.RunAsync();
        var second = await shop.Service<HoldPoller>().RunAsync();

        Assert.Null(second);
        Assert.NotNull(await first);
        Assert.Equal(1, await RunCountAsync());
    }

    private async Task<int> RunCountAsync()
    {
        await using var db = await shop.ContextAsync();
        return await db.HoldPollRuns.CountAsync();
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("the condition did not become true within 5 seconds");
    }
}
