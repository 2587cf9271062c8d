namespace CraftCartAdmin.Domain.Orders;

/// <summary>The money of an order, yen tax included: total = items + 送料 + 決済手数料 − 値引き.</summary>
public readonly record struct OrderTotals(int ItemsTotal, int ShippingFee, int PaymentFee, int Discount)
{
    public int Total => checked(ItemsTotal + ShippingFee + PaymentFee - Discount);

    /// <exception cref="OrderRuleException">for a negative amount, an empty order or a discount larger than what it reduces.</exception>
    public static OrderTotals Compute(IEnumerable<(int UnitPrice, int Quantity)> lines, int shippingFee, int paymentFee, int discount)
    {
        var list = lines.ToList();
        if (list.Count == 0)
            throw new OrderRuleException("NO_ITEMS", "商品を1点以上登録してください。");
        if (list.Any(l => l.Quantity < 1))
            throw new OrderRuleException("QUANTITY", "数量は1以上で入力してください。");
        if (list.Any(l => l.UnitPrice < 0))
            throw new OrderRuleException("UNIT_PRICE", "単価に負の金額は入力できません。");
        if (shippingFee < 0 || paymentFee < 0 || discount < 0)
            throw new OrderRuleException("FEE", "送料・決済手数料・値引きに負の金額は入力できません。");

        var items = checked(list.Sum(l => l.UnitPrice * l.Quantity));
        var totals = new OrderTotals(items, shippingFee, paymentFee, discount);
        if (totals.Total < 0)
            throw new OrderRuleException("DISCOUNT", "値引きが合計金額を超えています。");
        return totals;
    }
}
