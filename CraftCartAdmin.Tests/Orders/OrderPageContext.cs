using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.Features.Orders.Edit;
using CraftCartAdmin.Features.Orders.Form;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>
/// bunit for the order pages over a real SQLite file: スコア後払い, card and 代金引換; 宅急便 (ヤマト運輸)
/// accepts all three, メール便 (no carrier) only card. Orders are stored in whatever state a test needs.
/// </summary>
public abstract class OrderPageContext : MudTestContext
{
    protected readonly PaymentMethod Score = new() { Code = PaymentMethod.ScoreCode, Name = "スコア後払い", Fee = 330, IsSystem = true, SortOrder = 1 };
    protected readonly PaymentMethod Card = new() { Code = "card", Name = "クレジットカード", SortOrder = 2 };
    protected readonly PaymentMethod Cod = new() { Code = "cod", Name = "代金引換", Fee = 440, SortOrder = 3 };
    protected DeliveryMethod Yamato = default!;
    protected DeliveryMethod MailService = default!;

    protected OrderPageContext() => Seed();

    protected override void AddServices(IServiceCollection services)
    {
        var folder = Path.Combine(Path.GetTempPath(), "craftcart-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        services.AddLogging();
        // IdentityDbContext reads these while building its model, and EF shares the built model with every
        // context of the process: a different schema version here would hand the app's Migrate() a wrong model.
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddDbContextFactory<CraftCartDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "orders.db")}"));
        services.AddSingleton<OrderChangeNotifier>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<OrderCommands>();
        services.AddScoped<OrderIntake>();
        services.AddOrderEditing();
    }

    private void Seed()
    {
        using var db = Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContext();
        db.Database.Migrate(); // the real schema, as the app builds it
        db.ShopSettings.Add(new ShopSettings { ShopName = "テスト工房" });
        Yamato = new DeliveryMethod { Code = "yamato", Name = "宅急便", Fee = 800, CarrierCode = 12, SortOrder = 1, PaymentMethods = [Score, Card, Cod] };
        MailService = new DeliveryMethod { Code = "mail", Name = "メール便", Fee = 200, SortOrder = 2, PaymentMethods = [Card] };
        db.DeliveryMethods.AddRange(Yamato, MailService);
        db.SaveChanges();
    }

    protected CraftCartDbContext Db() => Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContext();

    /// <summary>Stores a 山田太郎 order of 2 × ¥1,200 by 宅急便, SCORE-paid and OK unless <paramref name="configure"/> says otherwise.</summary>
    protected int AddOrder(Action<Order>? configure = null)
    {
        using var db = Db();
        var customer = new Person
        {
            LastName = "山田", FirstName = "太郎", LastNameKana = "ヤマダ", FirstNameKana = "タロウ", Email = "taro@example.jp", Phone = "090-1234-5678",
            Address = new PostalAddress { PostalCode = "150-0001", Prefecture = "東京都", City = "渋谷区", Address1 = "神宮前1-2-3" },
        };
        var order = new Order
        {
            OrderNumber = "C" + Random.Shared.Next(100000, 999999),
            OrderedAt = new DateTimeOffset(2026, 12, 4, 1, 30, 0, TimeSpan.Zero),
            Customer = customer, ShipTo = customer.Copy(),
            Items = [new OrderItem { Sku = "SOAP-01", Name = "手作り石鹸", UnitPrice = 1200, Quantity = 2 }],
            ShippingFee = 800, PaymentFee = 330,
            PaymentMethodId = Score.Id, DeliveryMethodId = Yamato.Id,
            CreditResult = CreditResult.Ok, SyncState = SyncState.Synced, ScoreTransactionId = "12345678901",
        };
        configure?.Invoke(order);
        order.RecalculateTotal();
        db.Orders.Add(order);
        db.SaveChanges();
        return order.Id;
    }

    protected Order Stored(int id)
    {
        using var db = Db();
        return db.Orders.AsNoTracking().Include(o => o.Items).Include(o => o.PaymentMethod).Single(o => o.Id == id);
    }
}
