using Microsoft.AspNetCore.TestHost;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftCartAdmin.Tests.Support;

/// <summary>
/// The whole app on its own temporary SQLite file with the demo shop seeded. Users of every role share
/// <see cref="Password"/>. With <c>useKestrel</c> it listens on 127.0.0.1 for a real browser.
/// </summary>
public class CraftCartAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@craftcart.example";
    public const string OwnerEmail = "owner@craftcart.example";
    public const string StaffEmail = "staff@craftcart.example";
    public const string Password = "Test-Passw0rd!";

    private readonly bool useKestrel;
    private readonly Dictionary<string, string?> settings;

    public string DataFolder { get; }

    /// <param name="dataFolder">an existing folder to start on again (a restart); a new temporary one when null.</param>
    /// <summary>The app's clock when a test fakes it (the cart and the sandbox share it).</summary>
    public TimeProvider? Clock { get; }

    public CraftCartAppFactory(bool useKestrel = false, IDictionary<string, string?>? extraSettings = null, string? dataFolder = null,
        TimeProvider? clock = null)
    {
        this.useKestrel = useKestrel;
        Clock = clock;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "craftcart-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CraftCart"] = $"Data Source={Path.Combine(DataFolder, "craftcart.db")}",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = Password,
            ["Seed:DemoData"] = "true",
            ["Score:Sandbox:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "score-sandbox.db")}",
            // Tests that exercise SCORE turn the worker on; the others keep the demo's states still.
            ["Score:Outbox:WorkerEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests sign in far more often than a person; the limit itself is tested on its own.
            ["RateLimits:LoginPerMinute"] = "10000",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    public static string EmailOf(string role) => role switch
    {
        CraftCartAdmin.Domain.Identity.Roles.Admin => AdminEmail,
        CraftCartAdmin.Domain.Identity.Roles.ShopOwner => OwnerEmail,
        CraftCartAdmin.Domain.Identity.Roles.Staff => StaffEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The root URL of the Kestrel server (only with <c>useKestrel</c>).</summary>
    public string ServerAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.First().TrimEnd('/');
        }
    }

    /// <summary>Every log line the app wrote, exceptions included, for tests that check what is (not) logged.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new CapturingLoggerProvider(LogLines)));
        if (Clock is not null) builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        if (useKestrel) this.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Keep the data folder on dispose, for a restart on the same database.</summary>
    public bool KeepDataFolder { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || KeepDataFolder) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* a file still held by a finishing background task; the temp folder is disposable */ }
    }
}
