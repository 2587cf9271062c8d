using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "craftcart-tests", Guid.NewGuid().ToString("N"));

    public CraftCartAppFactory(bool useKestrel = false, IDictionary<string, string?>? extraSettings = null)
    {
        this.useKestrel = useKestrel;
        Directory.CreateDirectory(DataFolder);
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CraftCart"] = $"Data Source={Path.Combine(DataFolder, "craftcart.db")}",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = Password,
            ["Seed:DemoData"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (useKestrel) this.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* a file still held by a finishing background task; the temp folder is disposable */ }
    }
}
