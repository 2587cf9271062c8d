using CraftCartAdmin.Tests.Foundation;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC "Who uses it" and S1: only 管理者 sees the SCORE credentials and users; staff sees no settings.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class SettingsAccessTests(AppFixture app)
{
    private const string Denied = "この画面を表示する権限がありません。";

    /// <summary>
    /// A forbidden page is refused before it renders: the server redirects to アクセス拒否 (or, inside the
    /// circuit, the router shows <see cref="Denied"/>). Returns everything the user receives.
    /// </summary>
    private static async Task<string> RefusedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == System.Net.HttpStatusCode.OK)
        {
            Assert.Contains(Denied, body);
            return body;
        }
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        var deniedPage = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains(Denied, deniedPage);
        return body + deniedPage;
    }
    private const string DemoShopCode = "DEMO0001";
    private const string DemoPassword = "sandbox-direct-pass";

    [Theory]
    [InlineData(CraftCartAppFactory.StaffEmail)]
    [InlineData(CraftCartAppFactory.OwnerEmail)]
    public async Task S1_staff_and_shop_owner_get_no_score_settings(string email)
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, email);

        var html = await RefusedAsync(client, "/settings/score");

        Assert.DoesNotContain(DemoShopCode, html);
        Assert.DoesNotContain("接続元ID", html);
        Assert.DoesNotContain(DemoPassword, html);
    }

    [Fact]
    public async Task S1_admin_sees_the_settings_with_the_password_only_as_set()
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.AdminEmail);

        var html = await client.GetStringAsync("/settings/score");

        Assert.DoesNotContain(Denied, html);
        Assert.Contains(DemoShopCode, html);
        Assert.Contains("設定済み", html);
        Assert.Contains("変更する", html);
        Assert.Contains("月額 ¥4,700", html);
        Assert.DoesNotContain(DemoPassword, html);
    }

    [Theory]
    [InlineData("/settings/payment-methods", "クレジットカード")]
    [InlineData("/settings/delivery-methods", "ヤマト運輸")]
    [InlineData("/system/users", CraftCartAppFactory.OwnerEmail)]
    public async Task Staff_gets_no_settings_or_users_page(string path, string contentOfThePage)
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.StaffEmail);

        var html = await RefusedAsync(client, path);

        Assert.DoesNotContain(contentOfThePage, html);
    }

    [Theory]
    [InlineData("/settings/payment-methods", "クレジットカード")]
    [InlineData("/settings/delivery-methods", "ヤマト運輸")]
    public async Task S2_S3_shop_owner_opens_payment_and_delivery_settings(string path, string contentOfThePage)
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.OwnerEmail);

        var html = await client.GetStringAsync(path);

        Assert.DoesNotContain(Denied, html);
        Assert.Contains(contentOfThePage, html);
    }

    [Fact]
    public async Task Shop_owner_gets_no_users_page()
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.OwnerEmail);

        var html = await RefusedAsync(client, "/system/users");

        Assert.DoesNotContain(CraftCartAppFactory.StaffEmail, html);
    }
}
