using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>The sandbox's own XML reading and writing; it shares no code with the client on purpose.</summary>
internal static class SandboxXml
{
    /// <summary>Element lookup that accepts either case of the first letter (SCORE-API.md "Transport").</summary>
    public static XElement? Child(this XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => SameName(e.Name.LocalName, name));

    public static IEnumerable<XElement> Children(this XElement? parent, string name) =>
        parent?.Elements().Where(e => SameName(e.Name.LocalName, name)) ?? [];

    public static string Text(this XElement? parent, string name) => parent.Child(name)?.Value.Trim() ?? "";

    private static bool SameName(string actual, string expected) =>
        actual.Length == expected.Length && actual.Length > 0
        && char.ToLowerInvariant(actual[0]) == char.ToLowerInvariant(expected[0])
        && string.CompareOrdinal(actual, 1, expected, 1, actual.Length - 1) == 0;

    public static byte[] ToUtf8(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        return stream.ToArray();
    }
}
