using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CraftCartAdmin.Tests.ScoreSandbox;

namespace CraftCartAdmin.Tests.Score;

/// <summary>SCORE's limits checked before sending, with the Japanese message the user reads (O1, SCORE-API.md "Blocks").</summary>
public sealed class ScoreRequestValidatorTests
{
    private static readonly ScoreOrderRequest Valid = TestOrders.Request();

    private static IReadOnlyList<string> Messages(ScoreOrderRequest request) =>
        ScoreRequestValidator.Validate(request).Select(p => p.Message).ToList();

    [Fact]
    public void A_normal_order_has_no_problems() => Assert.Empty(ScoreRequestValidator.Validate(Valid));

    [Fact]
    public void O1_above_the_usage_limit_is_refused_before_sending()
    {
        var request = TestOrders.Request(unitPrice: 27_500);

        Assert.Contains("ご利用限度額（55,000円）を超えています。", Messages(request));
    }

    [Theory]
    [InlineData("山", false)]
    [InlineData("山田", true)]
    [InlineData("あいうえおかきくけこさしすせそたちつてとなにぬねの", true)]
    [InlineData("あいうえおかきくけこさしすせそたちつてとなにぬねのは", false)]
    public void Buyer_name_is_2_to_25_characters(string fullName, bool ok)
    {
        var messages = Messages(Valid with { Buyer = Valid.Buyer with { FullName = fullName } });

        Assert.Equal(!ok, messages.Contains("購入者の氏名は2〜25文字で入力してください。"));
    }

    [Fact]
    public void Kana_is_2_to_35_characters()
    {
        var messages = Messages(Valid with { Buyer = Valid.Buyer with { FullKanaName = new string('ア', 36) } });

        Assert.Contains("購入者の氏名（カナ）は2〜35文字で入力してください。", messages);
    }

    [Fact]
    public void Address_parts_have_scores_lengths()
    {
        var messages = Messages(Valid with { Buyer = Valid.Buyer with { Address1 = "", Address2 = "区", Address3 = new string('丁', 36) } });

        Assert.Contains("購入者の都道府県は1〜4文字で入力してください。", messages);
        Assert.Contains("購入者の市区町村は2〜31文字で入力してください。", messages);
        Assert.Contains("購入者の住所（市区町村以降）は2〜35文字で入力してください。", messages);
    }

    [Theory]
    [InlineData("0312345")]
    [InlineData("012345678901234567")]
    public void Phone_has_8_to_17_digits(string tel)
    {
        Assert.Contains("購入者の電話番号は数字8〜17桁で入力してください。", Messages(Valid with { Buyer = Valid.Buyer with { Tel = tel } }));
    }

    [Fact]
    public void Buyer_email_is_required_and_at_most_100_characters()
    {
        Assert.Contains("購入者のメールアドレスは必須です。", Messages(Valid with { Buyer = Valid.Buyer with { Email = "" } }));
        Assert.Contains("購入者のメールアドレスは100文字以内の正しい形式で入力してください。",
            Messages(Valid with { Buyer = Valid.Buyer with { Email = new string('a', 95) + "@ex.jp" } }));
    }

    [Theory]
    [InlineData("C-0001")]
    [InlineData("Ｃ０００１")]
    [InlineData("")]
    public void Order_number_is_half_width_alphanumeric(string number)
    {
        Assert.Contains("注文番号は半角英数字40文字以内で指定してください。", Messages(Valid with { ShopTransactionId = number }));
    }

    [Fact]
    public void Order_number_is_at_most_40_characters()
    {
        Assert.NotEmpty(Messages(Valid with { ShopTransactionId = new string('A', 41) }));
        Assert.Empty(Messages(Valid with { ShopTransactionId = new string('A', 40) }));
    }

    [Fact]
    public void Billed_amount_must_match_the_detail_lines()
    {
        var messages = Messages(Valid with { BilledAmount = Valid.BilledAmount + 100 });

        Assert.Contains(messages, m => m.StartsWith("明細の合計（3,500円）が請求金額（3,600円）と一致しません。"));
    }

    [Fact]
    public void Bundled_invoice_needs_the_buyer_address_as_delivery_address()
    {
        var bundled = TestOrders.Request(contract: ContractType.Bundled);
        var elsewhere = bundled with
        {
            Deliveries = [bundled.Deliveries[0] with { Customer = bundled.Deliveries[0].Customer with { Address2 = "大阪市北区" } }],
        };

        Assert.Empty(Messages(bundled));
        Assert.Contains("請求書同梱は、購入者の住所とお届け先の住所が同じ場合のみご利用いただけます。", Messages(elsewhere));
    }

    [Fact]
    public void At_most_9_deliveries()
    {
        var delivery = Valid.Deliveries[0] with { Details = [new ScoreDetail("X", "商品", 1, 1)] };
        var ten = Valid with { BilledAmount = 10, Deliveries = Enumerable.Repeat(delivery, 10).ToList() };

        Assert.Contains("配送先は1件以上9件以内で指定してください。", Messages(ten));
    }

    [Fact]
    public void Detail_limits_are_checked()
    {
        var delivery = Valid.Deliveries[0] with { Details = [new ScoreDetail("X", new string('品', 151), 1_000_000, 10_000)] };

        var messages = Messages(Valid with { Deliveries = [delivery] });

        Assert.Contains("明細の商品名は1〜150文字で入力してください。", messages);
        Assert.Contains(messages, m => m.EndsWith("の単価は-99,999円〜999,999円で指定してください。"));
        Assert.Contains(messages, m => m.EndsWith("の数量は0〜9,999で指定してください。"));
    }
}
