using System.Text;
using CraftCartAdmin.Features.Shipping;

namespace CraftCartAdmin.Tests.Shipping;

/// <summary>Reading 配送伝票番号 CSVs as real tools save them (SPEC H1, "Interfaces": Tracking CSV).</summary>
public sealed class TrackingCsvFileTests
{
    private static Encoding ShiftJis
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("shift_jis");
        }
    }

    [Fact]
    public void H1_a_Shift_JIS_file_as_Excel_saves_it_CRLF_no_BOM_is_read()
    {
        var bytes = ShiftJis.GetBytes("注文番号,配送伝票番号\r\nC00000001,1234-5678-9012\r\nC00000002,123456789013\r\n");
        Assert.NotEqual(0xEF, bytes[0]);

        var file = TrackingCsvFile.Parse(bytes);

        Assert.Null(file.Error);
        Assert.Equal("Shift_JIS", file.EncodingName);
        Assert.Equal([(2, "C00000001", "1234-5678-9012"), (3, "C00000002", "123456789013")],
            file.Lines.Select(l => (l.LineNumber, l.OrderNumber, l.TrackingNumber)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void H1_a_UTF8_file_with_or_without_BOM_is_read(bool bom)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes("注文番号,配送伝票番号\nC00000001,123456789012\n")).ToArray();

        var file = TrackingCsvFile.Parse(bytes);

        Assert.Null(file.Error);
        Assert.Equal(bom ? "UTF-8（BOM付き）" : "UTF-8", file.EncodingName);
        Assert.Equal("C00000001", Assert.Single(file.Lines).OrderNumber);
    }

    [Fact]
    public void H1_the_downloadable_template_is_itself_a_valid_file()
    {
        var template = Path.Combine(AppContext.BaseDirectory, "../../../../wwwroot-assets/templates/tracking-numbers.csv");

        var file = TrackingCsvFile.Parse(File.ReadAllBytes(template));

        Assert.Null(file.Error);
        Assert.Single(file.Lines);
    }

    [Fact]
    public void H1_full_width_digits_and_hyphens_are_kept_raw_here_and_normalised_when_judged()
    {
        var bytes = ShiftJis.GetBytes("注文番号,配送伝票番号\r\nC00000001,１２３４－５６７８－９０１２\r\n,,\r\n");

        var line = Assert.Single(TrackingCsvFile.Parse(bytes).Lines);

        Assert.Equal("１２３４－５６７８－９０１２", line.TrackingNumber);
        Assert.Equal("1234-5678-9012", CraftCartAdmin.Domain.Shipping.TrackingNumber.Normalize(line.TrackingNumber));
    }

    /// <summary>
    /// The rows carry only a name: xunit serialises theory data at discovery, and a 10 MB byte[] row
    /// costs gigabytes of memory there.
    /// </summary>
    public static TheoryData<string, string> BrokenFiles() => new()
    {
        { "wrong header", "1行目（見出し）は「注文番号,配送伝票番号」" },
        { "header only", "データ行がありません" },
        { "binary", "CSVファイルとして読み取れません" },
        { "empty", "ファイルが空です" },
        { "10 MB", "ファイルが大きすぎます" },
    };

    public static byte[] BrokenFile(string kind) => kind switch
    {
        "wrong header" => Encoding.UTF8.GetBytes("order,tracking\r\nC1,123\r\n"),
        "header only" => Encoding.UTF8.GetBytes("注文番号,配送伝票番号\r\n"),
        "binary" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE],
        "empty" => [],
        "10 MB" => Enumerable.Repeat((byte)'1', 10 * 1024 * 1024).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void H1_a_broken_file_is_refused_with_a_clear_message(string kind, string message)
    {
        var file = TrackingCsvFile.Parse(BrokenFile(kind));

        Assert.Contains(message, file.Error);
        Assert.Empty(file.Lines);
    }
}
