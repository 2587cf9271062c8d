using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Features.Invoices;

/// <summary>
/// One スコア後払い請求書一括取得 (SPEC I2): who took which orders' invoice print data when, and the
/// exact file they received, so a later re-download (I3) is the same file byte for byte.
/// </summary>
public sealed class InvoiceBatch
{
    public int Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The user who clicked, as shown in the header (e-mail address).</summary>
    public string CreatedBy { get; set; } = "";
    public int OrderCount { get; set; }
    public CsvEncodingChoice Encoding { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>The CSV exactly as it was downloaded.</summary>
    public byte[] Content { get; set; } = [];
    public List<InvoiceBatchOrder> Orders { get; set; } = [];
}

/// <summary>An order taken in a batch; the unique <see cref="OrderId"/> keeps every order in exactly one batch.</summary>
public sealed class InvoiceBatchOrder
{
    public int BatchId { get; set; }
    public int OrderId { get; set; }
    /// <summary>注文番号 at the time of the batch, for the history without a join.</summary>
    public string OrderNumber { get; set; } = "";
}
