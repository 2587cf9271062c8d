using System.Reflection;
using System.Security.Claims;
using CraftCartAdmin.Domain.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CraftCartAdmin.Components.Layout;

/// <summary>One entry of the side navigation: the manual's menu, its group and the policy that may open it.</summary>
public sealed record NavigationEntry(string Group, string Title, string Href, string Policy, string Icon);

/// <summary>
/// The navigation of the manual (ホーム; 受注管理; 基本設定; 詳細設定; システム). A user sees an entry only
/// when its page exists in the app's route table and the user's role passes its policy, so a page
/// added later appears in the menu by itself.
/// </summary>
public sealed class NavigationCatalog
{
    public static IReadOnlyList<NavigationEntry> Manual { get; } =
    [
        new("", "ホーム", "/", Policies.Staff, MudBlazor.Icons.Material.Filled.Home),
        new("受注管理", "受注一覧", "/orders", Policies.Staff, MudBlazor.Icons.Material.Filled.ListAlt),
        new("受注管理", "受注登録", "/orders/new", Policies.Staff, MudBlazor.Icons.Material.Filled.AddShoppingCart),
        new("受注管理", "請求書一括取得履歴", "/invoices/history", Policies.Staff, MudBlazor.Icons.Material.Filled.History),
        new("受注管理", "配送伝票番号の登録（CSV）", "/shipping/tracking-csv", Policies.Staff, MudBlazor.Icons.Material.Filled.LocalShipping),
        new("基本設定", "支払方法設定", "/settings/payment-methods", Policies.ShopOwner, MudBlazor.Icons.Material.Filled.Payments),
        new("基本設定", "配送方法・配送料", "/settings/delivery-methods", Policies.ShopOwner, MudBlazor.Icons.Material.Filled.LocalPostOffice),
        new("詳細設定", "スコア後払い", "/settings/score", Policies.Admin, MudBlazor.Icons.Material.Filled.Key),
        new("システム", "ユーザー", "/system/users", Policies.Admin, MudBlazor.Icons.Material.Filled.ManageAccounts),
        new("システム", "SCORE通信ログ", "/system/score-log", Policies.Admin, MudBlazor.Icons.Material.Filled.ReceiptLong),
    ];

    private readonly IReadOnlyList<NavigationEntry> existing;

    public NavigationCatalog() : this(RoutesOf(typeof(NavigationCatalog).Assembly)) { }

    public NavigationCatalog(IReadOnlySet<string> routes) =>
        existing = Manual.Where(e => routes.Contains(e.Href)).ToList();

    /// <summary>Entries whose page exists, in the manual's order.</summary>
    public IReadOnlyList<NavigationEntry> Existing => existing;

    public async Task<IReadOnlyList<NavigationEntry>> VisibleToAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var visible = new List<NavigationEntry>();
        foreach (var entry in existing)
        {
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded) visible.Add(entry);
        }
        return visible;
    }

    /// <summary>Every <c>@page</c> template of the app's routable components.</summary>
    public static IReadOnlySet<string> RoutesOf(Assembly assembly) => assembly.GetExportedTypes()
        .Concat(assembly.GetTypes())
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template.StartsWith('/') ? r.Template : "/" + r.Template)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
