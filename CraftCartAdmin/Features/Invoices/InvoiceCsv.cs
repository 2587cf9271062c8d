using System.Globalization;
using System.Text;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CsvHelper;

namespace CraftCartAdmin.Features.Invoices;

/// <summary>One order of an invoice CSV: the cart's 注文番号, SCORE's 取引ID and the print data SCORE returned.</summary>
public sealed record InvoiceCsvRow(string OrderNumber, string ScoreTransactionId, ScoreInvoiceData Data);

/// <summary>An invoice CSV could not be written; <see cref="Exception.Message"/> is for the user, in Japanese.</summary>
public sealed class InvoiceCsvException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The invoice CSV of SPEC I2 ("Interfaces"): one header row, one row per order, CRLF. Columns:
/// 注文番号, スコア取引ID, then every field of SCORE's invoiceDataResult in the order of SCORE-API.md
/// (通信欄1–5 for shopMessage1–5, 予備1–10 for yobi1–10 named after what they carry), then
/// <see cref="MaxGoodsLines"/> groups 商品n名 / 商品n単価 / 商品n数量 for the detail lines, empty when unused.
/// Amounts, prices and quantities are written as numbers, so a negative 割引等 line stays a number;
/// every text cell that starts with = + - @ (or tab / CR) gets a leading ' so a spreadsheet never runs it.
/// </summary>
public static class InvoiceCsv
{
    /// <summary>Detail lines per order: products plus 送料, 決済手数料 and 割引等; an order with more is refused, not cut.</summary>
    public const int MaxGoodsLines = 20;

    // Program.cs registers the code pages too; doing it here keeps the writer usable from tests and benchmarks.
    static InvoiceCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly (string Name, Func<ScoreInvoiceData, string> Value, bool Numeric)[] InvoiceFields =
    [
        ("請求書バーコード", d => d.InvoiceBarCode, false),
        ("請求書番号", d => d.InvoiceCode, false),
        ("購入者氏名", d => d.CustomerName, false),
        ("購入者郵便番号", d => d.CustomerZip, false),
        ("購入者住所1", d => d.CustomerAddress1, false),
        ("購入者住所2", d => d.CustomerAddress2, false),
        ("購入者住所3", d => d.CustomerAddress3, false),
        ("加盟店郵便番号", d => d.ShopZip, false),
        ("加盟店住所1", d => d.ShopAddress1, false),
        ("加盟店住所2", d => d.ShopAddress2, false),
        ("加盟店住所3", d => d.ShopAddress3, false),
        ("加盟店電話番号", d => d.ShopTel, false),
        ("請求金額", d => d.BilledAmount, true),
        ("消費税額", d => d.Tax, true),
        ("支払期限日", d => d.TimeOfReceipts, false),
        ("請求書発行日", d => d.InvoiceStartDate, false),
        ("請求書タイトル", d => d.InvoiceTitle, false),
        ("注文日", d => d.ShopOrderDate, false),
        ("請求書記載の取引ID", d => d.NissenTransactionId, false),
        ("請求書記載の注文番号", d => d.ShopTransactionId1, false),
        .. Enumerable.Range(0, 5).Select(i => ($"通信欄{i + 1}", (Func<ScoreInvoiceData, string>)(d => At(d.ShopMessages, i)), false)),
        .. YobiNames.Select((name, i) => (name, (Func<ScoreInvoiceData, string>)(d => At(d.Yobi, i)), false)),
    ];

    private static string[] YobiNames =>
    [
        "予備1（請求書様式）", "予備2（郵便振替口座番号）", "予備3（郵便振替口座名義）", "予備4（OCR-B上段）",
        "予備5（OCR-B下段）", "予備6（払込人住所）", "予備7（Xマーク）", "予備8", "予備9", "予備10",
    ];

    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "注文番号", "スコア取引ID",
        .. InvoiceFields.Select(f => f.Name),
        .. Enumerable.Range(1, MaxGoodsLines).SelectMany(n => new[] { $"商品{n}名", $"商品{n}単価", $"商品{n}数量" }),
    ];

    public static Encoding EncodingOf(CsvEncodingChoice choice) => choice switch
    {
        // An invoice is a payment slip: a character Shift_JIS cannot hold must stop the export, not print as '?'.
        CsvEncodingChoice.ShiftJis => Encoding.GetEncoding("shift_jis", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        CsvEncodingChoice.Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
    };

    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>
    /// Writes the whole CSV. <paramref name="rows"/> is enumerated once while writing, so a lazy sequence can build
    /// each row just before it is written and let it go right after; it is enumerated a second time only when a
    /// character the encoding cannot hold has to be traced to its order.
    /// </summary>
    /// <exception cref="InvoiceCsvException">when a row has too many detail lines or a character the encoding cannot hold.</exception>
    public static byte[] Write(IEnumerable<InvoiceCsvRow> rows, CsvEncodingChoice encoding)
    {
        var output = new MemoryStream((rows.TryGetNonEnumeratedCount(out var count) ? count : 0) * 1024 + 4096);
        try
        {
            if (encoding == CsvEncodingChoice.Utf8Bom)
            {
                using var csv = CsvWriter.Create(output, Options with { WriteByteOrderMark = true }, leaveOpen: true);
                WriteAll(csv, rows);
            }
            else
            {
                using var text = new StreamWriter(output, EncodingOf(encoding), bufferSize: 65536, leaveOpen: true);
                using var csv = CsvWriter.Create(text, Options, leaveOpen: true);
                WriteAll(csv, rows);
            }
        }
        catch (EncoderFallbackException e)
        {
            var culprit = rows.FirstOrDefault(r => !FitsShiftJis(r));
            throw new InvoiceCsvException(
                $"注文番号 {culprit?.OrderNumber ?? "（不明）"} の請求書データに Shift_JIS で表せない文字（{e.CharUnknown}）があります。" +
                "詳細設定＞スコア後払いで請求書CSVの文字コードを「UTF-8（BOM付き）」に変更してから、もう一度取得してください。", e);
        }
        return output.ToArray();
    }

    private static void WriteAll(CsvWriter csv, IEnumerable<InvoiceCsvRow> rows)
    {
        csv.WriteHeader([.. Header]);
        foreach (var row in rows)
        {
            if (row.Data.GoodsDetails.Count > MaxGoodsLines)
                throw new InvoiceCsvException(
                    $"注文番号 {row.OrderNumber} の明細が{row.Data.GoodsDetails.Count}行あり、請求書CSVの上限（{MaxGoodsLines}行）を超えています。");
            csv.WriteField(row.OrderNumber);
            csv.WriteField(row.ScoreTransactionId);
            foreach (var (_, value, numeric) in InvoiceFields) WriteValue(csv, value(row.Data), numeric);
            for (var i = 0; i < MaxGoodsLines; i++)
            {
                var line = i < row.Data.GoodsDetails.Count ? row.Data.GoodsDetails[i] : null;
                csv.WriteField(line?.GoodsName ?? "");
                WriteValue(csv, line?.GoodsPrice ?? "", numeric: true);
                WriteValue(csv, line?.GoodsNum ?? "", numeric: true);
            }
            csv.EndRecord();
        }
    }

    /// <summary>Writes an amount as a number when SCORE sent a plain integer, so "-500" is not mistaken for a formula.</summary>
    private static void WriteValue(CsvWriter csv, string value, bool numeric)
    {
        if (numeric && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == value)
            csv.WriteField(number);
        else
            csv.WriteField(value);
    }

    private static string At(IReadOnlyList<string> values, int index) => index < values.Count ? values[index] : "";

    private static bool FitsShiftJis(InvoiceCsvRow row)
    {
        var sjis = EncodingOf(CsvEncodingChoice.ShiftJis);
        try
        {
            sjis.GetByteCount(row.OrderNumber + row.ScoreTransactionId + string.Concat(InvoiceFields.Select(f => f.Value(row.Data)))
                              + string.Concat(row.Data.GoodsDetails.Select(g => g.GoodsName + g.GoodsPrice + g.GoodsNum)));
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
