namespace CraftCartAdmin.Domain.Settings;

/// <summary>The shop's single settings row, including 詳細設定＞スコア後払い (SPEC S1).</summary>
public sealed class ShopSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string ShopName { get; set; } = "";

    /// <summary>加盟店ID.</summary>
    public string? ScoreShopCode { get; set; }
    /// <summary>接続元ID.</summary>
    public string? ScoreTerminalId { get; set; }
    /// <summary>ダイレクトパスワード, encrypted with ASP.NET Core Data Protection; never the plain text.</summary>
    public string? ScorePasswordProtected { get; set; }
    public ContractType ContractType { get; set; } = ContractType.Separate;
    public ScorePlan Plan { get; set; } = ScorePlan.A;
    /// <summary>The SCORE API base URL; null means the configured default (<c>Score:BaseUrl</c>).</summary>
    public string? ScoreBaseUrl { get; set; }
    /// <summary>請求書発行手数料 per invoice, yen; editable because 同梱 pricing is quoted separately.</summary>
    public int InvoiceFeeYen { get; set; } = 187;
    public CsvEncodingChoice InvoiceCsvEncoding { get; set; } = CsvEncodingChoice.ShiftJis;

    public bool IsScoreConfigured =>
        !string.IsNullOrEmpty(ScoreShopCode) && !string.IsNullOrEmpty(ScoreTerminalId)
        && !string.IsNullOrEmpty(ScorePasswordProtected);
}
