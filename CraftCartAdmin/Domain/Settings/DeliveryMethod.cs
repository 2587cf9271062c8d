namespace CraftCartAdmin.Domain.Settings;

/// <summary>配送方法 (SPEC S3): its fee, its 運送会社 from SCORE's carrier table, the payment methods it accepts.</summary>
public sealed class DeliveryMethod
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>送料 in yen, tax included.</summary>
    public int Fee { get; set; }
    /// <summary>SCORE's pdcompanycode; null when no carrier is set (then スコア後払い cannot be accepted).</summary>
    public int? CarrierCode { get; set; }
    public int SortOrder { get; set; }
    public List<PaymentMethod> PaymentMethods { get; set; } = [];

    public Carrier? Carrier => CarrierCode is { } code ? Carriers.Find(code) : null;

    /// <summary>配送方法 as the manual shows it, e.g. 宅急便 (ヤマト運輸).</summary>
    public string DisplayName => Carrier is { } c ? $"{Name} ({c.Name})" : Name;
}
