using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Tests.Domain;

public class ScoreFeePlansTests
{
    [Theory]
    [InlineData(ScorePlan.A, 0, 470, "4.70%")]
    [InlineData(ScorePlan.B, 4_700, 420, "4.20%")]
    [InlineData(ScorePlan.C, 19_000, 340, "3.40%")]
    [InlineData(ScorePlan.D, 45_700, 270, "2.70%")]
    public void S4_plan_table_matches_the_published_fees(ScorePlan plan, int monthly, int basisPoints, string label)
    {
        var fee = ScoreFeePlans.For(plan);
        Assert.Equal(monthly, fee.MonthlyFeeYen);
        Assert.Equal(basisPoints, fee.RateBasisPoints);
        Assert.Equal(label, fee.RateLabel);
    }

    [Fact]
    public void S4_invoice_fee_defaults_to_187_yen() => Assert.Equal(187, ScoreFeePlans.DefaultInvoiceFeeYen);

    [Fact]
    public void S4_estimate_adds_monthly_fee_rate_fee_and_invoice_fees()
    {
        var estimates = ScoreFeePlans.Estimate(amountTotalYen: 1_000_000, invoiceCount: 100);

        Assert.Equal([47_000L, 42_000, 34_000, 27_000], estimates.Select(e => e.RateFeeYen));
        Assert.All(estimates, e => Assert.Equal(18_700, e.InvoiceFeesYen));
        Assert.Equal([65_700L, 65_400, 71_700, 91_400], estimates.Select(e => e.TotalYen));
    }

    [Fact]
    public void S4_cheapest_plan_is_marked()
    {
        var estimates = ScoreFeePlans.Estimate(1_000_000, 100);
        Assert.Equal([ScorePlan.B], estimates.Where(e => e.IsCheapest).Select(e => e.Plan.Plan));
    }

    [Theory]
    [InlineData(0, ScorePlan.A)]
    [InlineData(100_000, ScorePlan.A)]
    [InlineData(5_000_000, ScorePlan.D)]
    public void S4_cheapest_plan_depends_on_volume(long amount, ScorePlan cheapest) =>
        Assert.Equal(cheapest, ScoreFeePlans.Estimate(amount, 10).Single(e => e.IsCheapest).Plan.Plan);

    [Fact]
    public void S4_every_plan_tied_for_cheapest_is_marked()
    {
        // A and B cost the same when 0.5% of the amount equals B's ¥4,700: amount ¥940,000.
        var cheapest = ScoreFeePlans.Estimate(940_000, 0).Where(e => e.IsCheapest).Select(e => e.Plan.Plan);
        Assert.Equal([ScorePlan.A, ScorePlan.B], cheapest);
    }

    [Fact]
    public void S4_rate_fee_is_rounded_down_to_the_yen()
    {
        // 12,345 × 4.70% = 580.215 → 580; × 2.70% = 333.315 → 333.
        var estimates = ScoreFeePlans.Estimate(12_345, 0);
        Assert.Equal(580, estimates[0].RateFeeYen);
        Assert.Equal(333, estimates[3].RateFeeYen);
    }

    [Fact]
    public void S4_invoice_fee_is_editable_for_bundled_pricing() =>
        Assert.All(ScoreFeePlans.Estimate(0, 10, invoiceFeeYen: 150), e => Assert.Equal(1_500, e.InvoiceFeesYen));

    [Theory]
    [InlineData(-1, 0, 187)]
    [InlineData(0, -1, 187)]
    [InlineData(0, 0, -1)]
    public void S4_negative_inputs_are_refused(long amount, int invoices, int fee) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFeePlans.Estimate(amount, invoices, fee));
}
