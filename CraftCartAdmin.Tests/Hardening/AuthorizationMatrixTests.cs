using System.Net;
using System.Text.RegularExpressions;
using CraftCartAdmin.Components.Layout;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Tests.Foundation;
using CraftCartAdmin.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// SPEC "Who uses it" across the whole app: every routable page and every endpoint, taken from the
/// app's own route tables, against the intended access written out here. A new page or endpoint
/// that is not in these tables fails the test until someone decides who may open it.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class AuthorizationMatrixTests(AppFixture app)
{
    private const string Public = "public";
    private const string Anonymous = "anonymous";

    /// <summary>Who may open each page: the lowest role, or public.</summary>
    private static readonly Dictionary<string, string> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = Roles.Staff,
        ["/orders"] = Roles.Staff,
        ["/orders/new"] = Roles.Staff,
        ["/orders/{id:int}"] = Roles.Staff,
        ["/orders/{id:int}/delivery-slip"] = Roles.Staff,
        ["/shipping/tracking-csv"] = Roles.Staff,
        ["/invoices/history"] = Roles.Staff,
        ["/settings/payment-methods"] = Roles.ShopOwner,
        ["/settings/delivery-methods"] = Roles.ShopOwner,
        ["/settings/score"] = Roles.Admin,
        ["/system/users"] = Roles.Admin,
        ["/system/score-log"] = Roles.Admin,
        ["/Account/Login"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Error"] = Public,
        ["/not-found"] = Public,
    };

    /// <summary>Endpoints that are not pages: who may call them. Anonymous ones authenticate otherwise (API key, SCORE credentials in the body) or are harmless.</summary>
    private static readonly Dictionary<string, string> Endpoints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/healthz"] = Anonymous,
        ["/api/storefront/orders"] = Anonymous,
        ["/Account/Logout"] = Roles.Staff,
        ["/score-sandbox/direct/{operation}"] = Anonymous,
        // The sandbox's control surface checks "loopback caller or 管理者" itself (ScoreSandbox tests cover a remote caller).
        ["/score-sandbox/control/transactions"] = Anonymous,
        ["/score-sandbox/control/transactions/{shopTransactionId}"] = Anonymous,
        ["/score-sandbox/control/transactions/{shopTransactionId}/edited-outside"] = Anonymous,
        ["/score-sandbox/control/transactions/{shopTransactionId}/paid"] = Anonymous,
        ["/score-sandbox/control/faults"] = Anonymous,
        // Blazor's own endpoints: the circuit hub follows the fallback policy (login required).
        ["/_blazor"] = Roles.Staff,
        ["/_blazor/negotiate"] = Roles.Staff,
        ["/_blazor/disconnect/"] = Roles.Staff,
        ["/_blazor/initializers/"] = Roles.Staff,
        ["/_framework/opaque-redirect"] = Roles.Staff,
        ["/{**path:file}"] = Roles.Staff, // files outside the static-asset manifest follow the fallback policy
        ["/invoices/export"] = Roles.Staff,
        ["/invoices/{id:long}/download"] = Roles.Staff,
        ["/invoices/{id}/download"] = Roles.Staff,
    };

    private static readonly string[] RolesLowToHigh = [Roles.Staff, Roles.ShopOwner, Roles.Admin];

    [Fact]
    public void Every_routable_page_has_an_intended_access()
    {
        var routes = NavigationCatalog.RoutesOf(typeof(Program).Assembly);

        Assert.DoesNotContain(routes, r => !Pages.ContainsKey(r));
    }

    [Fact]
    public void Every_endpoint_has_an_intended_access_and_only_the_listed_ones_allow_anonymous_callers()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
            .Where(e => !IsStaticAsset(e))
            .ToList();

        var unknown = endpoints.Select(e => Route(e)).Where(r => !Endpoints.ContainsKey(r)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "endpoints without an intended access: " + string.Join(", ", unknown));
        foreach (var endpoint in endpoints)
        {
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(allowsAnonymous == (Endpoints[Route(endpoint)] == Anonymous), $"{Route(endpoint)} allows anonymous: {allowsAnonymous}");
        }
    }

    public static TheoryData<string, string> PagesByCaller()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages.Keys.Where(p => NavigationCatalog.RoutesOf(typeof(Program).Assembly).Contains(p)))
            foreach (var caller in new[] { Anonymous, Roles.Staff, Roles.ShopOwner, Roles.Admin })
                data.Add(page, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesByCaller))]
    public async Task Each_page_answers_each_role_as_intended(string page, string caller)
    {
        using var client = caller == Anonymous ? LoginClient.Anonymous(app.Factory)
            : await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.EmailOf(caller));
        var path = Regex.Replace(page, "\\{[^}]+\\}", "1");

        var response = await client.GetAsync(path);
        var html = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "";

        var intended = Pages[page];
        var allowed = intended == Public || (caller != Anonymous && Array.IndexOf(RolesLowToHigh, caller) >= Array.IndexOf(RolesLowToHigh, intended));
        if (allowed)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} as {caller}: {response.StatusCode}");
            if (intended != Public) Assert.DoesNotContain("この画面を表示する権限がありません", html);
        }
        else if (caller == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
        else
        {
            var refused = response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden
                          || html.Contains("この画面を表示する権限がありません");
            Assert.True(refused, $"{path} as {caller} was served: {response.StatusCode}");
        }
    }

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.DisplayName?.Contains("static", StringComparison.OrdinalIgnoreCase) == true
        || endpoint.RoutePattern.RawText?.Contains('.') == true && !endpoint.RoutePattern.RawText.StartsWith("score-sandbox", StringComparison.Ordinal)
        || endpoint.RoutePattern.RawText?.StartsWith("_") == true;
}
