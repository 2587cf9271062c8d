using System.Text;
using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Domain.Shipping;

/// <summary>
/// 配送伝票番号 (SPEC H1): normalization of what staff type or paste, and validation against what
/// SCORE's slipno accepts (≤ 20 characters, digits and hyphen).
/// </summary>
public static class TrackingNumber
{
    public const int MaxLength = 20;

    /// <summary>Carriers whose 12-digit numbers end in a mod-7 check digit: 佐川急便, ヤマト運輸, ゆうパック.</summary>
    public static IReadOnlySet<int> Mod7CarrierCodes { get; } = new HashSet<int> { 11, 12, 16 };

    // Hyphen look-alikes that Japanese IMEs and Excel produce instead of '-'.
    private const string HyphenLookAlikes = "ー－‐‑‒–—―−ｰ";

    /// <summary>
    /// Trims white space (including the full-width space), turns full-width digits into half-width
    /// and every hyphen look-alike into '-'. Null becomes "".
    /// </summary>
    public static string Normalize(string? raw)
    {
        if (raw is null) return "";
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            if (c is >= '０' and <= '９') builder.Append((char)('0' + (c - '０')));
            else if (HyphenLookAlikes.Contains(c)) builder.Append('-');
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Normalizes <paramref name="raw"/> and checks it. Errors refuse the number; a check-digit
    /// mismatch is only a warning, because a carrier's numbering may change and the shop knows best.
    /// </summary>
    /// <param name="carrierCode">SCORE's pdcompanycode of the delivery method, when known.</param>
    public static TrackingNumberCheck Validate(string? raw, int? carrierCode)
    {
        var value = Normalize(raw);
        var error = ErrorOf(value);
        if (error is not null) return new(value, error, null);
        return new(value, null, CheckDigitWarning(value, carrierCode));
    }

    private static string? ErrorOf(string value)
    {
        if (value.Length == 0)
            return "配送伝票番号を入力してください。";
        if (!value.All(c => c is (>= '0' and <= '9') or '-'))
            return "配送伝票番号は半角数字とハイフン（-）のみで入力してください。";
        if (value.Length > MaxLength)
            return $"配送伝票番号は{MaxLength}文字以内で入力してください（{value.Length}文字）。";
        if (!value.Any(char.IsAsciiDigit))
            return "配送伝票番号に数字が含まれていません。";
        return null;
    }

    private static string? CheckDigitWarning(string value, int? carrierCode)
    {
        if (carrierCode is not { } code || !Mod7CarrierCodes.Contains(code)) return null;
        var digits = value.Replace("-", "");
        if (digits.Length != 12) return null;
        if (HasValidMod7CheckDigit(digits)) return null;
        var carrier = Carriers.Find(code)?.Name ?? code.ToString();
        return $"{carrier}の伝票番号としてチェックデジットが一致しません。入力に誤りがないかご確認ください。";
    }

    /// <summary>True when the last of 12 digits equals the first 11 read as a number, modulo 7.</summary>
    public static bool HasValidMod7CheckDigit(string twelveDigits)
    {
        var body = long.Parse(twelveDigits[..11]);
        return twelveDigits[11] - '0' == body % 7;
    }
}
