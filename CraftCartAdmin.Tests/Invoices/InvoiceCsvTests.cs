using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Invoices;
using CraftCartAdmin.Score;

namespace CraftCartAdmin.Tests.Invoices;

/// <summary>The invoice CSV layout of SPEC I2 ("Interfaces"): encodings, round trip, formula neutralisation.</summary>
public sealed class InvoiceCsvTests
{
    static InvoiceCsvTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static ScoreInvoiceData Sample(string name = "山田 太郎", string goodsName = "手作り石鹸") => new()
    {
        InvoiceBarCode = "91234567890123456789", InvoiceCode = "INV-0001", CustomerName = name, CustomerZip = "150-0001",
        CustomerAddress1 = "東京都", CustomerAddress2 = "渋谷区", CustomerAddress3 = "神宮前1-2-3", ShopZip = "060-0001",
        ShopAddress1 = "北海道", ShopAddress2 = "札幌市中央区", ShopAddress3 = "北一条西1丁目", ShopTel = "011-123-4567",
        BilledAmount = "3530", Tax = "320", TimeOfReceipts = "2026/12/18", InvoiceStartDate = "2026/12/04", InvoiceTitle = "ご請求書",
        ShopOrderDate = "2026/12/04", NissenTransactionId = "12345678901", ShopTransactionId1 = "C00001234",
        ShopMessages = ["お買い上げありがとうございます。", "", "", "", "手作り工房より"],
        Yobi = ["A4", "00120-3-456789", "スコア", "OCRUPPER", "OCRLOWER", "東京都渋谷区", "X", "", "", ""],
        GoodsDetails = [new(goodsName, "1200", "2"), new("送料", "800", "1"), new("決済手数料", "330", "1"), new("割引等", "-100", "1")],
    };

    [Theory]
    [InlineData(CsvEncodingChoice.ShiftJis)]
    [InlineData(CsvEncodingChoice.Utf8Bom)]
    public void I2_the_csv_read_back_with_its_encoding_equals_the_print_data(CsvEncodingChoice encoding)
    {
        var data = Sample();
        var bytes = InvoiceCsv.Write([new InvoiceCsvRow("C00001234", "12345678901", data)], encoding);

        var (header, rows) = InvoiceCsvReader.Read(bytes, encoding);

        Assert.Equal(["注文番号", "スコア取引ID"], header[..2]);
        Assert.Equal(InvoiceCsv.Header, header);
        var row = Assert.Single(rows);
        AssertRowEquals("C00001234", "12345678901", data, row);
    }

    [Fact]
    public void I2_shift_jis_is_what_Excel_opens_no_BOM_and_Japanese_as_two_byte_characters()
    {
        var bytes = InvoiceCsv.Write([new InvoiceCsvRow("C1", "1", Sample())], CsvEncodingChoice.ShiftJis);

        Assert.Equal([0x92, 0x8D], bytes[..2]); // 注 in Shift_JIS
    }

    [Fact]
    public void I2_cells_that_start_with_a_formula_character_are_neutralised_but_a_negative_amount_stays_a_number()
    {
        var data = Sample(name: "=HYPERLINK(\"http://evil\")", goodsName: "@SUM(A1)") with
        {
            GoodsDetails = [new("@SUM(A1)", "1200", "1"), new("+割引", "-500", "1")],
            CustomerAddress3 = "-1-2",
        };
        var bytes = InvoiceCsv.Write([new InvoiceCsvRow("C1", "1", data)], CsvEncodingChoice.Utf8Bom);

        var row = Assert.Single(InvoiceCsvReader.Read(bytes, CsvEncodingChoice.Utf8Bom).Rows);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", row["購入者氏名"]);
        Assert.Equal("'@SUM(A1)", row["商品1名"]);
        Assert.Equal("'+割引", row["商品2名"]);
        Assert.Equal("'-1-2", row["購入者住所3"]);
        Assert.Equal("-500", row["商品2単価"]);
    }

    [Fact]
    public void I2_a_character_Shift_JIS_cannot_hold_stops_the_export_naming_the_order()
    {
        var rows = new[] { new InvoiceCsvRow("C1", "1", Sample()), new InvoiceCsvRow("C2", "2", Sample(name: "山田 🍣")) };

        var refusal = Assert.Throws<InvoiceCsvException>(() => InvoiceCsv.Write(rows, CsvEncodingChoice.ShiftJis));

        Assert.Contains("C2", refusal.Message);
        Assert.Contains("UTF-8（BOM付き）", refusal.Message);
        Assert.NotEmpty(InvoiceCsv.Write(rows, CsvEncodingChoice.Utf8Bom));
    }

    [Fact]
    public void I2_rows_built_on_demand_are_walked_once_and_a_refused_character_still_names_its_order()
    {
        var walks = 0;
        IEnumerable<InvoiceCsvRow> OnDemand(params string[] names)
        {
            walks++;
            for (var i = 0; i < names.Length; i++) yield return new InvoiceCsvRow($"C{i + 1}", $"{i + 1}", Sample(name: names[i]));
        }

        var bytes = InvoiceCsv.Write(OnDemand("山田 太郎", "佐藤 花子"), CsvEncodingChoice.ShiftJis);
        Assert.Equal(1, walks);
        Assert.Equal(2, InvoiceCsvReader.Read(bytes, CsvEncodingChoice.ShiftJis).Rows.Count);

        var refusal = Assert.Throws<InvoiceCsvException>(() => InvoiceCsv.Write(OnDemand("山田 太郎", "山田 🍣", "佐藤 花子"), CsvEncodingChoice.ShiftJis));
        Assert.Contains("注文番号 C2 ", refusal.Message);
    }

    [Fact]
    public void I2_an_order_with_more_detail_lines_than_the_layout_holds_is_refused_not_cut()
    {
        var data = Sample() with { GoodsDetails = Enumerable.Range(0, InvoiceCsv.MaxGoodsLines + 1).Select(i => new ScoreGoodsDetail($"品{i}", "1", "1")).ToList() };

        var refusal = Assert.Throws<InvoiceCsvException>(() => InvoiceCsv.Write([new InvoiceCsvRow("C9", "9", data)], CsvEncodingChoice.ShiftJis));

        Assert.Contains("C9", refusal.Message);
    }

    internal static void AssertRowEquals(string orderNumber, string transactionId, ScoreInvoiceData data, IReadOnlyDictionary<string, string> row)
    {
        Assert.Equal(orderNumber, row["注文番号"]);
        Assert.Equal(transactionId, row["スコア取引ID"]);
        var back = new ScoreInvoiceData
        {
            InvoiceBarCode = row["請求書バーコード"], InvoiceCode = row["請求書番号"], CustomerName = row["購入者氏名"],
            CustomerZip = row["購入者郵便番号"], CustomerAddress1 = row["購入者住所1"], CustomerAddress2 = row["購入者住所2"],
            CustomerAddress3 = row["購入者住所3"], ShopZip = row["加盟店郵便番号"], ShopAddress1 = row["加盟店住所1"],
            ShopAddress2 = row["加盟店住所2"], ShopAddress3 = row["加盟店住所3"], ShopTel = row["加盟店電話番号"],
            BilledAmount = row["請求金額"], Tax = row["消費税額"], TimeOfReceipts = row["支払期限日"], InvoiceStartDate = row["請求書発行日"],
            InvoiceTitle = row["請求書タイトル"], ShopOrderDate = row["注文日"], NissenTransactionId = row["請求書記載の取引ID"],
            ShopTransactionId1 = row["請求書記載の注文番号"],
        };
        Assert.Equal(data with { ShopMessages = [], Yobi = [], GoodsDetails = [] }, back);
        Assert.Equal(Pad(data.ShopMessages, 5), Enumerable.Range(1, 5).Select(i => row[$"通信欄{i}"]));
        Assert.Equal(Pad(data.Yobi, 10), row.Where(c => c.Key.StartsWith("予備")).Select(c => c.Value));
        var goods = Enumerable.Range(1, InvoiceCsv.MaxGoodsLines)
            .Select(n => new ScoreGoodsDetail(row[$"商品{n}名"], row[$"商品{n}単価"], row[$"商品{n}数量"]))
            .Where(g => g != new ScoreGoodsDetail("", "", ""));
        Assert.Equal(data.GoodsDetails, goods);
    }

    private static IEnumerable<string> Pad(IReadOnlyList<string> values, int count) =>
        Enumerable.Range(0, count).Select(i => i < values.Count ? values[i] : "");
}
