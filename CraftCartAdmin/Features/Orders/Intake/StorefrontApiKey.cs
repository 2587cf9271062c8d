using System.Security.Cryptography;
using System.Text;
using CraftCartAdmin.Infrastructure;

namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>
/// The key the storefront sends as X-Api-Key: <c>Storefront:ApiKey</c>, or in the demo a random one
/// made at first start, kept beside the database and printed once.
/// </summary>
public sealed class StorefrontApiKey
{
    private readonly byte[]? expected;

    public StorefrontApiKey(IConfiguration configuration, IWebHostEnvironment environment, ILogger<StorefrontApiKey> logger)
    {
        var key = configuration["Storefront:ApiKey"];
        if (string.IsNullOrWhiteSpace(key) && configuration.GetValue("Seed:DemoData", false))
            key = DemoKey(DatabaseLocation.Resolve(configuration, environment).KeyRingFolder);
        if (string.IsNullOrWhiteSpace(key))
            logger.LogWarning("Storefront:ApiKey is not set: the storefront order intake refuses every request.");
        else
            expected = Encoding.UTF8.GetBytes(key);
    }

    public bool IsValid(string? presented) =>
        expected is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);

    private static string DemoKey(string keyFolder)
    {
        var path = Path.Combine(keyFolder, "storefront-api-key.txt");
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(keyFolder);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        File.WriteAllText(path, key);
        Console.WriteLine($"  Storefront X-Api-Key (demo, kept in {path}): {key}");
        return key;
    }
}
