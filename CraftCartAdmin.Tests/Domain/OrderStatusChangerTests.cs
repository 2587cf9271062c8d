using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class OrderStatusChangerTests
{
    private static readonly DateOnly Today = TestOrders.Today;

    [Theory]
    [InlineData(OrderStatus.New)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InProgress)]
    public void H2_shipping_an_ok_score_order_records_the_ship_date_and_requires_shipment_registration(OrderStatus from)
    {
        var order = TestOrders.ReadyScoreOrder(from);

        var change = OrderStatusChanger.Change(order, OrderStatus.Shipped, Today);

        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(Today, order.ShippedOn);
        Assert.Equal(new[] { ScoreAction.RegisterShipment }, change.ScoreActions);
        Assert.Equal(from, change.From);
        Assert.True(change.Changed);
    }

    [Fact]
    public void H3_refused_move_leaves_the_order_untouched()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = CreditResult.Hold;

        var ex = Assert.Throws<OrderRuleException>(() => OrderStatusChanger.Change(order, OrderStatus.Shipped, Today));

        Assert.Equal(ShippingGate.CreditNotOk, ex.Code);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Null(order.ShippedOn);
    }

    [Fact]
    public void State_machine_refusal_comes_before_the_gate()
    {
        var order = TestOrders.ReadyScoreOrder();
        OrderStatusChanger.Change(order, OrderStatus.Cancelled, Today);
        order.CreditResult = CreditResult.Ng;

        var ex = Assert.Throws<OrderRuleException>(() => OrderStatusChanger.Change(order, OrderStatus.Shipped, Today));

        Assert.Equal("STATUS_TRANSITION", ex.Code);
    }

    [Fact]
    public void C2_cancelling_a_registered_score_order_requires_cancellation()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Paid);
        var change = OrderStatusChanger.Change(order, OrderStatus.Cancelled, Today);
        Assert.Equal(new[] { ScoreAction.Cancel }, change.ScoreActions);
        Assert.Null(order.ShippedOn);
    }

    [Theory]
    [InlineData(SyncState.Waiting)]
    [InlineData(SyncState.Error)]
    public void C2_cancelling_an_order_whose_registration_may_have_reached_score_requires_cancellation(SyncState sync)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.ScoreTransactionId = null;
        order.CreditResult = CreditResult.None;
        order.SyncState = sync;

        Assert.Equal(new[] { ScoreAction.Cancel },
            OrderStatusChanger.Change(order, OrderStatus.Cancelled, Today).ScoreActions);
    }

    [Fact]
    public void C2_cancelling_a_score_order_never_sent_requires_nothing()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.ScoreTransactionId = null;
        order.SyncState = SyncState.None;
        Assert.Empty(OrderStatusChanger.Change(order, OrderStatus.Cancelled, Today).ScoreActions);
    }

    [Fact]
    public void O6_cancelling_a_stopped_order_is_allowed_but_sends_nothing()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.SyncState = SyncState.Stopped;

        var change = OrderStatusChanger.Change(order, OrderStatus.Cancelled, Today);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Empty(change.ScoreActions);
    }

    [Fact]
    public void C2_cancelling_a_non_score_order_requires_nothing() =>
        Assert.Empty(OrderStatusChanger.Change(TestOrders.BankOrder(), OrderStatus.Cancelled, Today).ScoreActions);

    [Fact]
    public void H2_shipping_a_non_score_order_requires_nothing_but_records_the_date()
    {
        var order = TestOrders.BankOrder();
        var change = OrderStatusChanger.Change(order, OrderStatus.Shipped, Today);
        Assert.Empty(change.ScoreActions);
        Assert.Equal(Today, order.ShippedOn);
    }

    [Theory]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InProgress)]
    public void Moves_that_neither_ship_nor_cancel_require_no_score_operation(OrderStatus to) =>
        Assert.Empty(OrderStatusChanger.Change(TestOrders.ReadyScoreOrder(), to, Today).ScoreActions);

    [Fact]
    public void Returning_a_shipped_score_order_requires_no_score_operation()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Shipped);
        Assert.Empty(OrderStatusChanger.Change(order, OrderStatus.Returned, Today).ScoreActions);
        Assert.Equal(OrderStatus.Returned, order.Status);
    }

    [Fact]
    public void Changing_to_the_current_status_does_nothing_and_requires_nothing()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Shipped);
        var change = OrderStatusChanger.Change(order, OrderStatus.Shipped, Today.AddDays(1));
        Assert.False(change.Changed);
        Assert.Empty(change.ScoreActions);
        Assert.Equal(Today, order.ShippedOn);
    }

    [Fact]
    public void H3_ui_is_not_offered_shipped_for_a_hold_order()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = CreditResult.Hold;
        Assert.Equal(
            [OrderStatus.Paid, OrderStatus.InProgress, OrderStatus.Cancelled],
            OrderStatusChanger.OfferedStatuses(order));
    }

    [Fact]
    public void H3_ui_offers_shipped_for_an_ok_order() =>
        Assert.Contains(OrderStatus.Shipped, OrderStatusChanger.OfferedStatuses(TestOrders.ReadyScoreOrder()));
}
