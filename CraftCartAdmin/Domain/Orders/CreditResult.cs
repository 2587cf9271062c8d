namespace CraftCartAdmin.Domain.Orders;

/// <summary>与信結果 as SCORE reports it. <see cref="None"/>: not (yet) registered with SCORE.</summary>
public enum CreditResult
{
    None = 0,
    Ok = 1,
    Ng = 2,
    /// <summary>HOLD: under manual review (審査中); asked about again at the poll times (SPEC O4).</summary>
    Hold = 3,
    /// <summary>保留: the merchant must act, e.g. fix the address.</summary>
    Pending = 4,
}

public static class CreditResultText
{
    /// <summary>The word shown after 「与信：」 in the order grid and edit page.</summary>
    public static string Label(this CreditResult result) => result switch
    {
        CreditResult.None => "未登録",
        CreditResult.Ok => "OK",
        CreditResult.Ng => "NG",
        CreditResult.Hold => "HOLD",
        CreditResult.Pending => "保留",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };
}
