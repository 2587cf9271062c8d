using System.Text;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Domain.Shipping;
using CraftCartAdmin.Features.Shipping;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// SPEC H1 under hostile uploads: 配送伝票番号の登録（CSV） fed random bytes, random bytes after a valid
/// header, random text full of CSV specials and control characters, and random tracking numbers for
/// real orders. Every file gets a Japanese refusal or a judged line each; preview changes nothing,
/// apply changes exactly the lines the preview said it would, and the service keeps serving.
/// </summary>
public sealed class TrackingCsvFuzzTests : IAsyncLifetime
{
    private const int FilesPerKind = 60;
    private const string Header = "注文番号,配送伝票番号\r\n";
    // CSV specials, line breaks, control characters (NUL is the random-bytes kinds' business), full-width forms, kana, an emoji and a BOM in the middle.
    private const string Alphabet = ",,,\"\"\r\n\n\t 0123456789-－０１２３ABCxyzC\u0001\u001b\u007f\u200b\ufeff注文番号伝票あア漢😀";

    private ScoreTestShop shop = default!;
    private readonly List<string> numbers = [];

    static TrackingCsvFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync()
    {
        shop = await ScoreTestShop.StartAsync(ContractType.Separate);
        for (var i = 0; i < 5; i++) numbers.Add((await shop.PlaceAsync(ScoreTestShop.Order($"fuzz{i}@example.jp"))).OrderNumber);
        await shop.DrainAsync();
    }

    public async Task DisposeAsync() => await shop.DisposeAsync();

    private static readonly string[] KindNames = ["random bytes", "header then random bytes", "header then random text", "real orders with random numbers"];

    public static TheoryData<string> Kinds() => new(KindNames);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task H1_a_hostile_file_gets_a_clear_answer_and_changes_only_what_the_preview_promised(string kind)
    {
        var random = new Random(20261204 + Array.IndexOf(KindNames, kind));
        var appliedSomewhere = 0;
        var judgedFiles = 0;
        for (var i = 0; i < FilesPerKind; i++)
        {
            var bytes = File(kind, random);
            var context = $"{kind} #{i}: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 48)))}";
            var before = await SnapshotAsync();

            var preview = await shop.Service<TrackingCsvImportService>().PreviewAsync(new MemoryStream(bytes));

            Assert.True(preview.IsValidFile || preview.FileError!.Any(IsJapanese), context);
            Assert.All(preview.Lines, line => Assert.False(string.IsNullOrWhiteSpace(line.Detail), context));
            Assert.Equal(before, await SnapshotAsync());
            if (preview.IsValidFile) judgedFiles++;

            var result = await shop.Service<TrackingCsvImportService>().ApplyAsync(preview, alsoMarkShipped: false);

            var after = await SnapshotAsync();
            var changed = after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).ToHashSet();
            var promised = preview.Lines.Where(l => l.WillApply).Select(l => l.OrderNumber).ToHashSet();
            Assert.Equal(promised, changed);
            Assert.Equal(changed.Count, result.AppliedCount);
            foreach (var number in changed)
            {
                var tracking = after[number].Tracking!;
                Assert.Equal(preview.Lines.Single(l => l.OrderNumber == number).TrackingNumber, tracking);
                Assert.True(TrackingNumber.Validate(tracking, 12).IsValid, $"{context}: {number} got {tracking}");
            }
            appliedSomewhere += changed.Count;
            if (changed.Count > 0) await ClearTrackingNumbersAsync();
        }
        if (kind.Contains("text") || kind.Contains("real orders")) Assert.True(judgedFiles > 0, "no file got past the file checks, so line judging went untested");
        if (kind.Contains("real orders")) Assert.True(appliedSomewhere > 0, "the generator never made a good line, so apply went untested");
    }

    private byte[] File(string kind, Random random) => kind switch
    {
        "random bytes" => Bytes(random, random.Next(1, 4096)),
        "header then random bytes" => [.. Encode(random, Header), .. Bytes(random, random.Next(1, 4096))],
        "header then random text" => Encode(random, Header + Text(random, random.Next(1, 2000))),
        _ => Encode(random, Header + string.Join("\r\n", Enumerable.Range(0, random.Next(1, 12)).Select(_ => GoodishLine(random)))),
    };

    private string GoodishLine(Random random)
    {
        var number = numbers[random.Next(numbers.Count)];
        var tracking = random.Next(3) switch
        {
            0 => TwelveDigitsWithMod7(random),
            1 => string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => (char)('0' + random.Next(10)))),
            _ => Text(random, random.Next(0, 20)),
        };
        return random.Next(4) == 0 ? $"{number},\"{tracking.Replace("\"", "\"\"")}\"" : $"{number},{tracking.Replace(",", "").Replace("\"", "").Replace("\r", "").Replace("\n", "")}";
    }

    private static string TwelveDigitsWithMod7(Random random)
    {
        var eleven = random.NextInt64(1_000_000_000, 99_999_999_999);
        return $"{eleven:D11}{eleven % 7}";
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Text(Random random, int length)
    {
        var builder = new StringBuilder(length);
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(Alphabet);
        var letters = new List<string>();
        while (elements.MoveNext()) letters.Add(elements.GetTextElement());
        for (var i = 0; i < length; i++) builder.Append(letters[random.Next(letters.Count)]);
        return builder.ToString();
    }

    /// <summary>As the file might be saved: UTF-8, UTF-8 with BOM, or Shift_JIS (which turns what it cannot hold into '?').</summary>
    private static byte[] Encode(Random random, string text) => random.Next(3) switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        _ => Encoding.GetEncoding("shift_jis").GetBytes(text),
    };

    private static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    private async Task<Dictionary<string, (string? Tracking, int Status, long Version)>> SnapshotAsync()
    {
        await using var db = await shop.ContextAsync();
        return await db.Orders.AsNoTracking()
            .ToDictionaryAsync(o => o.OrderNumber, o => (o.TrackingNumber, (int)o.Status, o.Version));
    }

    private async Task ClearTrackingNumbersAsync()
    {
        await using var db = await shop.ContextAsync();
        await db.Orders.ExecuteUpdateAsync(s => s.SetProperty(o => o.TrackingNumber, (string?)null));
    }
}
