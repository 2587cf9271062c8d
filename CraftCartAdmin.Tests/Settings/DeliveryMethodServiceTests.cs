using CraftCartAdmin.Features.Settings.DeliveryMethods;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S3 配送方法・配送料: a delivery method that accepts スコア後払い needs a 運送会社.</summary>
public sealed class DeliveryMethodServiceTests(FreshShop shop) : IClassFixture<FreshShop>
{
    private const int Yamato = 12;

    [Fact]
    public async Task S3_accepting_score_without_a_carrier_is_refused_with_the_reason()
    {
        var score = await shop.ScoreMethodAsync();
        var code = FreshShop.Unique("pickup");

        var result = await shop.DeliveryMethods().SaveAsync(new DeliveryMethodInput
            { Code = code, Name = "工房受け取り", Fee = 0, CarrierCode = null, PaymentMethodIds = [score.Id] });

        Assert.False(result.Succeeded);
        Assert.Equal([ScoreCarrierRequirement.Refusal], result.Errors);
        Assert.Contains("運送会社の設定が必要です", ScoreCarrierRequirement.Refusal);
        await using var db = await shop.Db.CreateDbContextAsync();
        Assert.False(await db.DeliveryMethods.AnyAsync(d => d.Code == code));
    }

    [Fact]
    public async Task S3_removing_the_carrier_of_a_method_that_accepts_score_is_refused()
    {
        var score = await shop.ScoreMethodAsync();
        var service = shop.DeliveryMethods();
        var code = FreshShop.Unique("yamato");
        Assert.True((await service.SaveAsync(new DeliveryMethodInput
            { Code = code, Name = "宅急便", Fee = 800, CarrierCode = Yamato, PaymentMethodIds = [score.Id] })).Succeeded);
        var saved = (await service.ListAsync()).Single(r => r.Code == code);
        var form = (await service.LoadAsync(saved.Id))!;
        form.CarrierCode = null;

        var result = await service.SaveAsync(form);

        Assert.Equal([ScoreCarrierRequirement.Refusal], result.Errors);
        Assert.Equal("ヤマト運輸", (await service.ListAsync()).Single(r => r.Code == code).CarrierName);
    }

    [Fact]
    public async Task S3_a_method_with_a_carrier_accepts_score_and_its_payment_methods_round_trip()
    {
        var score = await shop.ScoreMethodAsync();
        var card = await shop.AddPaymentMethodAsync(FreshShop.Unique("card"), "クレジットカード");
        var service = shop.DeliveryMethods();
        var code = FreshShop.Unique("yupack");

        Assert.True((await service.SaveAsync(new DeliveryMethodInput
            { Code = code, Name = "ゆうパック", Fee = 750, CarrierCode = 16, PaymentMethodIds = [score.Id, card.Id] })).Succeeded);
        var row = (await service.ListAsync()).Single(r => r.Code == code);
        var form = (await service.LoadAsync(row.Id))!;
        var acceptedBefore = form.PaymentMethodIds.ToHashSet();
        form.PaymentMethodIds.Remove(card.Id);
        Assert.True((await service.SaveAsync(form)).Succeeded);

        Assert.Equal(("ゆうパック", 750, "ゆうパック"), (row.Name, row.Fee, row.CarrierName));
        Assert.Equal(["スコア後払い", "クレジットカード"], row.PaymentMethodNames);
        Assert.Equal(new HashSet<int> { score.Id, card.Id }, acceptedBefore);
        Assert.Equal(new HashSet<int> { score.Id }, (await service.LoadAsync(row.Id))!.PaymentMethodIds);
    }

    [Fact]
    public async Task A_method_without_score_needs_no_carrier()
    {
        var card = await shop.AddPaymentMethodAsync(FreshShop.Unique("card"), "クレジットカード");

        var result = await shop.DeliveryMethods().SaveAsync(new DeliveryMethodInput
            { Code = FreshShop.Unique("pickup"), Name = "工房受け取り", Fee = 0, PaymentMethodIds = [card.Id] });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Invalid_input_is_refused_in_Japanese()
    {
        var result = await shop.DeliveryMethods().SaveAsync(new DeliveryMethodInput { Code = "", Name = "", Fee = -5, CarrierCode = 999 });

        Assert.Equal(["配送方法名を入力してください。", "コードを入力してください。", "送料は0円から100,000円の範囲で入力してください。", "運送会社を一覧から選択してください。"],
            result.Errors);
    }
}
