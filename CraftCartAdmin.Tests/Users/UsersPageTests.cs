using System.Security.Claims;
using Bunit;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Features.Users;
using CraftCartAdmin.Tests.Settings;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CraftCartAdmin.Tests.Users;

/// <summary>システム＞ユーザー as the signed-in 管理者 sees it.</summary>
public sealed class UsersPageTests : MudTestContext, IClassFixture<FreshShop>
{
    private readonly FreshShop shop;

    public UsersPageTests(FreshShop shop) : base(services => services.AddSingleton(shop.Users()))
    {
        this.shop = shop;
        Render<MudPopoverProvider>();
    }

    private async Task<IRenderedComponent<UsersPage>> RenderAsAdminAsync()
    {
        var admin = (await shop.Users().ListAsync()).Single(u => u.Email == CraftCartAppFactory.AdminEmail);
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, admin.Id), new Claim(ClaimTypes.Name, admin.Email), new Claim(ClaimTypes.Role, Roles.Admin)], "Test"));
        var cut = Render<UsersPage>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
        cut.WaitForElement("[data-testid=users]");
        return cut;
    }

    [Fact]
    public async Task Users_are_listed_with_role_label_and_state_and_the_admin_cannot_lock_themself()
    {
        var staffEmail = FreshShop.Unique("staff") + "@craftcart.example";
        Assert.True((await shop.Users().CreateAsync(new NewUserInput { Email = staffEmail, DisplayName = "発送 スタッフ", Role = Roles.Staff, Password = "Shop-Passw0rd!" })).Succeeded);

        var cut = await RenderAsAdminAsync();

        Assert.Equal("管理者", cut.Control($"[data-testid='role-{CraftCartAppFactory.AdminEmail}']").GetAttribute("value"));
        Assert.Equal("スタッフ", cut.Control($"[data-testid='role-{staffEmail}']").GetAttribute("value"));
        Assert.Contains("有効", cut.Find($"[data-testid='state-{staffEmail}']").TextContent);
        Assert.Empty(cut.FindAll($"[data-testid='lock-{CraftCartAppFactory.AdminEmail}']"));
        Assert.NotEmpty(cut.FindAll($"[data-testid='lock-{staffEmail}']"));
    }

    [Fact]
    public async Task Locking_a_user_shows_locked_and_offers_unlock()
    {
        var email = FreshShop.Unique("lock") + "@craftcart.example";
        Assert.True((await shop.Users().CreateAsync(new NewUserInput { Email = email, DisplayName = "ロック対象", Role = Roles.Staff, Password = "Shop-Passw0rd!" })).Succeeded);
        var cut = await RenderAsAdminAsync();

        cut.Find($"[data-testid='lock-{email}']").Click();

        cut.WaitForAssertion(() => Assert.Contains("ロック中", cut.Find($"[data-testid='state-{email}']").TextContent));
        Assert.NotEmpty(cut.FindAll($"[data-testid='unlock-{email}']"));
    }

    [Fact]
    public async Task Adding_a_user_with_a_weak_password_shows_Identity_errors_in_Japanese()
    {
        var cut = await RenderAsAdminAsync();
        cut.Find("[data-testid=add]").Click();
        cut.Type("#email", FreshShop.Unique("new") + "@craftcart.example");
        cut.Type("#display-name", "新しい スタッフ");
        cut.Type("#initial-password", "password");

        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() =>
        {
            var errors = cut.Find("[data-testid=errors]").TextContent;
            Assert.Contains("パスワードには数字（0–9）を1文字以上含めてください。", errors);
            Assert.Contains("パスワードには英大文字（A–Z）を1文字以上含めてください。", errors);
        });
        Assert.DoesNotContain("password", cut.Find("[data-testid=errors]").TextContent);
    }
}
