using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Data.Demo;

/// <summary>
/// Fills an empty database with a believable craft shop (<c>Seed:DemoData</c>): settings wired to
/// the sandbox, delivery and payment methods, and ~300 orders over 60 days in every state of the SPEC.
/// </summary>
public sealed class DemoShopSeeder(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    ScorePasswordProtector passwordProtector,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoShopSeeder> logger)
{
    public const int OrderCount = 300;

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Orders.AnyAsync(cancellationToken) || await db.PaymentMethods.AnyAsync(cancellationToken))
            return;

        db.ShopSettings.Add(new ShopSettings
        {
            ShopName = DemoCatalog.ShopName,
            ScoreShopCode = configuration["Score:Sandbox:ShopCode"],
            ScoreTerminalId = configuration["Score:Sandbox:TerminalId"],
            ScorePasswordProtected = configuration["Score:Sandbox:Password"] is { Length: > 0 } password
                ? passwordProtector.Protect(password)
                : null,
            ContractType = ContractType.Bundled,
            Plan = ScorePlan.B,
        });

        var payments = DemoPaymentMethods();
        var deliveries = DemoDeliveryMethods(payments);
        db.PaymentMethods.AddRange(payments.Values);
        db.DeliveryMethods.AddRange(deliveries);
        await db.SaveChangesAsync(cancellationToken);

        var orders = new DemoOrderFactory(clock.GetUtcNow(), payments, deliveries).Create(OrderCount);
        db.Orders.AddRange(orders);
        DemoScoreHistory.Queue(db, orders, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo shop seeded with {Count} orders.", orders.Count);
    }

    private static Dictionary<string, PaymentMethod> DemoPaymentMethods() => new()
    {
        [PaymentMethod.ScoreCode] = new() { Code = PaymentMethod.ScoreCode, Name = "スコア後払い", Fee = 330, IsSystem = true, SortOrder = 1 },
        ["card"] = new() { Code = "card", Name = "クレジットカード", Fee = 0, SortOrder = 2 },
        ["bank"] = new() { Code = "bank", Name = "銀行振込", Fee = 0, SortOrder = 3 },
        ["cod"] = new() { Code = "cod", Name = "代金引換", Fee = 330, SortOrder = 4 },
    };

    private static List<DeliveryMethod> DemoDeliveryMethods(Dictionary<string, PaymentMethod> p) =>
    [
        new() { Code = "yamato", Name = "宅急便", Fee = 800, CarrierCode = 12, SortOrder = 1,
                PaymentMethods = [p["score"], p["card"], p["bank"], p["cod"]] },
        new() { Code = "sagawa", Name = "飛脚宅配便", Fee = 800, CarrierCode = 11, SortOrder = 2,
                PaymentMethods = [p["score"], p["card"], p["bank"], p["cod"]] },
        new() { Code = "yupack", Name = "ゆうパック", Fee = 750, CarrierCode = 16, SortOrder = 3,
                PaymentMethods = [p["score"], p["card"], p["bank"]] },
        new() { Code = "pickup", Name = "工房受け取り", Fee = 0, CarrierCode = null, SortOrder = 4,
                PaymentMethods = [p["card"], p["bank"]] },
    ];
}
