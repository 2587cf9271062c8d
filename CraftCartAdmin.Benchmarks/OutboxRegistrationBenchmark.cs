using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// Issue 3: SCORE registrations per second through the outbox. Each iteration queues <see cref="N"/> スコア後払い
/// orders through OrderIntake (not measured), then the measured part drains them all with
/// ScoreOutboxProcessor.ProcessDueAsync against the app's sandbox over HTTP on 127.0.0.1 (worker off).
/// Registrations/s = N / Mean.
/// </summary>
[Config(typeof(SlowBuildConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class OutboxRegistrationBenchmark
{
    public const int N = 500;
    private BenchScoreShop shop = default!;
    private int batch;

    [GlobalSetup]
    public void Setup()
    {
        shop = new BenchScoreShop(useKestrel: true, sandbox: true);
        shop.StartAsync().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void Queue()
    {
        var b = Interlocked.Increment(ref batch);
        shop.PlaceAsync(Enumerable.Range(0, N).Select(i => BenchScoreShop.Order($"buyer{b}-{i}@example.jp"))).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "drain 500 registrations")]
    public async Task<int> Drain()
    {
        var handled = await shop.DrainAsync();
        if (handled < N) throw new InvalidOperationException($"only {handled} of {N} messages handled");
        return handled;
    }

    [GlobalCleanup]
    public void Cleanup() => shop.Dispose();
}
