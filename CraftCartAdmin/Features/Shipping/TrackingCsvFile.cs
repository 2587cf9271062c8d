using System.Text;
using CsvHelper;

namespace CraftCartAdmin.Features.Shipping;

/// <summary>A line of the file as written, before it is judged.</summary>
public sealed record TrackingCsvRawLine(int LineNumber, string OrderNumber, string TrackingNumber, int FieldCount);

/// <summary>
/// Reads a 配送伝票番号 CSV as Excel and other tools save it: UTF-8 with or without BOM or Shift_JIS,
/// detected from the bytes (a strict UTF-8 decode first, Shift_JIS otherwise), CRLF or LF, header
/// <c>注文番号,配送伝票番号</c>. Every refusal is a Japanese sentence for the user.
/// </summary>
public static class TrackingCsvFile
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public static readonly string[] Header = ["注文番号", "配送伝票番号"];

    static TrackingCsvFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Result(IReadOnlyList<TrackingCsvRawLine> Lines, string? Error, string? EncodingName);

    public static async Task<Result> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return Refuse($"ファイルが大きすぎます。{MaxBytes / 1024 / 1024} MB 以下のCSVファイルを指定してください。");
            buffer.Write(chunk, 0, read);
        }
        return Parse(buffer.ToArray());
    }

    public static Result Parse(byte[] bytes)
    {
        if (bytes.Length > MaxBytes) return Refuse($"ファイルが大きすぎます。{MaxBytes / 1024 / 1024} MB 以下のCSVファイルを指定してください。");
        if (bytes.Length == 0) return Refuse("ファイルが空です。テンプレートをダウンロードして、注文番号と配送伝票番号を入力してください。");
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return Refuse("CSVファイルとして読み取れません（文字以外のデータが含まれています）。Excel で「CSV（コンマ区切り）」として保存したファイルを指定してください。");

        var (text, encodingName) = Decode(bytes);
        if (text is null) return Refuse("文字コードを判別できません。Shift_JIS または UTF-8 で保存したCSVファイルを指定してください。");
        if (string.IsNullOrWhiteSpace(text)) return Refuse("ファイルが空です。テンプレートをダウンロードして、注文番号と配送伝票番号を入力してください。");

        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        var lines = new List<TrackingCsvRawLine>();
        try
        {
            using var csv = CsvReader.FromText(text, options);
            csv.ReadHeader();
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (!header.SequenceEqual(Header))
                return Refuse($"1行目（見出し）は「{string.Join(",", Header)}」にしてください。読み取った見出し：「{string.Join(",", header)}」");
            while (csv.Read())
            {
                var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray();
                if (fields.All(string.IsNullOrWhiteSpace)) continue; // Excel leaves ",," rows after the data
                lines.Add(new TrackingCsvRawLine((int)csv.LineNumber, fields[0].Trim(), fields.Length > 1 ? fields[1] : "", fields.Length));
            }
        }
        catch (CsvFormatException e)
        {
            return Refuse($"CSVの形式が正しくありません（{e.LineNumber}行目付近）。");
        }
        if (lines.Count == 0) return new([], "データ行がありません。2行目以降に注文番号と配送伝票番号を入力してください。", encodingName);
        return new(lines, null, encodingName);
    }

    private static (string? Text, string Name) Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            try { return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), "UTF-8（BOM付き）"); }
            catch (DecoderFallbackException) { return (null, ""); }
        }
        try { return (StrictUtf8.GetString(bytes), "UTF-8"); }
        catch (DecoderFallbackException) { /* not UTF-8: Excel in Japan saves Shift_JIS */ }
        try
        {
            var sjis = Encoding.GetEncoding("shift_jis", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (sjis.GetString(bytes), "Shift_JIS");
        }
        catch (DecoderFallbackException) { return (null, ""); }
    }

    private static Result Refuse(string error) => new([], error, null);
}
