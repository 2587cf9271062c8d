using System.Text;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Invoices;
using CsvHelper;

namespace CraftCartAdmin.Tests.Invoices;

/// <summary>Reads an invoice CSV back the way a printing tool would: with the encoding the shop chose.</summary>
internal static class InvoiceCsvReader
{
    public static (string[] Header, List<Dictionary<string, string>> Rows) Read(byte[] bytes, CsvEncodingChoice encoding)
    {
        string text;
        if (encoding == CsvEncodingChoice.Utf8Bom)
        {
            Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 file without BOM");
            text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        }
        else
        {
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "Shift_JIS file with a UTF-8 BOM");
            text = InvoiceCsv.EncodingOf(CsvEncodingChoice.ShiftJis).GetString(bytes);
        }
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(x => x.name, x => x.value));
        return (header, rows);
    }
}
