using System.Net;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>Security headers, rate limits and lockout (hardening of SPEC "Who uses it").</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var app = new CraftCartAppFactory();
        using var client = LoginClient.Anonymous(app);

        var response = await client.GetAsync("/Account/Login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Repeated_login_attempts_from_one_address_are_rate_limited_with_a_Japanese_problem()
    {
        using var app = new CraftCartAppFactory(extraSettings: new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" });
        using var client = LoginClient.Anonymous(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await LoginClient.PostLoginAsync(client, CraftCartAppFactory.StaffEmail, "wrong-password")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        var limited = await LoginClient.PostLoginAsync(client, CraftCartAppFactory.StaffEmail, CraftCartAppFactory.Password);
        Assert.Contains("リクエストが多すぎます", await limited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_when_the_right_one_follows()
    {
        using var app = new CraftCartAppFactory();
        using var client = LoginClient.Anonymous(app);

        for (var i = 0; i < 5; i++) await LoginClient.PostLoginAsync(client, CraftCartAppFactory.StaffEmail, "wrong-password");
        var right = await LoginClient.PostLoginAsync(client, CraftCartAppFactory.StaffEmail, CraftCartAppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("/Account/Lockout", right.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_storefront_intake_is_rate_limited()
    {
        using var app = new CraftCartAppFactory(extraSettings: new Dictionary<string, string?>
        {
            ["RateLimits:StorefrontPerMinute"] = "2",
            ["Storefront:ApiKey"] = "rate-limit-test-key",
        });
        using var client = LoginClient.Anonymous(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.PostAsync(StorefrontEndpoints.Path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        Assert.Equal((HttpStatusCode)429, statuses[2]);
    }
}

/// <summary>Antiforgery on the forms that post outside the circuit (login, logout).</summary>
public sealed class AntiforgeryTests
{
    private static FormUrlEncodedContent LoginFormWithoutToken() => new(new Dictionary<string, string>
    {
        ["_handler"] = "login",
        ["Input.Email"] = CraftCartAppFactory.StaffEmail,
        ["Input.Password"] = CraftCartAppFactory.Password,
    });

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        using var app = new CraftCartAppFactory();
        using var client = LoginClient.Anonymous(app);

        var response = await client.PostAsync("/Account/Login", LoginFormWithoutToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_logout_post_without_the_antiforgery_token_is_refused_and_the_user_stays_signed_in()
    {
        using var app = new CraftCartAppFactory();
        using var client = await LoginClient.SignedInAsync(app, CraftCartAppFactory.StaffEmail);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
