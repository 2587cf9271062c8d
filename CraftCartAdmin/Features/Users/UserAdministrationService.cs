using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Features.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.Features.Users;

/// <summary>
/// システム＞ユーザー (管理者 only): users, their role, password and lock state. Each operation runs in its own
/// DI scope, so its UserManager and DbContext live for that operation only, not for the Blazor circuit.
/// The shop can never lose its last usable 管理者: removing the role from, or locking, the last unlocked
/// admin is refused, and nobody locks themself out.
/// </summary>
public sealed class UserAdministrationService(IServiceScopeFactory scopeFactory, ILogger<UserAdministrationService> logger)
{
    public const int MaxDisplayNameLength = 100;
    public const string LastAdminRefusal = "有効な管理者が1人だけのため、この操作はできません。先に別のユーザーを管理者にしてください。";
    public const string SelfLockRefusal = "自分自身をロックすることはできません。";

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CraftCartDbContext>();
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return users.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
                HighestRole(roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)),
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    public async Task<SettingsResult> CreateAsync(NewUserInput input, CancellationToken ct = default)
    {
        var email = input.Email?.Trim() ?? "";
        var displayName = input.DisplayName?.Trim() ?? "";
        var errors = new List<string>();
        if (email.Length == 0) errors.Add("メールアドレスを入力してください。");
        if (displayName.Length == 0) errors.Add("表示名を入力してください。");
        else if (displayName.Length > MaxDisplayNameLength) errors.Add($"表示名は{MaxDisplayNameLength}文字以内で入力してください。");
        if (!Roles.All.Contains(input.Role)) errors.Add("権限を選択してください。");
        if (string.IsNullOrEmpty(input.Password)) errors.Add("初期パスワードを入力してください。");
        if (errors.Count > 0) return SettingsResult.From(errors);

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LockoutEnabled = true };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded) return Failed(created, users);
        var added = await users.AddToRoleAsync(user, input.Role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return Failed(added, users);
        }
        logger.LogInformation("User {Email} added with role {Role}.", email, input.Role);
        return SettingsResult.Ok;
    }

    public async Task<SettingsResult> ChangeRoleAsync(string userId, string role, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return SettingsResult.Refused("権限を選択してください。");
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return NotFound();

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role) return SettingsResult.Ok;
        if (current.Contains(Roles.Admin) && role != Roles.Admin && !await AnotherUnlockedAdminExistsAsync(users, user))
            return SettingsResult.Refused(LastAdminRefusal);

        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded) return Failed(removed, users);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Failed(added, users);
        // A new security stamp makes the revalidating state provider refresh the user's signed-in role.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Role of {Email} changed from {Old} to {New}.", user.Email, string.Join(",", current), role);
        return SettingsResult.Ok;
    }

    public async Task<SettingsResult> ResetPasswordAsync(string userId, string newPassword, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(newPassword)) return SettingsResult.Refused("新しいパスワードを入力してください。");
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return NotFound();

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded) return Failed(reset, users);
        logger.LogInformation("Password of {Email} reset by an administrator.", user.Email);
        return SettingsResult.Ok;
    }

    /// <summary>Locks a user out until unlocked; refuses self-locking and locking the last unlocked admin.</summary>
    public async Task<SettingsResult> LockAsync(string userId, string actingUserId, CancellationToken ct = default)
    {
        if (userId == actingUserId) return SettingsResult.Refused(SelfLockRefusal);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return NotFound();
        if (await users.IsInRoleAsync(user, Roles.Admin) && !await AnotherUnlockedAdminExistsAsync(users, user))
            return SettingsResult.Refused(LastAdminRefusal);

        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (!locked.Succeeded) return Failed(locked, users);
        // Ends the user's open sessions at the next revalidation.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {Email} locked out.", user.Email);
        return SettingsResult.Ok;
    }

    public async Task<SettingsResult> UnlockAsync(string userId, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return NotFound();
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        if (!unlocked.Succeeded) return Failed(unlocked, users);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {Email} unlocked.", user.Email);
        return SettingsResult.Ok;
    }

    private static async Task<bool> AnotherUnlockedAdminExistsAsync(UserManager<ApplicationUser> users, ApplicationUser except)
    {
        var now = DateTimeOffset.UtcNow;
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Any(a => a.Id != except.Id && !(a.LockoutEnd is { } end && end > now));
    }

    private static string? HighestRole(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return Roles.All.FirstOrDefault(set.Contains);
    }

    private static SettingsResult NotFound() => SettingsResult.Refused("このユーザーは既に削除されています。");

    private static SettingsResult Failed(IdentityResult result, UserManager<ApplicationUser> users) =>
        SettingsResult.From(result.Errors.Select(e => IdentityErrorsInJapanese.Translate(e, users.Options.Password)).Distinct().ToList());
}
