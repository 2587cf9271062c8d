using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class OrderStatusMachineTests
{
    private static readonly HashSet<(OrderStatus, OrderStatus)> Allowed =
    [
        (OrderStatus.New, OrderStatus.Paid), (OrderStatus.New, OrderStatus.InProgress),
        (OrderStatus.New, OrderStatus.Shipped), (OrderStatus.New, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderStatus.InProgress), (OrderStatus.Paid, OrderStatus.Shipped),
        (OrderStatus.Paid, OrderStatus.Cancelled),
        (OrderStatus.InProgress, OrderStatus.Paid), (OrderStatus.InProgress, OrderStatus.Shipped),
        (OrderStatus.InProgress, OrderStatus.Cancelled),
        (OrderStatus.Shipped, OrderStatus.Returned),
    ];

    public static TheoryData<OrderStatus, OrderStatus, bool> AllPairs()
    {
        var data = new TheoryData<OrderStatus, OrderStatus, bool>();
        foreach (var from in Enum.GetValues<OrderStatus>())
            foreach (var to in Enum.GetValues<OrderStatus>())
                data.Add(from, to, Allowed.Contains((from, to)));
        return data;
    }

    [Fact]
    public void Status_pairs_cover_all_36_combinations() => Assert.Equal(36, AllPairs().Count);

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Status_transition_is_allowed_exactly_as_the_table_says(OrderStatus from, OrderStatus to, bool allowed)
    {
        Assert.Equal(allowed, OrderStatusMachine.CanMove(from, to));
        if (allowed)
        {
            OrderStatusMachine.EnsureCanMove(from, to);
        }
        else
        {
            var ex = Assert.Throws<OrderRuleException>(() => OrderStatusMachine.EnsureCanMove(from, to));
            Assert.Equal("STATUS_TRANSITION", ex.Code);
            Assert.Contains(from.Label(), ex.Message);
            Assert.Contains(to.Label(), ex.Message);
        }
    }

    [Theory]
    [InlineData(OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Returned, true)]
    [InlineData(OrderStatus.New, false)]
    [InlineData(OrderStatus.Paid, false)]
    [InlineData(OrderStatus.InProgress, false)]
    [InlineData(OrderStatus.Shipped, false)]
    public void Cancelled_and_returned_are_final(OrderStatus status, bool final) =>
        Assert.Equal(final, OrderStatusMachine.IsFinal(status));

    [Fact]
    public void H5_shipped_order_can_only_become_returned() =>
        Assert.Equal([OrderStatus.Returned], OrderStatusMachine.NextStatuses(OrderStatus.Shipped));

    [Fact]
    public void Entering_shipped_records_the_ship_date_once()
    {
        var order = TestOrders.BankOrder();
        order.MoveTo(OrderStatus.Shipped, TestOrders.Today);
        order.MoveTo(OrderStatus.Returned, TestOrders.Today.AddDays(3));
        Assert.Equal(TestOrders.Today, order.ShippedOn);
    }

    [Fact]
    public void Moving_to_the_same_status_is_not_a_transition()
    {
        var order = TestOrders.BankOrder();
        order.MoveTo(OrderStatus.Cancelled, TestOrders.Today);
        order.MoveTo(OrderStatus.Cancelled, TestOrders.Today);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }
}
