using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class PaymentMethodChangeTests
{
    [Fact]
    public void C2_switching_a_registered_score_order_away_requires_cancellation()
    {
        var order = TestOrders.ReadyScoreOrder();

        var operations = PaymentMethodChange.Apply(order, TestOrders.BankTransfer);

        Assert.Equal(new[] { ScoreAction.Cancel }, operations);
        Assert.Equal("bank", order.PaymentMethod!.Code);
        Assert.Equal(TestOrders.BankTransfer.Id, order.PaymentMethodId);
    }

    [Fact]
    public void C2_switching_away_a_score_order_never_sent_requires_nothing()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.ScoreTransactionId = null;
        order.SyncState = SyncState.None;
        Assert.Empty(PaymentMethodChange.Apply(order, TestOrders.BankTransfer));
    }

    [Fact]
    public void O6_switching_away_a_stopped_order_sends_nothing()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.SyncState = SyncState.Stopped;
        Assert.Empty(PaymentMethodChange.Apply(order, TestOrders.BankTransfer));
        Assert.Equal("bank", order.PaymentMethod!.Code);
    }

    [Fact]
    public void C2_switching_to_score_requires_registration_and_awaits_credit()
    {
        var order = TestOrders.BankOrder();

        var operations = PaymentMethodChange.Apply(order, TestOrders.Score);

        Assert.Equal(new[] { ScoreAction.Register }, operations);
        Assert.Equal(CreditResult.None, order.CreditResult);
        Assert.Equal(SyncState.Waiting, order.SyncState);
        Assert.True(order.PaymentMethod!.IsScore);
    }

    [Fact]
    public void C2_switching_between_other_methods_requires_nothing()
    {
        var order = TestOrders.BankOrder();
        var cashOnDelivery = new CraftCartAdmin.Domain.Settings.PaymentMethod { Id = 3, Code = "cod", Name = "代金引換" };
        Assert.Empty(PaymentMethodChange.Apply(order, cashOnDelivery));
        Assert.Equal("cod", order.PaymentMethod!.Code);
    }

    [Fact]
    public void C2_keeping_the_same_method_requires_nothing() =>
        Assert.Empty(PaymentMethodChange.Apply(TestOrders.ReadyScoreOrder(), TestOrders.Score));

    [Fact]
    public void H5_switching_away_after_shipment_registration_is_refused()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Shipped);
        order.ShipmentRegisteredAt = DateTimeOffset.UnixEpoch;

        var ex = Assert.Throws<OrderRuleException>(() => PaymentMethodChange.Apply(order, TestOrders.BankTransfer));

        Assert.Equal(OrderLock.LockedCode, ex.Code);
        Assert.True(order.PaymentMethod!.IsScore);
    }

    [Theory]
    [InlineData(OrderStatus.New)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InProgress)]
    public void O5_ng_order_offers_change_payment_method_and_cancel(OrderStatus status)
    {
        var order = TestOrders.ReadyScoreOrder(status);
        order.CreditResult = CreditResult.Ng;

        var remedies = PaymentMethodChange.NgRemedies(order);

        Assert.Equal(
            [new NgRemedy(NgRemedyKind.ChangePaymentMethod, "支払方法を変更"), new NgRemedy(NgRemedyKind.Cancel, "注文取消し")],
            remedies);
    }

    [Theory]
    [InlineData(CreditResult.Ok)]
    [InlineData(CreditResult.Hold)]
    [InlineData(CreditResult.Pending)]
    [InlineData(CreditResult.None)]
    public void O5_non_ng_order_offers_no_ng_remedies(CreditResult credit)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.CreditResult = credit;
        Assert.Empty(PaymentMethodChange.NgRemedies(order));
    }

    [Fact]
    public void O5_cancelled_ng_order_offers_no_remedies()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Cancelled);
        order.CreditResult = CreditResult.Ng;
        Assert.Empty(PaymentMethodChange.NgRemedies(order));
    }

    [Fact]
    public void O5_non_score_order_offers_no_ng_remedies()
    {
        var order = TestOrders.BankOrder();
        order.CreditResult = CreditResult.Ng;
        Assert.Empty(PaymentMethodChange.NgRemedies(order));
    }

    [Fact]
    public void O5_ng_notice_tells_to_change_payment_method_or_cancel()
    {
        Assert.Contains("支払方法を変更", PaymentMethodChange.NgNotice);
        Assert.Contains("取消", PaymentMethodChange.NgNotice);
    }
}
