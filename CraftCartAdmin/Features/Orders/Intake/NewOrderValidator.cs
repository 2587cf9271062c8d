using CraftCartAdmin.Features.Orders.Form;
using System.Text.RegularExpressions;

namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>Checks a new order field by field; each problem is keyed by its JSON path and said in Japanese.</summary>
public static partial class NewOrderValidator
{
    public const int MaxItems = 100;
    private const int MaxText = 100;

    public static Dictionary<string, string[]> Validate(NewOrder order)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (order.OrderNumber is { } number && !OrderNumberPattern().IsMatch(number))
            Add("orderNumber", "注文番号は半角英数字40文字以内で入力してください。");
        if (order.Customer is null) Add("customer", "お客様情報を入力してください。");
        else CheckPerson(order.Customer, "customer", requireEmail: true, Add);
        if (order.ShipTo is not null) CheckPerson(order.ShipTo, "shipTo", requireEmail: false, Add);

        if (order.Items is not { Count: > 0 }) Add("items", "商品を1点以上登録してください。");
        else if (order.Items.Count > MaxItems) Add("items", $"商品は{MaxItems}行までです。");
        else
        {
            for (var i = 0; i < order.Items.Count; i++)
            {
                var item = order.Items[i];
                var path = $"items[{i}]";
                if (item is null) { Add(path, "商品の内容がありません。"); continue; }
                if (string.IsNullOrWhiteSpace(item.Name)) Add($"{path}.name", "商品名を入力してください。");
                else if (item.Name.Length > 150 || HasControlCharacters(item.Name)) Add($"{path}.name", "商品名は制御文字を含まない150文字以内で入力してください。");
                if (item.Sku is { } sku && (sku.Length > 40 || HasControlCharacters(sku))) Add($"{path}.sku", "商品コードは制御文字を含まない40文字以内で入力してください。");
                if (item.UnitPrice is not (>= 0 and <= 999_999)) Add($"{path}.unitPrice", "単価は0〜999,999円で入力してください。");
                if (item.Quantity is not (>= 1 and <= 9_999)) Add($"{path}.quantity", "数量は1〜9,999で入力してください。");
            }
        }
        if (order.ShippingFee is < 0 or > 999_999) Add("shippingFee", "送料は0〜999,999円で入力してください。");
        if (order.PaymentFee is < 0 or > 999_999) Add("paymentFee", "決済手数料は0〜999,999円で入力してください。");
        if (order.Discount is < 0 or > 999_999) Add("discount", "値引きは0〜999,999円で入力してください。");
        if (string.IsNullOrWhiteSpace(order.PaymentMethod)) Add("paymentMethod", "支払方法を指定してください。");
        else if (order.PaymentMethod.Length > 40 || HasControlCharacters(order.PaymentMethod)) Add("paymentMethod", "支払方法のコードが正しくありません。");
        if (string.IsNullOrWhiteSpace(order.DeliveryMethod)) Add("deliveryMethod", "配送方法を指定してください。");
        else if (order.DeliveryMethod.Length > 40 || HasControlCharacters(order.DeliveryMethod)) Add("deliveryMethod", "配送方法のコードが正しくありません。");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckPerson(NewOrderPerson p, string path, bool requireEmail, Action<string, string> add)
    {
        Required(p.LastName, $"{path}.lastName", "姓", add);
        Required(p.FirstName, $"{path}.firstName", "名", add);
        Kana(p.LastNameKana, $"{path}.lastNameKana", "セイ", add);
        Kana(p.FirstNameKana, $"{path}.firstNameKana", "メイ", add);
        if (requireEmail || !string.IsNullOrEmpty(p.Email))
        {
            if (string.IsNullOrWhiteSpace(p.Email) || !EmailPattern().IsMatch(p.Email) || p.Email.Length > MaxText)
                add($"{path}.email", "メールアドレスを正しい形式（100文字以内）で入力してください。");
        }
        var digits = (p.Phone ?? "").Count(char.IsAsciiDigit);
        if (string.IsNullOrWhiteSpace(p.Phone) || !PhonePattern().IsMatch(p.Phone) || digits is < 8 or > 13)
            add($"{path}.phone", "電話番号は数字とハイフンで入力してください（数字8〜13桁）。");
        if (string.IsNullOrWhiteSpace(p.PostalCode) || !PostalPattern().IsMatch(p.PostalCode))
            add($"{path}.postalCode", "郵便番号は「150-0001」の形式で入力してください。");
        if (string.IsNullOrWhiteSpace(p.Prefecture)) add($"{path}.prefecture", "都道府県を入力してください。");
        else if (!Prefectures.All.Contains(p.Prefecture.Trim()))
            add($"{path}.prefecture", "都道府県は「東京都」「大阪府」のように、47都道府県の名前で入力してください。");
        Required(p.City, $"{path}.city", "市区町村", add, max: 31);
        Required(p.Address1, $"{path}.address1", "番地", add, max: 35);
        if (p.Address2 is { } a2 && (a2.Length > 35 || HasControlCharacters(a2))) add($"{path}.address2", "建物名は制御文字を含まない35文字以内で入力してください。");
        if (p.Company is { } c && (c.Length > MaxText || HasControlCharacters(c))) add($"{path}.company", "会社名は制御文字を含まない100文字以内で入力してください。");
    }

    private static void Required(string? value, string path, string label, Action<string, string> add, int max = 25)
    {
        if (string.IsNullOrWhiteSpace(value)) add(path, $"{label}を入力してください。");
        else if (value.Length > max || HasControlCharacters(value)) add(path, $"{label}は制御文字を含まない{max}文字以内で入力してください。");
    }

    private static void Kana(string? value, string path, string label, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value)) add(path, $"{label}（フリガナ）を入力してください。");
        else if (!KanaPattern().IsMatch(value) || value.Length > 25) add(path, $"{label}は全角カタカナ25文字以内で入力してください。");
    }

    /// <summary>
    /// Control characters, invisible format characters (zero-width spaces, right-to-left overrides that make
    /// a printed name read differently from the stored one) and broken UTF-16 (a lone surrogate from a bad
    /// "\\ud800" escape) are refused.
    /// </summary>
    internal static bool HasControlCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) return true;
            if (!char.IsHighSurrogate(c)) continue;
            if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return true;
            i++;
        }
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,40}$")] private static partial Regex OrderNumberPattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex EmailPattern();
    [GeneratedRegex(@"^[0-9\-]+$")] private static partial Regex PhonePattern();
    [GeneratedRegex(@"^\d{3}-?\d{4}$")] private static partial Regex PostalPattern();
    [GeneratedRegex(@"^[ァ-ヶー　 ]+$")] private static partial Regex KanaPattern();
}
