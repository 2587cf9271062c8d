using System.Text;
using CraftCartAdmin.Tests.Support;
using static CraftCartAdmin.Tests.Support.FakeScoreAnswers;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// Answers SCORE must never be trusted with, each with the part of the Japanese reason the client must
/// give. Every reason names its own kind of breakage: <see cref="Reasons"/> are pairwise distinct.
/// </summary>
public static class BadScoreAnswers
{
    public const string Empty = "応答が空です";
    public const string NotXml = "XML として読めません";
    public const string Html = "HTML でした";
    public const string Cut = "途中で切れました";
    public const string Stalled = "受信がタイムアウトしました";
    public const string NotUtf8 = "UTF-8 として読めません";
    public const string Dtd = "DTD（<!DOCTYPE>）があるため読みませんでした";
    public const string TooDeep = "入れ子が深すぎます";
    public const string TooLarge = "大きすぎます（上限 ";
    public const string HttpError = "HTTP 404 を返しました";
    public const string NoResult = "応答に result がありません";
    public const string UnknownResult = "応答の result が不明です";
    public const string NoTransaction = "応答に transactionResult がありません";
    public const string NoTransactionId = "応答に nissenTransactionId がありません";
    public const string LongTransactionId = "nissenTransactionId が長すぎます";
    public const string NoAuthorResult = "応答に authorResult がありません";
    public const string UnknownAuthorResult = "応答の authorResult が不明です";
    public const string BadAmount = "billedAmount が金額として読めません";
    public const string OtherOrder = "別の注文のものです";

    public static readonly string[] Reasons =
    [
        Empty, NotXml, Html, Cut, Stalled, NotUtf8, Dtd, TooDeep, TooLarge, HttpError, NoResult, UnknownResult,
        NoTransaction, NoTransactionId, LongTransactionId, NoAuthorResult, UnknownAuthorResult, BadAmount, OtherOrder,
    ];

    public sealed record Case(FakeScoreAnswer Answer, string Reason);

    /// <summary>Lengths of the real answer (about 380 bytes) after which it is cut.</summary>
    private static readonly int[] CutPoints = [1, 5, 38, 60, 120, 190, 250, 330, 370];

    public static readonly IReadOnlyDictionary<string, Case> All = Build();

    private static Dictionary<string, Case> Build()
    {
        var cases = new Dictionary<string, Case>
        {
            ["empty 200"] = new(Text(""), Empty),
            ["whitespace only"] = new(Text(" \r\n\t  \n"), Empty),
            ["a UTF-8 BOM and nothing else"] = new(Bytes([0xEF, 0xBB, 0xBF]), Empty),
            ["HTML error page with 200"] = new(Text("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>", "text/html"), Html),
            ["maintenance page without doctype"] = new(Text("\n  <html><body>メンテナンス中です</body></html>", "text/html; charset=utf-8"), Html),
            ["HTML inside an XML declaration"] = new(Text("<?xml version=\"1.0\"?><html><body>error</body></html>"), Html),
            ["404 with an HTML page"] = new(Text("<html><body>Not Found</body></html>", "text/html", 404), HttpError),
            ["Content-Length larger than the body"] = new(ShorterThanItsContentLength(), Cut),
            ["half a body, then silence"] = new(StallsMidBody(), Stalled),
            ["Shift_JIS instead of UTF-8"] = new(Bytes(ShiftJis("<response><result>NG</result><errors><error><errorCode>E1</errorCode><errorMessage>住所が不正です</errorMessage></error></errors></response>")), NotUtf8),
            ["UTF-16 with its BOM"] = new(Bytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<response><result>OK</result></response>")).ToArray()), NotUtf8),
            ["a lone 0xFF byte in the result"] = new(Bytes([.. "<response><result>O"u8, 0xFF, .. "K</result></response>"u8]), NotUtf8),
            ["an overlong UTF-8 sequence"] = new(Bytes([.. "<response><result>"u8, 0xC0, 0xAF, .. "</result></response>"u8]), NotUtf8),
            ["JSON instead of XML"] = new(Text("{\"result\":\"OK\",\"authorResult\":\"OK\"}", "application/json"), NotXml),
            ["plain text OK"] = new(Text("OK", "text/plain"), NotXml),
            ["two root elements"] = new(Text("<response><result>OK</result></response><response><result>NG</result></response>"), NotXml),
            ["a NUL character in the result"] = new(Text("<response><result>OK\0</result></response>"), NotXml),
            ["an undeclared entity"] = new(Text("<response><result>&ok;</result></response>"), NotXml),
            ["billion laughs"] = new(Text(BillionLaughs()), Dtd),
            ["external entity file:///etc/passwd"] = new(Text(ExternalEntity), Dtd),
            ["external DTD"] = new(Text("<?xml version=\"1.0\"?><!DOCTYPE response SYSTEM \"http://127.0.0.1:9/score.dtd\"><response><result>OK</result></response>"), Dtd),
            ["100,000 nested elements"] = new(Text(Nested(100_000)), TooDeep),
            ["20 nested elements"] = new(Text(Nested(20)), TooDeep),
            ["no result element"] = new(Text("<response><status>OK</status></response>"), NoResult),
            ["another root without result"] = new(Text("<error>maintenance</error>"), NoResult),
            ["result MAYBE"] = new(Text("<response><result>MAYBE</result></response>"), UnknownResult),
            ["a 10,000-character result"] = new(Text($"<response><result>{new string('O', 10_000)}</result></response>"), UnknownResult),
            ["OK without transactionResult for a registration"] = new(Text("<response><result>OK</result><errors/></response>"), NoTransaction),
            ["OK without nissenTransactionId"] = new(Ok(r => Transaction(r, id: null)), NoTransactionId),
            ["OK with an empty nissenTransactionId"] = new(Ok(r => Transaction(r, id: "")), NoTransactionId),
            ["a 10,000-character transaction id"] = new(Ok(r => Transaction(r, id: new string('9', 10_000))), LongTransactionId),
            ["OK without authorResult"] = new(Ok(r => Transaction(r, author: null)), NoAuthorResult),
            ["authorResult unknown"] = new(Ok(r => Transaction(r, author: "MAYBE")), UnknownAuthorResult),
            ["billedAmount not a number"] = new(Ok(r => Transaction(r, amount: "２７００円")), BadAmount),
            ["billedAmount overflowing int"] = new(Ok(r => Transaction(r, amount: "99999999999999999999")), BadAmount),
            ["billedAmount with a decimal point"] = new(Ok(r => Transaction(r, amount: "2700.5")), BadAmount),
            ["the answer of another order"] = new(Ok(r => Transaction(r, shop: "SOMEONE-ELSE-1")), OtherOrder),
        };
        foreach (var keep in CutPoints) cases[$"real answer cut after {keep} bytes"] = new(Truncated(keep), NotXml);
        return cases;
    }

    public static TheoryData<string> Names() => new(All.Keys);

    private static FakeScoreAnswer Ok(Func<FakeScoreRequest, string> transactionResult) =>
        Text(r => $"<response><result>OK</result>{transactionResult(r)}<errors/></response>");

    private static string Transaction(FakeScoreRequest r, string? id = "81234567890", string? shop = null, string? amount = "2700", string? author = "OK") =>
        "<transactionResult>" + Element("nissenTransactionId", id) + Element("shopTransactionId", shop ?? r.ShopTransactionId)
        + Element("billedAmount", amount) + Element("authorResult", author) + "</transactionResult>";

    private static string Element(string name, string? value) => value is null ? "" : $"<{name}>{value}</{name}>";

    private static string Nested(int depth) =>
        "<response><result>OK</result>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</response>";

    private static string BillionLaughs()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
            entities.Append($"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        return $"<?xml version=\"1.0\"?><!DOCTYPE response [{entities}]><response><result>OK</result><errors><error><errorMessage>&lol9;</errorMessage></error></errors></response>";
    }

    public const string ExternalEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
        "<response><result>NG</result><errors><error><errorCode>X1</errorCode><errorMessage>&xxe;</errorMessage></error></errors></response>";

    private static byte[] ShiftJis(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis").GetBytes(text);
    }
}
