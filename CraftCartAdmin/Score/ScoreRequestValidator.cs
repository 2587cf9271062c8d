using System.Text.RegularExpressions;

namespace CraftCartAdmin.Score;

/// <summary>One reason SCORE would refuse the request, in Japanese for the screen.</summary>
public sealed record ScoreValidationProblem(string Field, string Message);

/// <summary>
/// SCORE's limits (SCORE-API.md "Blocks", "Detail lines"), checked before sending.
/// </summary>
/// <remarks>
/// Every problem is blocking, the ¥55,000 usage limit included: the cart tells the buyer before
/// sending instead of registering an order SCORE is certain to refuse. The sandbox still answers NG
/// above the limit so a client that skips this check sees SCORE's real behaviour.
/// </remarks>
public static partial class ScoreRequestValidator
{
    public const int UsageLimitYen = 55_000;
    public const int MaxDeliveries = 9;

    public static IReadOnlyList<ScoreValidationProblem> Validate(ScoreOrderRequest request)
    {
        var problems = new List<ScoreValidationProblem>();
        void Add(string field, string message) => problems.Add(new ScoreValidationProblem(field, message));

        if (string.IsNullOrEmpty(request.ShopTransactionId) || request.ShopTransactionId.Length > 40 || !HalfWidthAlnum().IsMatch(request.ShopTransactionId))
            Add("shopTransactionId", "注文番号は半角英数字40文字以内で指定してください。");

        if (request.BilledAmount < 1 || request.BilledAmount > 999_999)
            Add("billedAmount", "請求金額は1円以上999,999円以下で指定してください。");
        else if (request.BilledAmount > UsageLimitYen)
            Add("billedAmount", $"ご利用限度額（{UsageLimitYen:#,0}円）を超えています。");

        if (request.PaymentType is not (2 or 3))
            Add("paymentType", "請求書の送付方法（別送・同梱）が正しくありません。");

        CheckCustomer(request.Buyer, "buyer", "購入者", emailRequired: true, Add);

        if (request.Deliveries.Count is 0 or > MaxDeliveries)
            Add("deliveries", $"配送先は1件以上{MaxDeliveries}件以内で指定してください。");
        for (var i = 0; i < request.Deliveries.Count; i++)
            CheckDelivery(request.Deliveries[i], i, request.Deliveries.Count > 1, Add);

        var detailTotal = request.Deliveries.SelectMany(d => d.Details).Sum(d => d.LineTotal);
        if (request.Deliveries.Count > 0 && detailTotal != request.BilledAmount)
            Add("details", $"明細の合計（{detailTotal:#,0}円）が請求金額（{request.BilledAmount:#,0}円）と一致しません。");

        if (request.PaymentType == 3 && request.Deliveries.Any(d => !d.Customer.SameAddressAs(request.Buyer)))
            Add("paymentType", "請求書同梱は、購入者の住所とお届け先の住所が同じ場合のみご利用いただけます。");

        return problems;
    }

    private static void CheckDelivery(ScoreDelivery delivery, int index, bool numbered, Action<string, string> add)
    {
        var label = numbered ? $"お届け先{index + 1}" : "お届け先";
        CheckCustomer(delivery.Customer, $"deliveries[{index}]", label, emailRequired: false, add);
        if (delivery.Details.Count == 0)
            add($"deliveries[{index}].details", $"{label}の明細を1件以上指定してください。");
        foreach (var detail in delivery.Details)
        {
            var field = $"deliveries[{index}].details";
            if (string.IsNullOrWhiteSpace(detail.DetailName) || detail.DetailName.Length > 150)
                add(field, "明細の商品名は1〜150文字で入力してください。");
            if (detail.DetailPrice is < -99_999 or > 999_999)
                add(field, $"明細「{detail.DetailName}」の単価は-99,999円〜999,999円で指定してください。");
            if (detail.DetailQuantity is < 0 or > 9_999)
                add(field, $"明細「{detail.DetailName}」の数量は0〜9,999で指定してください。");
        }
    }

    private static void CheckCustomer(ScoreCustomer c, string prefix, string label, bool emailRequired, Action<string, string> add)
    {
        Length(c.FullName, 2, 25, $"{prefix}.fullName", $"{label}の氏名は2〜25文字で入力してください。", add);
        Length(c.FullKanaName, 2, 35, $"{prefix}.fullKanaName", $"{label}の氏名（カナ）は2〜35文字で入力してください。", add);
        if (string.IsNullOrEmpty(c.ZipCode) || c.ZipCode.Length > 8 || !ZipCode().IsMatch(c.ZipCode))
            add($"{prefix}.zipCode", $"{label}の郵便番号は数字とハイフンで8文字以内で入力してください。");
        Length(c.Address1, 1, 4, $"{prefix}.address1", $"{label}の都道府県は1〜4文字で入力してください。", add);
        Length(c.Address2, 2, 31, $"{prefix}.address2", $"{label}の市区町村は2〜31文字で入力してください。", add);
        Length(c.Address3, 2, 35, $"{prefix}.address3", $"{label}の住所（市区町村以降）は2〜35文字で入力してください。", add);
        Phone(c.Tel, required: true, $"{prefix}.tel", $"{label}の電話番号", add);
        Phone(c.Mobile, required: false, $"{prefix}.mobile", $"{label}の携帯電話番号", add);
        if (string.IsNullOrWhiteSpace(c.Email))
        {
            if (emailRequired) add($"{prefix}.email", $"{label}のメールアドレスは必須です。");
        }
        else if (c.Email.Length > 100 || !c.Email.Contains('@'))
        {
            add($"{prefix}.email", $"{label}のメールアドレスは100文字以内の正しい形式で入力してください。");
        }
    }

    private static void Length(string value, int min, int max, string field, string message, Action<string, string> add)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min || length > max) add(field, message);
    }

    private static void Phone(string value, bool required, string field, string label, Action<string, string> add)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required) add(field, $"{label}は必須です。");
            return;
        }
        if (value.Length > 17 || !value.All(char.IsAsciiDigit) || value.Length < 8)
            add(field, $"{label}は数字8〜17桁で入力してください。");
    }

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex HalfWidthAlnum();

    [GeneratedRegex("^[0-9-]+$")]
    private static partial Regex ZipCode();
}
