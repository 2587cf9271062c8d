using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class ReReviewPolicyTests
{
    private static readonly OrderSnapshot Before = OrderSnapshot.Of(TwoLineOrder());

    private static Order TwoLineOrder()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.Items =
        [
            new() { Sku = "SOAP-01", Name = "手作り石鹸", UnitPrice = 1200, Quantity = 2 },
            new() { Sku = "TOWEL-01", Name = "今治タオル", UnitPrice = 1500, Quantity = 1 },
        ];
        order.PaymentFee = 330;
        order.Discount = 100;
        return order;
    }

    private static ScoreEditDecision DecideAfter(Action<Order> edit)
    {
        var order = TwoLineOrder();
        edit(order);
        return ReReviewPolicy.Decide(Before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void C1_saving_without_changes_sends_nothing() =>
        Assert.Equal(ScoreEditDecision.NoChange, DecideAfter(_ => { }));

    [Fact]
    public void C1_item_name_change_with_equal_amounts_keeps_result() =>
        Assert.Equal(ScoreEditDecision.SendModifyKeepResult, DecideAfter(o => o.Items[0].Name = "手作り石鹸（ラベンダー）"));

    [Fact]
    public void C1_item_swapped_for_another_product_at_the_same_price_and_quantity_keeps_result() =>
        Assert.Equal(ScoreEditDecision.SendModifyKeepResult, DecideAfter(o =>
        {
            o.Items[1].Sku = "TOWEL-02";
            o.Items[1].Name = "泉州タオル";
        }));

    [Fact]
    public void C1_reordering_lines_keeps_result() =>
        Assert.Equal(ScoreEditDecision.SendModifyKeepResult, DecideAfter(o => o.Items.Reverse()));

    [Fact]
    public void C1_same_line_total_with_other_price_and_quantity_is_an_amount_change() =>
        Assert.Equal(ScoreEditDecision.SendModifyAndReReview, DecideAfter(o =>
        {
            o.Items[0].UnitPrice = 2400;
            o.Items[0].Quantity = 1;
        }));

    [Fact]
    public void C1_moving_money_between_fee_and_discount_with_equal_total_re_reviews() =>
        Assert.Equal(ScoreEditDecision.SendModifyAndReReview, DecideAfter(o =>
        {
            o.ShippingFee += 200;
            o.Discount += 200;
        }));

    public static TheoryData<string, Action<Order>> Decreases() => new()
    {
        { "lower quantity", o => o.Items[0].Quantity = 1 },
        { "lower unit price", o => o.Items[1].UnitPrice = 1000 },
        { "line removed", o => o.Items.RemoveAt(1) },
        { "lower shipping fee", o => o.ShippingFee = 0 },
        { "lower payment fee", o => o.PaymentFee = 0 },
        { "higher discount", o => o.Discount = 500 },
        { "renamed and lower quantity", o => { o.Items[0].Name = "石鹸"; o.Items[0].Quantity = 1; } },
    };

    [Theory]
    [MemberData(nameof(Decreases))]
    public void C1_decrease_of_the_total_keeps_result(string _, Action<Order> edit) =>
        Assert.Equal(ScoreEditDecision.SendModifyKeepResult, DecideAfter(edit));

    public static TheoryData<string, Action<Order>> ReReviews() => new()
    {
        { "higher quantity", o => o.Items[0].Quantity = 3 },
        { "higher unit price", o => o.Items[0].UnitPrice = 1300 },
        { "line added", o => o.Items.Add(new() { Sku = "CUP-01", Name = "湯呑み", UnitPrice = 2000, Quantity = 1 }) },
        { "free line added", o => o.Items.Add(new() { Sku = "GIFT", Name = "おまけ", UnitPrice = 0, Quantity = 1 }) },
        { "higher shipping fee", o => o.ShippingFee = 1000 },
        { "lower discount", o => o.Discount = 0 },
        { "cheaper line replaced by a new product", o => { o.Items[1].Sku = "CUP-01"; o.Items[1].UnitPrice = 1000; } },
        { "total lower but one line higher", o => { o.Items[0].Quantity = 1; o.Items[1].UnitPrice = 1600; } },
        { "total lower but shipping fee higher", o => { o.Items.RemoveAt(1); o.ShippingFee = 1000; } },
    };

    [Theory]
    [MemberData(nameof(ReReviews))]
    public void C1_other_amount_changes_re_review(string _, Action<Order> edit) =>
        Assert.Equal(ScoreEditDecision.SendModifyAndReReview, DecideAfter(edit));

    public static TheoryData<string, Action<Order>> PeopleChanges() => new()
    {
        { "customer name", o => o.Customer.FirstName = "花子" },
        { "customer kana", o => o.Customer.FirstNameKana = "ハナコ" },
        { "customer email", o => o.Customer.Email = "hanako@example.jp" },
        { "customer phone", o => o.Customer.Phone = "03-1234-5678" },
        { "customer company", o => o.Customer.Company = "株式会社クラフト" },
        { "customer address", o => o.Customer.Address.Address1 = "神宮前9-9-9" },
        { "ship-to postal code", o => o.ShipTo.Address.PostalCode = "530-0001" },
        { "ship-to building", o => o.ShipTo.Address.Address2 = "クラフトビル3F" },
        { "ship-to name", o => o.ShipTo.LastName = "佐藤" },
    };

    [Theory]
    [MemberData(nameof(PeopleChanges))]
    public void C1_customer_or_ship_to_change_re_reviews(string _, Action<Order> edit) =>
        Assert.Equal(ScoreEditDecision.SendModifyAndReReview, DecideAfter(edit));

    [Fact]
    public void C1_ship_to_change_re_reviews_even_with_a_decrease() =>
        Assert.Equal(ScoreEditDecision.SendModifyAndReReview, DecideAfter(o =>
        {
            o.Items.RemoveAt(1);
            o.ShipTo.Address.City = "港区";
        }));

    [Theory]
    [InlineData(ScoreEditDecision.SendModifyAndReReview, CreditResult.Ok, CreditResult.Hold)]
    [InlineData(ScoreEditDecision.SendModifyAndReReview, CreditResult.Ng, CreditResult.Hold)]
    [InlineData(ScoreEditDecision.SendModifyKeepResult, CreditResult.Ok, CreditResult.Ok)]
    [InlineData(ScoreEditDecision.SendModifyKeepResult, CreditResult.Hold, CreditResult.Hold)]
    [InlineData(ScoreEditDecision.NoChange, CreditResult.Ok, CreditResult.Ok)]
    public void C1_re_review_shows_hold_until_score_answers(ScoreEditDecision decision, CreditResult current, CreditResult expected) =>
        Assert.Equal(expected, ReReviewPolicy.CreditResultAfter(decision, current));

    [Fact]
    public void Snapshot_total_matches_the_order_totals()
    {
        var order = TwoLineOrder();
        order.RecalculateTotal();
        Assert.Equal(order.Total, OrderSnapshot.Of(order).Total);
    }

    [Fact]
    public void Snapshot_is_independent_of_later_edits()
    {
        var order = TwoLineOrder();
        var snapshot = OrderSnapshot.Of(order);
        order.Items[0].Name = "changed";
        order.Customer.Address.City = "changed";
        Assert.Equal("手作り石鹸", snapshot.Items[0].Name);
        Assert.Equal("渋谷区", snapshot.Customer.City);
    }
}
