namespace CraftCartAdmin.Domain.Settings;

/// <summary>運送会社 with SCORE's pdcompanycode.</summary>
public sealed record Carrier(int Code, string Name);

/// <summary>SCORE's carrier table (SCORE-API.md "Carrier codes").</summary>
public static class Carriers
{
    public static IReadOnlyList<Carrier> All { get; } =
    [
        new(11, "佐川急便"), new(12, "ヤマト運輸"), new(13, "日本通運"), new(14, "西濃運輸"),
        new(15, "郵便書留"), new(16, "ゆうパック"), new(17, "セイノースーパーエクスプレス"),
        new(18, "福山通運"), new(20, "新潟運輸"), new(21, "名鉄運輸"), new(23, "信州名鉄運輸"),
        new(26, "トールエクスプレスジャパン"), new(27, "エコ配"), new(28, "翌朝10時郵便"),
        new(29, "トナミ運輸"), new(99, "その他"),
    ];

    public static Carrier? Find(int code) => All.FirstOrDefault(c => c.Code == code);
}
