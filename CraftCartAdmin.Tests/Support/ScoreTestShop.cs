using System.Collections.Concurrent;
using System.Net.Http.Json;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.ScoreSandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Support;

/// <summary>
/// A small shop wired to the app's own sandbox over real HTTP on 127.0.0.1 (no demo orders):
/// S1 settings, スコア後払い and card, one Yamato delivery method. The outbox is drained by the test.
/// </summary>
public sealed class ScoreTestShop : IAsyncDisposable
{
    public const string Password = "sandbox-direct-pass";

    public CraftCartAppFactory App { get; }
    public ConcurrentQueue<string> LogLines => App.LogLines;
    public HttpClient Sandbox { get; }

    private ScoreTestShop(CraftCartAppFactory app)
    {
        App = app;
        Sandbox = new HttpClient { BaseAddress = new Uri(app.ServerAddress + "/score-sandbox/control/") };
    }

    public static async Task<ScoreTestShop> StartAsync(ContractType contract = ContractType.Separate,
        IDictionary<string, string?>? settings = null, string? dataFolder = null, bool seed = true, TimeProvider? clock = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "false",
            ["Score:Sandbox:Enabled"] = "true",
            ["Score:Sandbox:Password"] = Password,
            ["Score:Outbox:BaseDelay"] = "00:00:00.010",
            ["Score:Outbox:MaxDelay"] = "00:00:00.050",
            ["Score:Client:RetryDelay"] = "00:00:00.010",
            ["Logging:LogLevel:Default"] = "Debug",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var shop = new ScoreTestShop(new CraftCartAppFactory(useKestrel: true, all, dataFolder, clock));
        if (seed) await shop.SeedAsync(contract);
        return shop;
    }

    private async Task SeedAsync(ContractType contract)
    {
        await using var db = await ContextAsync();
        var protector = App.Services.GetRequiredService<ScorePasswordProtector>();
        db.ShopSettings.Add(new ShopSettings
        {
            ShopName = "テスト工房", ScoreShopCode = "DEMO0001", ScoreTerminalId = "CRAFTCART01",
            ScorePasswordProtected = protector.Protect(Password), ContractType = contract,
        });
        var score = new PaymentMethod { Code = PaymentMethod.ScoreCode, Name = "スコア後払い", Fee = 330, IsSystem = true, SortOrder = 1 };
        var card = new PaymentMethod { Code = "card", Name = "クレジットカード", SortOrder = 2 };
        db.DeliveryMethods.Add(new DeliveryMethod { Code = "yamato", Name = "宅急便", Fee = 800, CarrierCode = 12, PaymentMethods = [score, card] });
        await db.SaveChangesAsync();
    }

    public Task<CraftCartDbContext> ContextAsync() =>
        App.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();

    /// <summary>A service as a page would get it (scoped services from a fresh scope).</summary>
    public T Service<T>() where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public static NewOrder Order(string email = "taro@example.jp", int unitPrice = 1200, int quantity = 2, string? number = null,
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

    public async Task<OrderIntakeResult> PlaceAsync(NewOrder order)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OrderIntake>().CreateAsync(order);
        Assert.True(result.Status == OrderIntakeStatus.Created,
            string.Join("; ", (result.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return result;
    }

    /// <summary>Drains the outbox until nothing is due, as the worker would.</summary>
    public async Task DrainAsync(int maxRounds = 200)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<ScoreOutboxProcessor>();
            if (await processor.ProcessDueAsync() == 0 && !await processor.HasDueMessagesAsync())
            {
                if (!await HasWaitingRetriesAsync()) return;
                await Task.Delay(20); // a retry's back-off (tens of ms here) has not run out yet
            }
        }
        throw new TimeoutException("the outbox did not drain");
    }

    private async Task<bool> HasWaitingRetriesAsync()
    {
        await using var db = await ContextAsync();
        return await db.ScoreOutbox.AnyAsync(m => m.State == Data.Outbox.OutboxState.Pending);
    }

    public async Task<Order> OrderAsync(int id)
    {
        await using var db = await ContextAsync();
        return await db.Orders.AsNoTracking().Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod).SingleAsync(o => o.Id == id);
    }

    public async Task<SandboxTransactionView?> SandboxTransactionAsync(string orderNumber)
    {
        var response = await Sandbox.GetAsync($"transactions/{orderNumber}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<SandboxTransactionView>() : null;
    }

    public async Task<List<SandboxTransactionView>> SandboxTransactionsAsync() =>
        (await Sandbox.GetFromJsonAsync<List<SandboxTransactionView>>("transactions"))!;

    public Task SetFaultsAsync(SandboxFaultSettings faults) => Sandbox.PutAsJsonAsync("faults", faults);

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        await App.DisposeAsync();
    }
}
