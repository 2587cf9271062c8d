namespace CraftCartAdmin.Domain.Orders;

/// <summary>The bundled-invoice marker of SPEC I1; <see cref="None"/> for 別送 contracts and other payment methods.</summary>
public enum InvoiceState
{
    None = 0,
    /// <summary>（未）: the invoice print data has not been taken yet.</summary>
    NotTaken = 1,
    /// <summary>（済）: taken in an invoice batch (SPEC I2).</summary>
    Taken = 2,
}

public static class InvoiceStateText
{
    public static string? Marker(this InvoiceState state) => state switch
    {
        InvoiceState.NotTaken => "スコア後払い（未）請求書",
        InvoiceState.Taken => "スコア後払い（済）請求書",
        _ => null,
    };
}
