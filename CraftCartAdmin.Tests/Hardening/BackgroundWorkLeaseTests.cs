using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Infrastructure.Leases;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>A second app instance on the same database never sends to SCORE or polls while the first holds the lease.</summary>
public sealed class BackgroundWorkLeaseTests
{
    private static Dictionary<string, string?> Settings => new()
    {
        ["Score:Outbox:WorkerEnabled"] = "true",
        ["Score:Outbox:IdleInterval"] = "00:00:00.050",
        ["Leases:Duration"] = "00:00:02",
        ["Leases:RenewEvery"] = "00:00:00.200",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    [Fact]
    public async Task Only_one_instance_holds_the_lease_and_the_other_takes_over_when_it_stops()
    {
        var first = await ScoreTestShop.StartAsync(settings: Settings);
        first.App.KeepDataFolder = true;
        await using var second = await ScoreTestShop.StartAsync(settings: Settings, dataFolder: first.App.DataFolder, seed: false);

        Assert.True(first.Service<BackgroundWorkLease>().IsHeld);
        Assert.False(second.Service<BackgroundWorkLease>().IsHeld);
        Assert.Contains(second.LogLines, l => l.Contains("Another CraftCart Admin instance"));

        await first.DisposeAsync();
        await WaitForAsync(() => second.Service<BackgroundWorkLease>().IsHeld);
    }

    [Fact]
    public async Task The_second_instance_does_not_send_what_it_takes_in_while_the_first_holds_the_lease()
    {
        await using var first = await ScoreTestShop.StartAsync(settings: Settings);
        await using var second = await ScoreTestShop.StartAsync(settings: Settings, dataFolder: first.App.DataFolder, seed: false);
        second.App.KeepDataFolder = true; // disposed first; the first instance removes the folder after it stops

        var placed = await second.PlaceAsync(ScoreTestShop.Order());

        // The first instance's worker sends it (it holds the lease); the sandbox holds exactly one transaction.
        await WaitForAsync(async () => (await first.OrderAsync(placed.OrderId)).CreditResult == CreditResult.Ok);
        await using var db = await first.ContextAsync();
        Assert.Equal(1, await db.ScoreCallLogs.CountAsync(l => l.Operation == OutboxOperation.Register));
        Assert.Single(await first.SandboxTransactionsAsync());
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("the condition did not become true within 10 seconds");
    }
}
