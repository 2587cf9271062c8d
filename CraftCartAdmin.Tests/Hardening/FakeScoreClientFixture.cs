using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// A <see cref="FakeScoreServer"/> and the real client as the app registers it (retries on), recording
/// every exchange its observers would audit. One per test class.
/// </summary>
public sealed class FakeScoreClientFixture : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];
    private long answerBytesRead;
    private TaskCompletionSource answerBytesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeScoreServer Server { get; private set; } = null!;
    public IScoreClient Client { get; private set; } = null!;
    public List<ScoreExchange> Audited { get; } = [];
    /// <summary>Response body bytes the clients have read since the last <see cref="ResetAnswerBytesRead"/>.</summary>
    public long AnswerBytesRead => Interlocked.Read(ref answerBytesRead);

    /// <summary>Completes once the clients have read a response body byte since the last <see cref="ResetAnswerBytesRead"/>.</summary>
    public Task AnswerBytesArrived => answerBytesArrived.Task;

    public void ResetAnswerBytesRead()
    {
        Interlocked.Exchange(ref answerBytesRead, 0);
        answerBytesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public ScoreCredentials Credentials => new("FUZZSHOP", "FUZZTERM", "fuzz-password", Server.BaseUrl);

    public async Task InitializeAsync()
    {
        Server = await FakeScoreServer.StartAsync();
        Client = CreateClient();
    }

    /// <summary>A client with the app's defaults except a short attempt timeout (a stalled body costs 2 s) and <paramref name="settings"/>.</summary>
    public IScoreClient CreateClient(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Score:Client:AttemptTimeout"] = "00:00:02",
            ["Score:Client:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders());
        services.AddSingleton<IScoreCallObserver>(new RecordingObserver(Audited));
        services.ConfigureHttpClientDefaults(http =>
            http.AddHttpMessageHandler(() => new AnswerBytesCounter(CountRead)));
        services.AddScoreClient(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider.GetRequiredService<IScoreClient>();
    }

    private void CountRead(int bytes)
    {
        Interlocked.Add(ref answerBytesRead, bytes);
        if (bytes > 0) answerBytesArrived.TrySetResult();
    }

    public List<ScoreExchange> AuditedFor(string shopTransactionId)
    {
        lock (Audited) return Audited.Where(e => e.ShopTransactionId == shopTransactionId).ToList();
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers) await provider.DisposeAsync();
        await Server.DisposeAsync();
    }

    private sealed class RecordingObserver(List<ScoreExchange> exchanges) : IScoreCallObserver
    {
        public Task OnExchangeAsync(ScoreExchange exchange, CancellationToken cancellationToken)
        {
            lock (exchanges) exchanges.Add(exchange);
            return Task.CompletedTask;
        }
    }
}
