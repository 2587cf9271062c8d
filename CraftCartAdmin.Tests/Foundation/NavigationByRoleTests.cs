using System.Text.RegularExpressions;
using CraftCartAdmin.Components.Layout;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.Tests.Support;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>SPEC "Who uses it": each role sees exactly the navigation entries it may open, and only those whose page exists.</summary>
[Collection(SeededAppCollection.Name)]
public sealed partial class NavigationByRoleTests(AppFixture app)
{
    // The manual's menu per role, written out independently of NavigationCatalog's policies.
    private static readonly Dictionary<string, string[]> MayOpen = new()
    {
        [Roles.Staff] = ["/", "/orders", "/orders/new", "/invoices/history", "/shipping/tracking-csv"],
        [Roles.ShopOwner] = ["/", "/orders", "/orders/new", "/invoices/history", "/shipping/tracking-csv", "/settings/payment-methods", "/settings/delivery-methods"],
        [Roles.Admin] = ["/", "/orders", "/orders/new", "/invoices/history", "/shipping/tracking-csv", "/settings/payment-methods", "/settings/delivery-methods", "/settings/score", "/system/users", "/system/score-log"],
    };

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.ShopOwner)]
    [InlineData(Roles.Staff)]
    public async Task Each_role_sees_exactly_its_navigation(string role)
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.EmailOf(role));
        var existingPages = NavigationCatalog.RoutesOf(typeof(Program).Assembly);

        var html = await client.GetStringAsync("/");

        var expected = MayOpen[role].Where(existingPages.Contains).ToHashSet();
        Assert.Equal(expected, NavigationHrefs(html).ToHashSet());
        Assert.Contains("/", expected);
    }

    [Fact]
    public async Task Staff_sees_no_settings_entries()
    {
        using var client = await LoginClient.SignedInAsync(app.Factory, CraftCartAppFactory.StaffEmail);

        var nav = NavigationHtml(await client.GetStringAsync("/"));

        Assert.DoesNotContain("基本設定", nav);
        Assert.DoesNotContain("詳細設定", nav);
        Assert.DoesNotContain("システム", nav);
    }

    private static string NavigationHtml(string html)
    {
        var start = html.IndexOf("data-testid=\"nav\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the navigation is rendered");
        // MudNavGroup renders a <nav> of its own inside the menu: find the menu's matching </nav>, not the first one.
        var depth = 1;
        var position = start;
        while (depth > 0)
        {
            var open = html.IndexOf("<nav", position, StringComparison.Ordinal);
            var close = html.IndexOf("</nav>", position, StringComparison.Ordinal);
            if (close < 0) return html[start..];
            if (open >= 0 && open < close) { depth++; position = open + 4; }
            else { depth--; position = close + 6; }
        }
        return html[start..position];
    }

    private static IEnumerable<string> NavigationHrefs(string html) =>
        Href().Matches(NavigationHtml(html)).Select(m => "/" + m.Groups[1].Value.TrimStart('/'));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
