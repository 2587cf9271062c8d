namespace CraftCartAdmin.Score;

/// <summary>The six calls of SCORE-API.md.</summary>
public enum ScoreOperation
{
    /// <summary>注文情報登録 + immediate credit check.</summary>
    Register,
    /// <summary>注文情報修正.</summary>
    Modify,
    /// <summary>与信結果取得.</summary>
    InquireCredit,
    /// <summary>キャンセル登録.</summary>
    Cancel,
    /// <summary>発送情報登録.</summary>
    RegisterShipment,
    /// <summary>請求書印字データ取得 (同梱 only).</summary>
    GetInvoiceData,
}
