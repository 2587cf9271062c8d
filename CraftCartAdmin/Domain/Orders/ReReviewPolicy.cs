namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// SPEC C1: every edit of a SCORE order is sent to SCORE, and every edit other than (a) an item
/// change that leaves every amount as it was and (b) a decrease of the total triggers a new review.
/// </summary>
/// <remarks>
/// (a) means the same 送料, 決済手数料 and 値引き and the same multiset of item (unit price,
/// quantity) pairs, so only what names a line (商品名, SKU) or the order of lines changed; a line
/// whose price and quantity both change to the same line total is an amount change.
/// (b) means a lower total reached only by lowering: no fee raised, no discount lowered, and per
/// product (SKU, else name) neither more pieces nor a higher amount than before, nor a new product.
/// A change of customer or ship-to data is always reviewed, whatever the amounts do.
/// </remarks>
public static class ReReviewPolicy
{
    public static ScoreEditDecision Decide(OrderSnapshot before, OrderSnapshot after)
    {
        if (before.SameContent(after)) return ScoreEditDecision.NoChange;
        if (!before.SamePeople(after)) return ScoreEditDecision.SendModifyAndReReview;
        if (IsAmountNeutralItemChange(before, after) || IsPureDecrease(before, after))
            return ScoreEditDecision.SendModifyKeepResult;
        return ScoreEditDecision.SendModifyAndReReview;
    }

    /// <summary>The credit result to show right after the edit is saved.</summary>
    public static CreditResult CreditResultAfter(ScoreEditDecision decision, CreditResult current) =>
        decision == ScoreEditDecision.SendModifyAndReReview ? CreditResult.Hold : current;

    private static bool IsAmountNeutralItemChange(OrderSnapshot before, OrderSnapshot after) =>
        before.SameFees(after) && AmountsOf(before).SequenceEqual(AmountsOf(after));

    private static IEnumerable<(int UnitPrice, int Quantity)> AmountsOf(OrderSnapshot s) =>
        s.Items.Select(i => (i.UnitPrice, i.Quantity)).Order();

    private static bool IsPureDecrease(OrderSnapshot before, OrderSnapshot after)
    {
        if (after.Total >= before.Total) return false;
        if (after.ShippingFee > before.ShippingFee || after.PaymentFee > before.PaymentFee
            || after.Discount < before.Discount) return false;

        var was = ByProduct(before);
        foreach (var (product, now) in ByProduct(after))
        {
            if (!was.TryGetValue(product, out var then)) return false;
            if (now.Quantity > then.Quantity || now.Amount > then.Amount) return false;
        }
        return true;
    }

    private static Dictionary<string, (int Quantity, int Amount)> ByProduct(OrderSnapshot s) =>
        s.Items
            .GroupBy(i => string.IsNullOrEmpty(i.Sku) ? "name:" + i.Name : "sku:" + i.Sku)
            .ToDictionary(g => g.Key, g => (g.Sum(i => i.Quantity), g.Sum(i => i.LineTotal)));
}
