namespace CraftCartAdmin.Domain.Settings;

/// <summary>支払方法 (SPEC S2). <see cref="IsSystem"/> marks スコア後払い, which cannot be deleted.</summary>
public sealed class PaymentMethod
{
    /// <summary>The code of the system method スコア後払い, as the storefront sends it.</summary>
    public const string ScoreCode = "score";

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>決済手数料 in yen, tax included.</summary>
    public int Fee { get; set; }
    public bool IsSystem { get; set; }
    public int SortOrder { get; set; }
    public List<DeliveryMethod> DeliveryMethods { get; set; } = [];

    public bool IsScore => Code == ScoreCode;
}
