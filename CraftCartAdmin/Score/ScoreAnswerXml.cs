using System.Xml;
using System.Xml.Linq;

namespace CraftCartAdmin.Score;

/// <summary>
/// Loads a body from outside as XML without trusting it: no DTD (so no entity expansion such as
/// "billion laughs" and no external entity such as <c>file:///etc/passwd</c>), no resolver, bounded
/// nesting. Every refusal is a <see cref="FormatException"/> with its own Japanese reason.
/// </summary>
internal static class ScoreAnswerXml
{
    /// <summary>
    /// SCORE's deepest element is response/detailList/goodsDetail/goodsName (depth 3); the headroom is
    /// for a wrapper SCORE might add, the bound is for a nesting bomb.
    /// </summary>
    public const int MaxDepth = 16;

    /// <exception cref="FormatException">when the body is empty, HTML, not well-formed XML, has a DTD or nests too deep.</exception>
    public static XElement LoadRoot(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new FormatException("SCORE の応答が空です");
        if (LooksLikeHtml(body)) throw Html();
        XElement root;
        try
        {
            // Two passes: the first one refuses a nesting bomb before any tree is built for it.
            CheckDepth(body);
            using var reader = XmlReader.Create(new StringReader(body), Settings());
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException e) when (body.Contains("<!DOCTYPE", StringComparison.Ordinal))
        {
            throw new FormatException("SCORE の応答に DTD（<!DOCTYPE>）があるため読みませんでした（実体展開・外部実体の攻撃を防ぐため）", e);
        }
        catch (XmlException e)
        {
            throw new FormatException($"SCORE の応答が XML として読めません（{e.LineNumber} 行 {e.LinePosition} 文字目）", e);
        }
        if (string.Equals(root.Name.LocalName, "html", StringComparison.OrdinalIgnoreCase)) throw Html();
        return root;
    }

    private static void CheckDepth(string body)
    {
        using var reader = XmlReader.Create(new StringReader(body), Settings());
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
                throw new FormatException($"SCORE の応答の入れ子が深すぎます（上限 {MaxDepth} 段）");
        }
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private static bool LooksLikeHtml(string body)
    {
        var start = body.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static FormatException Html() => new("SCORE の応答が HTML でした（SCORE ではなくエラーページが返された可能性があります）");
}
