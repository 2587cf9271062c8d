namespace CraftCartAdmin.Domain.Identity;

/// <summary>The three roles of SPEC "Who uses it".</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string ShopOwner = "ShopOwner";
    public const string Staff = "Staff";

    public static IReadOnlyList<string> All { get; } = [Admin, ShopOwner, Staff];

    public static string Label(string role) => role switch
    {
        Admin => "管理者",
        ShopOwner => "ショップオーナー",
        Staff => "スタッフ",
        _ => role,
    };
}

/// <summary>
/// Authorization policies named after what they allow. Each role includes the ones below it:
/// 管理者 ⊃ ショップオーナー ⊃ スタッフ.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: 受注一覧, 受注編集, tracking numbers, invoice CSV.</summary>
    public const string Staff = "Staff";
    /// <summary>ショップオーナー and 管理者: payment and delivery settings, dashboard figures.</summary>
    public const string ShopOwner = "ShopOwner";
    /// <summary>管理者 only: SCORE credentials (S1) and users.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyDictionary<string, string[]> RolesFor { get; } = new Dictionary<string, string[]>
    {
        [Staff] = [Roles.Admin, Roles.ShopOwner, Roles.Staff],
        [ShopOwner] = [Roles.Admin, Roles.ShopOwner],
        [Admin] = [Roles.Admin],
    };
}
