using Bunit;
using CraftCartAdmin.Features.Settings.DeliveryMethods;
using CraftCartAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S3 on 配送方法・配送料: ticking スコア後払い without a 運送会社 is refused with the reason.</summary>
public sealed class DeliveryMethodsPageTests : MudTestContext, IClassFixture<FreshShop>
{
    private readonly FreshShop shop;
    private readonly IRenderedComponent<MudPopoverProvider> popover;

    public DeliveryMethodsPageTests(FreshShop shop) : base(services => services.AddSingleton(shop.DeliveryMethods()))
    {
        this.shop = shop;
        popover = Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task S3_saving_score_without_a_carrier_shows_the_refusal_and_saves_nothing()
    {
        var score = await shop.ScoreMethodAsync();
        var code = FreshShop.Unique("pickup");
        var cut = Render<DeliveryMethodsPage>();
        cut.WaitForElement("[data-testid=add]").Click();
        cut.WaitForElement("#name");
        cut.Type("#name", "工房受け取り");
        cut.Type("#code", code);

        cut.Control($"[data-testid=accept-{score.Id}]").Change(true);
        cut.WaitForElement("[data-testid=carrier-hint]");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(ScoreCarrierRequirement.Refusal, cut.Find("[data-testid=errors]").TextContent));
        Assert.DoesNotContain(await shop.DeliveryMethods().ListAsync(), r => r.Code == code);
        Assert.NotEmpty(cut.FindAll("[data-testid=editor]"));
    }

    [Fact]
    public async Task S3_the_carrier_select_lists_none_and_every_carrier()
    {
        await shop.ScoreMethodAsync();
        var cut = Render<DeliveryMethodsPage>();
        cut.WaitForElement("[data-testid=add]").Click();

        cut.WaitForElement("[data-testid=editor] .mud-select-input").MouseDown();

        popover.WaitForAssertion(() =>
        {
            var items = popover.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
            Assert.Equal("なし", items[0]);
            Assert.Contains("ヤマト運輸", items);
            Assert.Contains("佐川急便", items);
            Assert.Contains("福山通運", items);
        });
    }

    [Fact]
    public async Task Saved_methods_are_listed_with_carrier_fee_and_payment_methods()
    {
        var score = await shop.ScoreMethodAsync();
        var code = FreshShop.Unique("yamato");
        Assert.True((await shop.DeliveryMethods().SaveAsync(new DeliveryMethodInput
            { Code = code, Name = "宅急便", Fee = 1200, CarrierCode = 12, PaymentMethodIds = [score.Id] })).Succeeded);

        var cut = Render<DeliveryMethodsPage>();

        var row = cut.WaitForElement("[data-testid=delivery-methods] tbody").QuerySelectorAll("tr").Single(r => r.TextContent.Contains(code)).TextContent;
        Assert.Contains("ヤマト運輸", row);
        Assert.Contains("¥1,200", row);
        Assert.Contains("スコア後払い", row);
    }
}
