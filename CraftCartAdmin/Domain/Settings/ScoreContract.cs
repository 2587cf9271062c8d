namespace CraftCartAdmin.Domain.Settings;

/// <summary>契約タイプ: how the invoice reaches the buyer. Sent to SCORE as paymentType.</summary>
public enum ContractType
{
    /// <summary>別送: SCORE mails the invoice (paymentType 2).</summary>
    Separate = 2,
    /// <summary>同梱: the shop puts the invoice in the parcel (paymentType 3).</summary>
    Bundled = 3,
}

/// <summary>SCORE's fee plans A–D (SPEC S4).</summary>
public enum ScorePlan { A, B, C, D }

public enum CsvEncodingChoice
{
    /// <summary>Shift_JIS, what Excel in Japan opens by default.</summary>
    ShiftJis = 0,
    Utf8Bom = 1,
}

public static class ScoreContractText
{
    public static string Label(this ContractType type) => type switch
    {
        ContractType.Separate => "別送",
        ContractType.Bundled => "同梱",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
