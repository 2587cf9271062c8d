using CraftCartAdmin.Infrastructure.Leases;
using CraftCartAdmin.Features.ScoreLog;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.Features.Orders.List;
using CraftCartAdmin.Features.Home;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CraftCartAdmin.Components.Account;
using CraftCartAdmin.Components.Layout;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Demo;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Score;
using CraftCartAdmin.ScoreSandbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace CraftCartAdmin.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers everything the app needs, so Program.cs stays short.</summary>
    public static WebApplicationBuilder AddCraftCartAdmin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var databasePath = DatabaseLocation.Resolve(builder.Configuration, builder.Environment);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // Japanese stays readable in prerendered HTML instead of &#x...; escapes.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);

        services.AddDbContextFactory<CraftCartDbContext>(options =>
            options.UseSqlite(databasePath.ConnectionString).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance));
        services.AddDataProtection()
            .SetApplicationName("CraftCartAdmin")
            .PersistKeysToFileSystem(new DirectoryInfo(databasePath.KeyRingFolder));
        services.AddSingleton<ScorePasswordProtector>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoShopSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOptions<LeaseOptions>().Bind(builder.Configuration.GetSection(LeaseOptions.SectionName));
        services.AddSingleton<BackgroundWorkLease>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWorkLease>());
        services.AddScoreClient(builder.Configuration).AddScoreSandbox(builder.Configuration).AddScoreOutbox(builder.Configuration).AddHoldPoll(builder.Configuration);

        AddIdentity(services);
        services.AddSingleton<NavigationCatalog>();
        services.AddSingleton<OrderChangeNotifier>();
        services.AddScoped<OrderListQuery>();
        services.AddScoped<OrderCommands>();
        services.AddOrderEditing();
        services.AddScoped<PaymentMethodLookup>();
        services.AddScoped<OrderIntake>();
        services.AddScoped<CreditResultWaiter>();
        services.AddScoped<ScoreCallLogQuery>();
        services.AddScoped<OutboxAdministration>();
        services.AddSingleton<StorefrontApiKey>();
        services.AddProblemDetails();
        services.AddCraftCartRateLimits(builder.Configuration);
        services.AddScoped<HomeSummaryQuery>();
        services.AddScoped<HomeInsightsQuery>();
        CraftCartAdmin.Features.Settings.SettingsFeatures.AddSettingsFeatures(services);
        services.AddScoped<CraftCartAdmin.Features.Settings.Score.IScoreConnectionTester, CraftCartAdmin.Features.Settings.Score.ScoreConnectionTester>();
        services.AddInvoicesAndTrackingCsv();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "CraftCartAdmin.Auth";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (policy, roles) in Policies.RolesFor)
            authorization.AddPolicy(policy, p => p.RequireRole(roles));

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CraftCartDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
    }
}

/// <summary>Where the SQLite file and the Data Protection key ring live: the data folder unless configured.</summary>
public sealed record DatabaseLocation(string ConnectionString, string KeyRingFolder)
{
    public static DatabaseLocation Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("CraftCart");
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/craftcart.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource) ?? environment.ContentRootPath;
        return new DatabaseLocation(builder.ToString(), Path.Combine(folder, "keys"));
    }
}
