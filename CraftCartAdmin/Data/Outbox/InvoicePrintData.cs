using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CraftCartAdmin.Data.Outbox;

/// <summary>
/// 請求書印字データ as SCORE returned it for a 同梱 order (SPEC I2), kept so the invoice CSV never
/// depends on SCORE being reachable at the click. <see cref="Json"/> is the serialised invoice record.
/// </summary>
public sealed class InvoicePrintData
{
    /// <summary>
    /// How <see cref="Json"/> is written: Japanese kept as characters rather than \uXXXX escapes, which makes
    /// the stored text about a fifth smaller and an export of thousands of orders markedly faster to parse.
    /// HTML-sensitive characters stay escaped. Rows written before with the default escaping read the same.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public int OrderId { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public string Json { get; set; } = "";
}
