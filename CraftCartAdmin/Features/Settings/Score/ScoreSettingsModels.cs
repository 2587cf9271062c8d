using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Features.Settings.Score;

/// <summary>
/// 詳細設定＞スコア後払い as loaded (SPEC S1). It never carries the ダイレクトパスワード, only whether one is set.
/// </summary>
public sealed record ScoreSettingsView(
    string ShopCode,
    string TerminalId,
    bool PasswordIsSet,
    ContractType ContractType,
    ScorePlan Plan,
    int InvoiceFeeYen,
    CsvEncodingChoice InvoiceCsvEncoding,
    string? BaseUrl,
    string DefaultEndpointLabel)
{
    /// <summary>What the shop talks to: its own URL, or the configured default when none is set.</summary>
    public string EffectiveEndpointLabel => string.IsNullOrWhiteSpace(BaseUrl) ? DefaultEndpointLabel : BaseUrl;
}

/// <summary>The form of 詳細設定＞スコア後払い. <see cref="NewPassword"/> empty keeps the stored password.</summary>
public sealed class ScoreSettingsInput
{
    public string ShopCode { get; set; } = "";
    public string TerminalId { get; set; } = "";
    /// <summary>A replacement ダイレクトパスワード; empty or null keeps the current one.</summary>
    public string? NewPassword { get; set; }
    public ContractType ContractType { get; set; } = ContractType.Separate;
    public ScorePlan Plan { get; set; } = ScorePlan.A;
    public int InvoiceFeeYen { get; set; } = ScoreFeePlans.DefaultInvoiceFeeYen;
    public CsvEncodingChoice InvoiceCsvEncoding { get; set; } = CsvEncodingChoice.ShiftJis;
    /// <summary>API endpoint; empty means the configured default.</summary>
    public string? BaseUrl { get; set; }

    public static ScoreSettingsInput From(ScoreSettingsView view) => new()
    {
        ShopCode = view.ShopCode,
        TerminalId = view.TerminalId,
        ContractType = view.ContractType,
        Plan = view.Plan,
        InvoiceFeeYen = view.InvoiceFeeYen,
        InvoiceCsvEncoding = view.InvoiceCsvEncoding,
        BaseUrl = view.BaseUrl,
    };

    /// <summary>Never print the password, even by accident in a log or an exception message.</summary>
    public override string ToString() => $"ScoreSettingsInput {{ ShopCode = {ShopCode}, TerminalId = {TerminalId}, NewPassword = *** }}";
}

public static class CsvEncodingChoiceText
{
    public static string Label(this CsvEncodingChoice choice) => choice switch
    {
        CsvEncodingChoice.ShiftJis => "Shift_JIS",
        CsvEncodingChoice.Utf8Bom => "UTF-8（BOM付き）",
        _ => choice.ToString(),
    };
}
