using System.Net;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>
/// The sandbox alone on real Kestrel at 127.0.0.1 with its own temporary SQLite file and a fake
/// clock, called through the real client. One per test class (xunit class fixture).
/// </summary>
public class SandboxHost : IAsyncLifetime
{
    public const string ShopCode = "SBXSHOP01";
    public const string TerminalId = "SBXTERM01";
    public const string Password = "s3cret-Direct-Pa55";

    /// <summary>2026/12/04 10:00 JST.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(9));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "score-sandbox-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private readonly List<ServiceProvider> clientProviders = [];

    public FakeTimeProvider Clock { get; } = new(Start);
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; } = new();
    public IScoreClient Client { get; private set; } = null!;
    public List<ScoreExchange> Exchanges { get; } = [];
    public SandboxFaults Faults => app!.Services.GetRequiredService<SandboxFaults>();

    public ScoreCredentials Credentials => new(ShopCode, TerminalId, Password, BaseUrl);

    /// <summary>Client settings of this class; fault tests shorten the attempt timeout.</summary>
    protected virtual IDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Score:Client:AttemptTimeout"] = "00:00:10",
        ["Score:Client:MaxRetryAttempts"] = "2",
        ["Score:Client:RetryDelay"] = "00:00:00.010",
    };

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Score:Sandbox:Enabled"] = "true",
            ["Score:Sandbox:ShopCode"] = ShopCode,
            ["Score:Sandbox:TerminalId"] = TerminalId,
            ["Score:Sandbox:Password"] = Password,
            ["Score:Sandbox:ConnectionString"] = "Data Source=sandbox.db;Pooling=False",
            ["Score:Sandbox:Faults:HangMs"] = "10000",
            ["Score:PollTimes"] = "11:10,14:10,16:10,18:10",
        });
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddScoreSandbox(builder.Configuration);
        app = builder.Build();
        app.MapScoreSandbox();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = $"{address}/score-sandbox/";
        Http.BaseAddress = new Uri(BaseUrl);

        Client = CreateClient(ClientSettings);
    }

    /// <summary>A real client as the app registers it, with these <c>Score:Client</c> settings, recording into <see cref="Exchanges"/>.</summary>
    public IScoreClient CreateClient(IDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IScoreCallObserver>(new RecordingObserver(Exchanges));
        services.AddScoreClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var provider = services.BuildServiceProvider();
        clientProviders.Add(provider);
        return provider.GetRequiredService<IScoreClient>();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        foreach (var provider in clientProviders) await provider.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a late SQLite handle; the temp folder is disposable */ }
    }

    /// <summary>The sandbox's record of a transaction; null when it does not exist.</summary>
    public async Task<SandboxTransactionView?> TransactionAsync(string shopTransactionId)
    {
        using var response = await Http.GetAsync($"control/transactions/{shopTransactionId}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SandboxTransactionView>();
    }

    public async Task MarkAsync(string shopTransactionId, string what) =>
        (await Http.PostAsync($"control/transactions/{shopTransactionId}/{what}", null)).EnsureSuccessStatusCode();

    public async Task SetFaultsAsync(SandboxFaultSettings settings) =>
        (await Http.PutAsJsonAsync("control/faults", settings)).EnsureSuccessStatusCode();

    private sealed class RecordingObserver(List<ScoreExchange> exchanges) : IScoreCallObserver
    {
        public Task OnExchangeAsync(ScoreExchange exchange, CancellationToken cancellationToken)
        {
            lock (exchanges) exchanges.Add(exchange);
            return Task.CompletedTask;
        }
    }
}
