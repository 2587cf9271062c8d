using System.Net;
using CraftCartAdmin.Components.Layout;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>SPEC "Who uses it": every page and endpoint requires login; no self-registration.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class AuthenticationTests(AppFixture app)
{
    private static readonly string[] PublicPages = ["/Account/Login", "/Account/Lockout", "/Account/AccessDenied", "/Error", "/not-found"];

    public static TheoryData<string> ProtectedPages()
    {
        var data = new TheoryData<string>();
        foreach (var route in NavigationCatalog.RoutesOf(typeof(Program).Assembly).Order())
        {
            if (PublicPages.Contains(route, StringComparer.OrdinalIgnoreCase)) continue;
            data.Add(System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]+\\}", "1"));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_request_to_a_page_redirects_to_login(string path)
    {
        using var client = LoginClient.Anonymous(app.Factory);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Health_answers_without_login_when_the_database_is_reachable()
    {
        using var client = LoginClient.Anonymous(app.Factory);

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_Japanese()
    {
        using var client = LoginClient.Anonymous(app.Factory);

        var response = await LoginClient.PostLoginAsync(client, CraftCartAppFactory.StaffEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task There_is_no_self_registration_page()
    {
        using var client = LoginClient.Anonymous(app.Factory);

        var response = await client.GetAsync("/Account/Register");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/Account/Register", NavigationCatalog.RoutesOf(typeof(Program).Assembly));
    }

    [Fact]
    public async Task Signed_in_user_reaches_home()
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.StaffEmail);

        var html = await client.GetStringAsync("/");

        Assert.Contains("ホーム", html);
        Assert.Contains(CraftCartAppFactory.StaffEmail, html);
    }
}
