using System.Security.Cryptography;
using CraftCartAdmin.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CraftCartAdmin.Data;

/// <summary>
/// Creates the three roles, and the first admin when no user exists: from <c>Seed:AdminEmail</c> /
/// <c>Seed:AdminPassword</c>, or in the demo generated and printed once.
/// </summary>
public sealed class IdentitySeeder(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IConfiguration configuration,
    ILogger<IdentitySeeder> logger)
{
    public const string DemoAdminEmail = "admin@craftcart.example";
    public const string DemoOwnerEmail = "owner@craftcart.example";
    public const string DemoStaffEmail = "staff@craftcart.example";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
                Check(await roleManager.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        if (userManager.Users.Any()) return;

        var demo = configuration.GetValue("Seed:DemoData", false);
        var email = configuration["Seed:AdminEmail"];
        var password = configuration["Seed:AdminPassword"];
        var generated = false;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            if (!demo)
            {
                logger.LogCritical("No user exists and Seed:AdminEmail / Seed:AdminPassword are not set: nobody can log in. Set both and restart.");
                return;
            }
            email = string.IsNullOrWhiteSpace(email) ? DemoAdminEmail : email;
            password = string.IsNullOrWhiteSpace(password) ? GeneratePassword() : password;
            generated = true;
        }

        await CreateAsync(email, password, "管理者", Roles.Admin);
        if (demo)
        {
            await CreateAsync(DemoOwnerEmail, password, "店長 ショップオーナー", Roles.ShopOwner);
            await CreateAsync(DemoStaffEmail, password, "発送 スタッフ", Roles.Staff);
        }

        if (generated) PrintDemoLogin(email, password);
    }

    private async Task CreateAsync(string email, string password, string displayName, string role)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await userManager.CreateAsync(user, password), $"user {email}");
        Check(await userManager.AddToRoleAsync(user, role), $"role of {email}");
    }

    private static void PrintDemoLogin(string email, string password)
    {
        // Printed once, on the console only: the password is not stored anywhere else in clear.
        Console.WriteLine();
        Console.WriteLine("==================== CraftCart Admin demo login ====================");
        Console.WriteLine($"  管理者:           {email}");
        Console.WriteLine($"  ショップオーナー: {DemoOwnerEmail}");
        Console.WriteLine($"  スタッフ:         {DemoStaffEmail}");
        Console.WriteLine($"  Password (all three): {password}");
        Console.WriteLine("  Shown only now. Delete the data folder to start the demo afresh.");
        Console.WriteLine("=====================================================================");
        Console.WriteLine();
    }

    /// <summary>A random password that meets Identity's default rules (upper, lower, digit, symbol).</summary>
    private static string GeneratePassword() =>
        $"Cc{RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14)}7!";

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
