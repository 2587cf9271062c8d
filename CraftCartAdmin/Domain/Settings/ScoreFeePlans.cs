namespace CraftCartAdmin.Domain.Settings;

/// <summary>
/// SCORE's plan table (SPEC S4, tax excluded, as of Aug 2022) and a monthly cost estimate per plan,
/// so the shop can see which plan suits its volume.
/// </summary>
/// <remarks>
/// Integer yen throughout. The rate fee is amount × rate rounded down to the yen (切り捨て), the
/// usual rounding of a fee estimate; SCORE's invoice may round differently, so the page calls it
/// an estimate. The invoice fee is a parameter because 同梱 and 郵便局払い pricing is quoted separately.
/// </remarks>
public static class ScoreFeePlans
{
    /// <summary>請求書発行手数料 per invoice, postage included, for 別送.</summary>
    public const int DefaultInvoiceFeeYen = 187;

    /// <summary>初期費用, once; waived when applied for together with the cart.</summary>
    public const int SetupFeeYen = 30_000;

    public static IReadOnlyList<ScoreFeePlan> All { get; } =
    [
        new(ScorePlan.A, 0, 470),
        new(ScorePlan.B, 4_700, 420),
        new(ScorePlan.C, 19_000, 340),
        new(ScorePlan.D, 45_700, 270),
    ];

    public static ScoreFeePlan For(ScorePlan plan) => All.Single(p => p.Plan == plan);

    /// <summary>The monthly cost of each plan, cheapest marked (every plan tied for cheapest is marked).</summary>
    /// <param name="amountTotalYen">Sum of the month's billed amounts (tax included, as billed).</param>
    /// <param name="invoiceCount">Invoices issued in the month.</param>
    /// <param name="invoiceFeeYen">Fee per invoice; <see cref="DefaultInvoiceFeeYen"/> unless quoted otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">for a negative argument.</exception>
    public static IReadOnlyList<ScoreFeeEstimate> Estimate(long amountTotalYen, int invoiceCount, int invoiceFeeYen = DefaultInvoiceFeeYen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountTotalYen);
        ArgumentOutOfRangeException.ThrowIfNegative(invoiceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(invoiceFeeYen);

        var invoices = checked((long)invoiceCount * invoiceFeeYen);
        var costs = All
            .Select(p => (Plan: p, Rate: checked(amountTotalYen * p.RateBasisPoints) / 10_000))
            .Select(c => (c.Plan, c.Rate, Total: c.Plan.MonthlyFeeYen + c.Rate + invoices))
            .ToList();
        var cheapest = costs.Min(c => c.Total);
        return costs
            .Select(c => new ScoreFeeEstimate(c.Plan, c.Plan.MonthlyFeeYen, c.Rate, invoices, c.Total == cheapest))
            .ToList();
    }
}
