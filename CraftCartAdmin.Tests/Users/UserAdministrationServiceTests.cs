using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Features.Users;
using CraftCartAdmin.Tests.Settings;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Users;

/// <summary>システム＞ユーザー: adding users, roles, passwords and locks, with Identity's rules in Japanese.</summary>
public sealed class UserAdministrationServiceTests(FreshShop shop) : IClassFixture<FreshShop>
{
    private const string GoodPassword = "Shop-Passw0rd!";

    private async Task<UserRow> AddAsync(string role, string? email = null)
    {
        email ??= FreshShop.Unique("user") + "@craftcart.example";
        var result = await shop.Users().CreateAsync(new NewUserInput { Email = email, DisplayName = "追加 ユーザー", Role = role, Password = GoodPassword });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return (await shop.Users().ListAsync()).Single(u => u.Email == email);
    }

    [Fact]
    public async Task Added_user_is_listed_with_the_role_label_and_can_sign_in_with_the_initial_password()
    {
        var user = await AddAsync(Roles.ShopOwner);

        Assert.Equal(("ショップオーナー", false), (user.RoleLabel, user.IsLockedOut));
        using var client = await LoginClient.SignedInAsync(shop.Factory, user.Email, GoodPassword);
        Assert.Contains("ショップオーナー", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Weak_password_and_duplicate_email_are_refused_in_Japanese()
    {
        var existing = await AddAsync(Roles.Staff);

        var weak = await shop.Users().CreateAsync(new NewUserInput { Email = FreshShop.Unique("w") + "@craftcart.example", DisplayName = "弱い", Role = Roles.Staff, Password = "abc" });
        var duplicate = await shop.Users().CreateAsync(new NewUserInput { Email = existing.Email, DisplayName = "重複", Role = Roles.Staff, Password = GoodPassword });

        Assert.Contains("パスワードは6文字以上にしてください。", weak.Errors);
        Assert.Contains("パスワードには数字（0–9）を1文字以上含めてください。", weak.Errors);
        Assert.Contains("パスワードには英大文字（A–Z）を1文字以上含めてください。", weak.Errors);
        Assert.Equal(["このメールアドレスは既に登録されています。"], duplicate.Errors);
    }

    [Fact]
    public async Task Role_change_replaces_the_role()
    {
        var user = await AddAsync(Roles.Staff);

        Assert.True((await shop.Users().ChangeRoleAsync(user.Id, Roles.ShopOwner)).Succeeded);

        Assert.Equal(Roles.ShopOwner, (await shop.Users().ListAsync()).Single(u => u.Id == user.Id).Role);
    }

    [Fact]
    public async Task Password_reset_sets_the_new_password_and_refuses_a_weak_one()
    {
        var user = await AddAsync(Roles.Staff);

        var weak = await shop.Users().ResetPasswordAsync(user.Id, "short");
        var reset = await shop.Users().ResetPasswordAsync(user.Id, "Brand-New-Pass1");

        Assert.Contains("パスワードは6文字以上にしてください。", weak.Errors);
        Assert.True(reset.Succeeded);
        await using var scope = shop.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(user.Id))!, "Brand-New-Pass1"));
    }

    [Fact]
    public async Task Locked_user_cannot_sign_in_until_unlocked()
    {
        var admin = (await shop.Users().ListAsync()).Single(u => u.Email == CraftCartAppFactory.AdminEmail);
        var user = await AddAsync(Roles.Staff);

        Assert.True((await shop.Users().LockAsync(user.Id, admin.Id)).Succeeded);
        var whileLocked = await LoginClient.PostLoginAsync(LoginClient.Anonymous(shop.Factory), user.Email, GoodPassword);
        Assert.True((await shop.Users().ListAsync()).Single(u => u.Id == user.Id).IsLockedOut);
        Assert.True((await shop.Users().UnlockAsync(user.Id)).Succeeded);

        Assert.Contains("Account/Lockout", whileLocked.Headers.Location?.OriginalString);
        Assert.False((await shop.Users().ListAsync()).Single(u => u.Id == user.Id).IsLockedOut);
        using var client = await LoginClient.SignedInAsync(shop.Factory, user.Email, GoodPassword);
    }

    [Fact]
    public async Task An_admin_cannot_lock_themself()
    {
        var admin = await AddAsync(Roles.Admin);

        var result = await shop.Users().LockAsync(admin.Id, admin.Id);

        Assert.Equal([UserAdministrationService.SelfLockRefusal], result.Errors);
        Assert.False((await shop.Users().ListAsync()).Single(u => u.Id == admin.Id).IsLockedOut);
    }
}

/// <summary>The shop never loses its last usable 管理者. Each test has its own shop, whose only admin is the seeded one.</summary>
public sealed class LastAdminTests : IDisposable
{
    private readonly FreshShop shop = new();

    [Fact]
    public async Task The_last_unlocked_admin_keeps_the_role_and_cannot_be_locked()
    {
        var admin = (await shop.Users().ListAsync()).Single(u => u.Role == Roles.Admin);
        Assert.True((await shop.Users().CreateAsync(new NewUserInput { Email = "owner2@craftcart.example", DisplayName = "店長", Role = Roles.ShopOwner, Password = "Shop-Passw0rd!" })).Succeeded);
        var owner = (await shop.Users().ListAsync()).Single(u => u.Email == "owner2@craftcart.example");

        var demote = await shop.Users().ChangeRoleAsync(admin.Id, Roles.Staff);
        var locked = await shop.Users().LockAsync(admin.Id, owner.Id);

        Assert.Equal([UserAdministrationService.LastAdminRefusal], demote.Errors);
        Assert.Equal([UserAdministrationService.LastAdminRefusal], locked.Errors);
        var after = (await shop.Users().ListAsync()).Single(u => u.Id == admin.Id);
        Assert.Equal((Roles.Admin, false), (after.Role, after.IsLockedOut));
    }

    [Fact]
    public async Task With_a_second_admin_one_may_be_locked_but_then_the_other_is_the_last()
    {
        var first = (await shop.Users().ListAsync()).Single(u => u.Role == Roles.Admin);
        Assert.True((await shop.Users().CreateAsync(new NewUserInput { Email = "admin2@craftcart.example", DisplayName = "管理者2", Role = Roles.Admin, Password = "Shop-Passw0rd!" })).Succeeded);
        var second = (await shop.Users().ListAsync()).Single(u => u.Email == "admin2@craftcart.example");

        var lockSecond = await shop.Users().LockAsync(second.Id, first.Id);
        var demoteFirst = await shop.Users().ChangeRoleAsync(first.Id, Roles.ShopOwner);

        Assert.True(lockSecond.Succeeded);
        Assert.Equal([UserAdministrationService.LastAdminRefusal], demoteFirst.Errors);
    }

    public void Dispose() => shop.Dispose();
}
