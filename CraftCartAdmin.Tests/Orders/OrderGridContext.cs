using CraftCartAdmin.Data;
using CraftCartAdmin.Features.Invoices;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.Features.Orders.List;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>One demo-shop app per test class; each test still gets a fresh bunit context.</summary>
public sealed class DemoShopApp : IDisposable
{
    public CraftCartAppFactory App { get; } = new();
    public void Dispose() => App.Dispose();
}

/// <summary>A bunit context whose order services read the demo shop of a real (temporary) app database.</summary>
public abstract class OrderGridContext : MudTestContext, IClassFixture<DemoShopApp>
{
    protected OrderGridContext(DemoShopApp shop) : this(shop.App) { }

    private OrderGridContext(CraftCartAppFactory app) : base(services =>
    {
        services.AddSingleton(app.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>());
        services.AddSingleton(app.Services.GetRequiredService<OrderChangeNotifier>());
        services.AddSingleton(app.Services.GetRequiredService<OutboxSignal>());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<OrderListQuery>();
        services.AddScoped<OrderCommands>();
        services.AddScoped<PaymentMethodLookup>();
        services.AddInvoicesAndTrackingCsv();
    })
    {
        App = app;
    }

    protected CraftCartAppFactory App { get; }

    /// <summary>The grid page shows role-dependent parts (the invoice button): render it as a signed-in スタッフ.</summary>
    protected override void AddServices(IServiceCollection services)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(CraftCartAppFactory.StaffEmail);
        authorization.SetRoles(CraftCartAdmin.Domain.Identity.Roles.Staff);
        authorization.SetPolicies(CraftCartAdmin.Domain.Identity.Policies.Staff);
    }

    protected Task<CraftCartDbContext> ContextAsync() =>
        App.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>().CreateDbContextAsync();
}
