namespace CraftCartAdmin.Domain.Settings;

/// <summary>One SCORE fee plan (SPEC S4), tax excluded. The rate is in basis points: 470 = 4.70%.</summary>
public sealed record ScoreFeePlan(ScorePlan Plan, int MonthlyFeeYen, int RateBasisPoints)
{
    /// <summary>The rate as shown, e.g. 4.70%.</summary>
    public string RateLabel => $"{RateBasisPoints / 100}.{RateBasisPoints % 100:00}%";
}

/// <summary>A plan's estimated monthly cost in yen, tax excluded, broken down as the settings page shows it.</summary>
public sealed record ScoreFeeEstimate(
    ScoreFeePlan Plan, long MonthlyFeeYen, long RateFeeYen, long InvoiceFeesYen, bool IsCheapest)
{
    public long TotalYen => MonthlyFeeYen + RateFeeYen + InvoiceFeesYen;
}
