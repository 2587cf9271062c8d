using System.Net;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// The whole app on a temporary SQLite file (migrated at start by the app's DatabaseInitializer), optionally on
/// real Kestrel at 127.0.0.1 with the SCORE sandbox, and the S1 shop of the tests' ScoreTestShop seeded.
/// A copy of the test helpers' setup: the benchmarks do not depend on the test project.
/// </summary>
public sealed class BenchScoreShop : WebApplicationFactory<global::Program>
{
    public const string AdminEmail = "admin@craftcart.example";
    public const string SandboxPassword = "sandbox-direct-pass";

    private readonly bool useKestrel;
    private readonly Dictionary<string, string?> settings;

    public string DataFolder { get; }
    public string DatabasePath => Path.Combine(DataFolder, "craftcart.db");

    public BenchScoreShop(bool useKestrel, bool sandbox, IDictionary<string, string?>? extra = null)
    {
        this.useKestrel = useKestrel;
        DataFolder = Path.Combine(Path.GetTempPath(), "craftcart-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CraftCart"] = $"Data Source={DatabasePath}",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = "Bench-Passw0rd!",
            ["Seed:DemoData"] = "false",
            ["Score:Sandbox:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "score-sandbox.db")}",
            ["Score:Sandbox:Enabled"] = sandbox ? "true" : "false",
            ["Score:Sandbox:Password"] = SandboxPassword,
            ["Score:Outbox:WorkerEnabled"] = "false",
            ["Score:Outbox:BaseDelay"] = "00:00:00.010",
            ["Score:Outbox:MaxDelay"] = "00:00:00.050",
            ["Score:Client:RetryDelay"] = "00:00:00.010",
            // Measure the code, not the console: production-like quiet logging.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (useKestrel) this.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the app (Kestrel when asked) and seeds S1 settings, スコア後払い + card and one Yamato method.</summary>
    public async Task StartAsync(ContractType contract = ContractType.Separate)
    {
        if (useKestrel)
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            if (!address.Contains("127.0.0.1")) throw new InvalidOperationException($"not on loopback: {address}");
        }
        else
        {
            _ = Services; // builds and starts the host (TestServer)
        }

        await using var db = await ContextAsync();
        var protector = Services.GetRequiredService<ScorePasswordProtector>();
        db.ShopSettings.Add(new ShopSettings
        {
            ShopName = "テスト工房", ScoreShopCode = "DEMO0001", ScoreTerminalId = "CRAFTCART01",
            ScorePasswordProtected = protector.Protect(SandboxPassword), ContractType = contract,
        });
        var score = new PaymentMethod { Code = PaymentMethod.ScoreCode, Name = "スコア後払い", Fee = 330, IsSystem = true, SortOrder = 1 };
        var card = new PaymentMethod { Code = "card", Name = "クレジットカード", SortOrder = 2 };
        db.DeliveryMethods.Add(new DeliveryMethod { Code = "yamato", Name = "宅急便", Fee = 800, CarrierCode = 12, PaymentMethods = [score, card] });
        await db.SaveChangesAsync();
    }

    public Task<CraftCartDbContext> ContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();

    public static NewOrder Order(string email, string? number = null, int unitPrice = 1200, int quantity = 2,
        string payment = PaymentMethod.ScoreCode) => new()
    {
        OrderNumber = number,
        Customer = new NewOrderPerson
        {
            LastName = "山田", FirstName = "太郎", LastNameKana = "ヤマダ", FirstNameKana = "タロウ", Email = email,
            Phone = "090-1234-5678", PostalCode = "150-0001", Prefecture = "東京都", City = "渋谷区", Address1 = "神宮前1-2-3",
        },
        Items = [new NewOrderItem { Sku = "SOAP-01", Name = "手作り石鹸", UnitPrice = unitPrice, Quantity = quantity }],
        PaymentMethod = payment,
        DeliveryMethod = "yamato",
    };

    /// <summary>Places orders through OrderIntake (the SCORE registration is queued in the same transaction).</summary>
    public async Task PlaceAsync(IEnumerable<NewOrder> orders)
    {
        await using var scope = Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<OrderIntake>();
        foreach (var order in orders)
        {
            var result = await intake.CreateAsync(order);
            if (result.Status != OrderIntakeStatus.Created)
                throw new InvalidOperationException($"intake refused: {result.Status} " +
                    string.Join("; ", (result.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }

    /// <summary>Drains the outbox until nothing is due, as the worker would; returns the messages handled.</summary>
    public async Task<int> DrainAsync(int maxRounds = 10_000)
    {
        var handled = 0;
        for (var round = 0; round < maxRounds; round++)
        {
            await using var scope = Services.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<ScoreOutboxProcessor>();
            var n = await processor.ProcessDueAsync();
            handled += n;
            if (n == 0 && !await processor.HasDueMessagesAsync())
            {
                await using var db = await ContextAsync();
                if (!await db.ScoreOutbox.AnyAsync(m => m.State == Data.Outbox.OutboxState.Pending)) return handled;
                await Task.Delay(20); // a retry's back-off has not run out yet
            }
        }
        throw new TimeoutException("the outbox did not drain");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
