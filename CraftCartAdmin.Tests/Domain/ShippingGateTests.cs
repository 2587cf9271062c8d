using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class ShippingGateTests
{
    [Fact]
    public void H3_ok_score_order_with_carrier_and_tracking_number_may_ship()
    {
        var order = TestOrders.ReadyScoreOrder();
        Assert.Null(ShippingGate.Check(order, OrderStatus.Shipped));
        Assert.True(ShippingGate.Allows(order, OrderStatus.Shipped));
        ShippingGate.Ensure(order, OrderStatus.Shipped);
    }

    [Theory]
    [InlineData(CreditResult.Hold, "与信：HOLD", "お待ちください")]
    [InlineData(CreditResult.Ng, "与信：NG", "支払方法を変更するか、注文を取消してください")]
    [InlineData(CreditResult.Pending, "与信：保留", "修正してください")]
    [InlineData(CreditResult.None, "与信：未登録", "お待ちください")]
    public void H3_non_ok_score_order_cannot_ship(CreditResult credit, string shown, string remedy)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = credit;

        var ex = Assert.Throws<OrderRuleException>(() => ShippingGate.Ensure(order, OrderStatus.Shipped));

        Assert.Equal(ShippingGate.CreditNotOk, ex.Code);
        Assert.Contains("与信結果がOKではないため発送済みにできません", ex.Message);
        Assert.Contains(shown, ex.Message);
        Assert.Contains(remedy, ex.Message);
    }

    [Fact]
    public void H3_hold_order_message_matches_the_wording_staff_see() =>
        Assert.Equal(
            "与信結果がOKではないため発送済みにできません（与信：HOLD）。与信結果がOKになるまでお待ちください。",
            ShippingGate.Check(WithCredit(CreditResult.Hold), OrderStatus.Shipped)!.Message);

    [Fact]
    public void H4_score_order_whose_delivery_method_has_no_carrier_cannot_ship()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.DeliveryMethod = TestOrders.NoCarrier;

        var refusal = ShippingGate.Check(order, OrderStatus.Shipped);

        Assert.Equal(ShippingGate.NoCarrier, refusal?.Code);
        Assert.Contains("店頭受取", refusal!.Message);
        Assert.Contains("運送会社を設定してください", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void H4_score_order_without_tracking_number_cannot_ship(string? tracking)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.TrackingNumber = tracking;

        var ex = Assert.Throws<OrderRuleException>(() => ShippingGate.Ensure(order, OrderStatus.Shipped));

        Assert.Equal(ShippingGate.NoTrackingNumber, ex.Code);
        Assert.Contains("配送伝票番号を入力してください", ex.Message);
    }

    [Fact]
    public void H4_score_order_with_an_invalid_tracking_number_cannot_ship()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.TrackingNumber = "ABC-123";
        Assert.Equal(ShippingGate.InvalidTrackingNumber, ShippingGate.Check(order, OrderStatus.Shipped)?.Code);
    }

    [Fact]
    public void H4_check_digit_warning_does_not_block_shipping()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.TrackingNumber = "123456789014";
        Assert.True(ShippingGate.Allows(order, OrderStatus.Shipped));
    }

    [Fact]
    public void O6_stopped_score_order_cannot_ship()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.SyncState = SyncState.Stopped;

        var refusal = ShippingGate.Check(order, OrderStatus.Shipped);

        Assert.Equal(ShippingGate.SyncStopped, refusal?.Code);
        Assert.Contains("連携停止", refusal!.Message);
    }

    [Fact]
    public void H3_H4_every_reason_is_listed_for_the_ui()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = CreditResult.Hold;
        order.DeliveryMethod = TestOrders.NoCarrier;
        order.TrackingNumber = null;
        order.SyncState = SyncState.Stopped;

        var codes = ShippingGate.Refusals(order, OrderStatus.Shipped).Select(r => r.Code);

        Assert.Equal(
            [ShippingGate.SyncStopped, ShippingGate.CreditNotOk, ShippingGate.NoCarrier, ShippingGate.NoTrackingNumber],
            codes);
    }

    [Theory]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.New)]
    public void H3_gate_does_not_apply_to_statuses_without_a_ship_date(OrderStatus to)
    {
        var order = WithCredit(CreditResult.Ng);
        order.TrackingNumber = null;
        order.DeliveryMethod = TestOrders.NoCarrier;
        Assert.Empty(ShippingGate.Refusals(order, to));
    }

    [Fact]
    public void H4_non_score_order_ships_without_carrier_credit_or_tracking_number()
    {
        var order = TestOrders.BankOrder();
        Assert.Null(ShippingGate.Check(order, OrderStatus.Shipped));
    }

    [Fact]
    public void H3_gate_needs_the_payment_method_loaded()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.PaymentMethod = null;
        Assert.Throws<InvalidOperationException>(() => ShippingGate.Check(order, OrderStatus.Shipped));
    }

    private static Order WithCredit(CreditResult credit)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = credit;
        return order;
    }
}
