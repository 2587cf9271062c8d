using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Outbox;

/// <summary>
/// SPEC O1 "no order and no SCORE call is ever lost or sent twice": 1,000 registrations through the
/// outbox while the sandbox answers 20% 5xx, 5% timeouts and 5% processed-but-answer-lost.
/// </summary>
public sealed class OutboxChaosTests
{
    private const int OrderCount = 1000;

    private static Dictionary<string, string?> ChaosSettings(bool worker) => new()
    {
        ["Score:Sandbox:Faults:ServerErrorShare"] = "0.20",
        ["Score:Sandbox:Faults:TimeoutShare"] = "0.05",
        ["Score:Sandbox:Faults:AnswerLostShare"] = "0.05",
        ["Score:Sandbox:Faults:HangMs"] = "1500",
        ["Score:Client:AttemptTimeout"] = "00:00:00.300",
        ["Score:Client:TotalTimeout"] = "00:00:02",
        ["Score:Client:MaxRetryAttempts"] = "0", // every retry is the outbox's own
        ["Score:Outbox:Concurrency"] = "8",
        ["Score:Outbox:IdleInterval"] = "00:00:00.050",
        ["Score:Outbox:WorkerEnabled"] = worker ? "true" : "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    [Fact]
    public async Task O1_chaos_every_order_is_registered_exactly_once_and_matches_SCORE()
    {
        await using var shop = await ScoreTestShop.StartAsync(settings: ChaosSettings(worker: false));
        var numbers = await PlaceOrdersAsync(shop);

        await shop.DrainAsync(maxRounds: 5000);

        await AssertExactlyOnceAsync(shop, numbers);
    }

    [Fact]
    public async Task O1_chaos_with_the_worker_host_stopped_mid_drain_and_started_again()
    {
        var first = await ScoreTestShop.StartAsync(settings: ChaosSettings(worker: false));
        first.App.KeepDataFolder = true;
        var folder = first.App.DataFolder;
        var numbers = await PlaceOrdersAsync(first);
        await first.DisposeAsync();

        // Start with the worker on, let it get part-way, and stop the host under it.
        var second = await ScoreTestShop.StartAsync(settings: ChaosSettings(worker: true), dataFolder: folder, seed: false);
        second.App.KeepDataFolder = true;
        await WaitUntilAsync(second, done => done >= OrderCount / 4);
        var doneAtStop = await DoneCountAsync(second);
        await second.DisposeAsync();
        Assert.InRange(doneAtStop, OrderCount / 4, OrderCount - 1);

        await using var third = await ScoreTestShop.StartAsync(settings: ChaosSettings(worker: true), dataFolder: folder, seed: false);
        await WaitUntilAsync(third, _ => false, untilDrained: true);

        await AssertExactlyOnceAsync(third, numbers);
    }

    private static async Task<List<string>> PlaceOrdersAsync(ScoreTestShop shop)
    {
        var numbers = new List<string>(OrderCount);
        for (var i = 0; i < OrderCount; i++)
        {
            var tag = (i % 10) switch { 0 => "+ng", 1 => "+hold", 2 => "+pending", _ => "" };
            numbers.Add((await shop.PlaceAsync(ScoreTestShop.Order($"buyer{i}{tag}@example.jp", unitPrice: 1000 + i))).OrderNumber);
        }
        return numbers;
    }

    private static async Task AssertExactlyOnceAsync(ScoreTestShop shop, List<string> numbers)
    {
        var atScore = await shop.SandboxTransactionsAsync();
        Assert.Equal(OrderCount, atScore.Count);
        Assert.Equal(numbers.Order(), atScore.Select(t => t.ShopTransactionId).Order());

        await using var db = await shop.ContextAsync();
        var orders = await db.Orders.AsNoTracking().ToDictionaryAsync(o => o.OrderNumber);
        Assert.All(atScore, t =>
        {
            var order = orders[t.ShopTransactionId];
            Assert.Equal(t.NissenTransactionId, order.ScoreTransactionId);
            Assert.Equal(t.AuthorResult, order.CreditResult.Label());
        });
        Assert.Contains(orders.Values, o => o.CreditResult == CreditResult.Ng);
        Assert.Contains(orders.Values, o => o.CreditResult == CreditResult.Hold);
        Assert.False(await db.ScoreOutbox.AnyAsync(m => m.State == OutboxState.Pending || m.State == OutboxState.Failed));
    }

    private static async Task<int> DoneCountAsync(ScoreTestShop shop)
    {
        await using var db = await shop.ContextAsync();
        return await db.ScoreOutbox.CountAsync(m => m.Operation == OutboxOperation.Register && m.State == OutboxState.Done);
    }

    private static async Task WaitUntilAsync(ScoreTestShop shop, Func<int, bool> enough, bool untilDrained = false)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            if (enough(await DoneCountAsync(shop))) return;
            if (untilDrained)
            {
                await using var db = await shop.ContextAsync();
                if (!await db.ScoreOutbox.AnyAsync(m => m.State == OutboxState.Pending)) return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the outbox worker did not get there in time");
    }
}
