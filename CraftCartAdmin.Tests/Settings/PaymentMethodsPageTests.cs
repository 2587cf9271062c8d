using Bunit;
using CraftCartAdmin.Data;
using CraftCartAdmin.Features.Settings.PaymentMethods;
using CraftCartAdmin.Tests.Foundation;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S2 on 支払方法設定 of the seeded demo shop. Only refusals are exercised, so the shared shop is unchanged.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class PaymentMethodsPageTests(AppFixture app) : MudTestContext(services =>
    services.AddSingleton(new PaymentMethodService(app.Factory.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<PaymentMethodService>.Instance)))
{
    [Fact]
    public void S2_the_score_row_offers_no_delete_and_says_why()
    {
        var cut = Render<PaymentMethodsPage>();
        cut.WaitForElement("[data-testid=payment-methods]");

        Assert.Empty(cut.FindAll("[data-testid=delete-score]"));
        Assert.Contains("削除できません", cut.Find("[data-testid=actions-score]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=delete-bank]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=edit-score]"));
    }

    [Fact]
    public void Methods_are_listed_in_display_order_with_their_fee_in_yen()
    {
        var cut = Render<PaymentMethodsPage>();

        var rows = cut.WaitForElement("[data-testid=payment-methods] tbody").QuerySelectorAll("tr").Select(r => r.TextContent).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Contains("スコア後払い", rows[0]);
        Assert.Contains("¥330", rows[0]);
        Assert.Contains("クレジットカード", rows[1]);
        Assert.Contains("配送方法 4件・受注", cut.Find("[data-testid=usage-card]").TextContent);
    }

    [Fact]
    public void Deleting_a_method_used_by_orders_shows_the_refusal()
    {
        var cut = Render<PaymentMethodsPage>();
        cut.WaitForElement("[data-testid=delete-bank]").Click();

        cut.Find("[data-testid=confirm-delete-bank]").Click();

        cut.WaitForAssertion(() => Assert.Contains("受注で使われているため削除できません。", cut.Find("[data-testid=errors]").TextContent));
        Assert.Contains("銀行振込", cut.Find("[data-testid=payment-methods]").TextContent);
    }

    [Fact]
    public void The_system_method_code_is_not_editable()
    {
        var cut = Render<PaymentMethodsPage>();
        cut.WaitForElement("[data-testid=edit-score]").Click();

        Assert.True(cut.Control("#code").HasAttribute("disabled"));
        Assert.Equal("score", cut.Control("#code").GetAttribute("value"));
    }
}
