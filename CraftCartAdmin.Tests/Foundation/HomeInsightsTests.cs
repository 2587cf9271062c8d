using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Home;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Foundation;

/// <summary>ホーム's chart and the S4 fee estimate over the demo shop's real SCORE volume.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class HomeInsightsTests(AppFixture app)
{
    private HomeInsightsQuery Query => app.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<HomeInsightsQuery>();

    [Fact]
    public async Task S4_the_estimate_prices_the_last_30_days_under_every_plan_and_marks_the_cheapest()
    {
        var fees = await Query.FeesAsync();

        Assert.True(fees.InvoiceCount > 0 && fees.AmountYen > 0);
        Assert.Equal([ScorePlan.A, ScorePlan.B, ScorePlan.C, ScorePlan.D], fees.Plans.Select(p => p.Plan.Plan));
        var cheapest = fees.Plans.Min(p => p.TotalYen);
        Assert.All(fees.Plans, p => Assert.Equal(p.TotalYen == cheapest, p.IsCheapest));
        Assert.Equal(fees.Plans.Single(p => p.Plan.Plan == ScorePlan.A).TotalYen,
            fees.AmountYen * 470 / 10_000 + fees.InvoiceCount * (long)fees.InvoiceFeeYen);
    }

    [Fact]
    public async Task The_chart_covers_the_last_14_days_of_SCORE_orders()
    {
        var days = await Query.LastDaysAsync();

        Assert.Equal(14, days.Count);
        Assert.True(days.Sum(d => d.Ok + d.Ng + d.Hold + d.Other) > 0);
        Assert.Equal(days.Select(d => d.Day).Order(), days.Select(d => d.Day));
    }
}
