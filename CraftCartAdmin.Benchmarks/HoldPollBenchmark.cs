using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Score.Polling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// Issue 6: one HoldPoller.RunAsync over <see cref="HoldOrders"/> HOLD orders against the app's sandbox over
/// HTTP on 127.0.0.1. The orders are placed with +hold e-mails through OrderIntake and registered through the
/// outbox in GlobalSetup, so the cart and the sandbox agree. The sandbox keeps a HOLD until SCORE's next review
/// time (Asia/Tokyo), so every iteration asks about all of them and nothing changes. Inquiries/s = N / Mean.
/// </summary>
[Config(typeof(SlowBuildConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class HoldPollBenchmark
{
    [Params(2_000)]
    public int HoldOrders { get; set; }

    private BenchScoreShop shop = default!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        shop = new BenchScoreShop(useKestrel: true, sandbox: true);
        await shop.StartAsync();
        const int chunk = 1_000;
        for (var start = 0; start < HoldOrders; start += chunk)
        {
            await shop.PlaceAsync(Enumerable.Range(start, Math.Min(chunk, HoldOrders - start))
                .Select(i => BenchScoreShop.Order($"hold{i}+hold@example.jp", number: $"H{i:D6}")));
            await shop.DrainAsync();
        }
        await using var db = await shop.ContextAsync();
        var held = await db.Orders.CountAsync(o => o.CreditResult == CreditResult.Hold && o.ScoreTransactionId != null);
        if (held != HoldOrders) throw new InvalidOperationException($"{held} HOLD orders, expected {HoldOrders}");
        Console.WriteLine($"// seeded {held} HOLD orders in the cart and the sandbox");
    }

    [Benchmark(Description = "one HOLD poll")]
    public async Task<int> Poll()
    {
        await using var scope = shop.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<HoldPoller>().RunAsync()
                  ?? throw new InvalidOperationException("a poll was already running");
        if (run.Asked != HoldOrders || run.Failed != 0)
            throw new InvalidOperationException($"asked {run.Asked}, failed {run.Failed}, expected {HoldOrders} asked");
        return run.Asked;
    }

    [GlobalCleanup]
    public void Cleanup() => shop.Dispose();
}
