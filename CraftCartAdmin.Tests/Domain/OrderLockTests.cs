using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class OrderLockTests
{
    private static Order Registered()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Shipped);
        order.ShipmentRegisteredAt = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.FromHours(9));
        return order;
    }

    [Fact]
    public void H5_order_is_editable_before_shipment_registration()
    {
        var order = TestOrders.ReadyScoreOrder(OrderStatus.Shipped);
        Assert.False(OrderLock.IsContentLocked(order));
        OrderLock.EnsureContentEditable(order);
    }

    [Fact]
    public void H5_registered_order_is_read_only_and_explains_cancel_and_register_again()
    {
        var order = Registered();

        var ex = Assert.Throws<OrderRuleException>(() => OrderLock.EnsureContentEditable(order));

        Assert.True(OrderLock.IsContentLocked(order));
        Assert.Equal(OrderLock.LockedCode, ex.Code);
        Assert.Equal(
            "配送情報登録済みのため、お客様情報・受注商品情報・お届け先情報は変更できません。変更するには受注を取消し、新しく登録し直してください。",
            ex.Message);
    }

    public static TheoryData<string, Action<Order>> LockedEdits() => new()
    {
        { "customer", o => o.Customer.LastName = "佐藤" },
        { "items", o => o.Items[0].Name = "別の商品" },
        { "ship-to", o => o.ShipTo.Address.City = "港区" },
        { "shipping fee", o => o.ShippingFee = 0 },
        { "discount", o => o.Discount = 100 },
    };

    [Theory]
    [MemberData(nameof(LockedEdits))]
    public void H5_registered_order_refuses_content_edits(string _, Action<Order> edit)
    {
        var order = Registered();
        var before = OrderSnapshot.Of(order);
        edit(order);

        var ex = Assert.Throws<OrderRuleException>(() => OrderLock.EnsureEditAllowed(order, before, OrderSnapshot.Of(order)));
        Assert.Equal(OrderLock.LockedCode, ex.Code);
    }

    [Fact]
    public void H5_registered_order_may_be_saved_unchanged()
    {
        var order = Registered();
        var before = OrderSnapshot.Of(order);
        order.Note = "再配達依頼あり";
        OrderLock.EnsureEditAllowed(order, before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(LockedEdits))]
    public void H5_unregistered_order_accepts_content_edits(string _, Action<Order> edit)
    {
        var order = TestOrders.ReadyScoreOrder();
        var before = OrderSnapshot.Of(order);
        edit(order);
        OrderLock.EnsureEditAllowed(order, before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void O6_stopped_order_shows_the_sync_stopped_warning()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.SyncState = SyncState.Stopped;
        Assert.True(OrderLock.IsSyncStopped(order));
        Assert.Equal(
            "この受注はスコア後払いの管理画面で修正・取消されたため、カートから連携できません（連携停止）。",
            OrderLock.SyncWarning(order));
    }

    [Theory]
    [InlineData(SyncState.None)]
    [InlineData(SyncState.Waiting)]
    [InlineData(SyncState.Synced)]
    [InlineData(SyncState.Error)]
    public void O6_order_in_sync_shows_no_warning(SyncState state)
    {
        var order = TestOrders.ReadyScoreOrder();
        order.SyncState = state;
        Assert.False(OrderLock.IsSyncStopped(order));
        Assert.Null(OrderLock.SyncWarning(order));
    }

    [Fact]
    public void O6_outside_edit_warning_names_scores_admin_site() =>
        Assert.Contains("スコア後払いの管理画面", OrderLock.OutsideEditWarning);
}
