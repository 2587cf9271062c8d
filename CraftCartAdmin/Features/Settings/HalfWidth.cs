using System.Text.RegularExpressions;

namespace CraftCartAdmin.Features.Settings;

/// <summary>Checks for codes and IDs that must be 半角英数字 (SCORE and the storefront send them as ASCII).</summary>
internal static partial class HalfWidth
{
    public static bool IsAlphanumeric(string value) => Alphanumeric().IsMatch(value);

    /// <summary>A code as the storefront sends it: half-width letters, digits, '-' and '_'.</summary>
    public static bool IsCode(string value) => Code().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex Alphanumeric();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Code();
}
