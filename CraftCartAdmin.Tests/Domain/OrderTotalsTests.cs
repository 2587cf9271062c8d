using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Tests.Domain;

public class OrderTotalsTests
{
    [Fact]
    public void Total_is_items_plus_shipping_plus_payment_fee_minus_discount()
    {
        var totals = OrderTotals.Compute([(1200, 2), (500, 3)], shippingFee: 800, paymentFee: 330, discount: 100);
        Assert.Equal(3900, totals.ItemsTotal);
        Assert.Equal(3900 + 800 + 330 - 100, totals.Total);
    }

    [Fact]
    public void Discount_equal_to_everything_gives_zero() =>
        Assert.Equal(0, OrderTotals.Compute([(1000, 1)], 500, 0, 1500).Total);

    [Fact]
    public void Free_items_are_allowed() =>
        Assert.Equal(800, OrderTotals.Compute([(0, 1)], 800, 0, 0).Total);

    public static TheoryData<(int, int)[], int, int, int, string> Refusals() => new()
    {
        { [], 0, 0, 0, "NO_ITEMS" },
        { [(1000, 0)], 0, 0, 0, "QUANTITY" },
        { [(1000, -1)], 0, 0, 0, "QUANTITY" },
        { [(-1, 1)], 0, 0, 0, "UNIT_PRICE" },
        { [(1000, 1)], -1, 0, 0, "FEE" },
        { [(1000, 1)], 0, -1, 0, "FEE" },
        { [(1000, 1)], 0, 0, -1, "FEE" },
        { [(1000, 1)], 500, 0, 1501, "DISCOUNT" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Invalid_amounts_are_refused_with_their_code((int, int)[] lines, int shipping, int paymentFee, int discount, string code)
    {
        var ex = Assert.Throws<OrderRuleException>(() => OrderTotals.Compute(lines, shipping, paymentFee, discount));
        Assert.Equal(code, ex.Code);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void Overflowing_amounts_throw_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => OrderTotals.Compute([(int.MaxValue, 2)], 0, 0, 0));

    [Fact]
    public void Order_recalculates_its_total_from_its_lines()
    {
        var order = TestOrders.ReadyScoreOrder();
        order.PaymentFee = 330;
        order.Discount = 30;
        order.RecalculateTotal();
        Assert.Equal(2400 + 800 + 330 - 30, order.Total);
    }
}
