using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Settings.DeliveryMethods;
using CraftCartAdmin.Features.Settings.PaymentMethods;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S2 支払方法設定: the system method スコア後払い stays; methods in use stay; the rest is editable.</summary>
public sealed class PaymentMethodServiceTests(FreshShop shop) : IClassFixture<FreshShop>
{
    [Fact]
    public async Task S2_the_system_method_cannot_be_deleted()
    {
        var score = await shop.ScoreMethodAsync();

        var result = await shop.PaymentMethods().DeleteAsync(score.Id);

        Assert.False(result.Succeeded);
        Assert.Equal(["スコア後払いはシステムの支払方法のため削除できません。"], result.Errors);
        Assert.Contains(await shop.PaymentMethods().ListAsync(), r => r.Id == score.Id && r.IsSystem && !r.CanDelete);
    }

    [Fact]
    public async Task S2_the_system_method_keeps_its_code_but_its_name_and_fee_are_editable()
    {
        var score = await shop.ScoreMethodAsync();
        var service = shop.PaymentMethods();

        var renamed = await service.SaveAsync(new PaymentMethodInput { Id = score.Id, Code = "atobarai", Name = "後払い", Fee = 0 });
        var feeChanged = await service.SaveAsync(new PaymentMethodInput { Id = score.Id, Code = PaymentMethod.ScoreCode, Name = "スコア後払い", Fee = 209 });

        Assert.Contains("スコア後払いはシステムの支払方法のため、コードを変更できません。", renamed.Errors);
        Assert.True(feeChanged.Succeeded);
        Assert.Contains(await service.ListAsync(), r => r.Code == PaymentMethod.ScoreCode && r.Fee == 209);
    }

    [Fact]
    public async Task S2_a_shop_method_cannot_take_the_score_code()
    {
        await shop.ScoreMethodAsync();

        var result = await shop.PaymentMethods().SaveAsync(new PaymentMethodInput { Code = PaymentMethod.ScoreCode, Name = "偽の後払い" });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("スコア後払い専用"));
    }

    [Fact]
    public async Task Added_method_is_listed_last_and_can_be_edited_and_deleted()
    {
        var service = shop.PaymentMethods();
        var code = FreshShop.Unique("bank");

        Assert.True((await service.SaveAsync(new PaymentMethodInput { Code = code, Name = "銀行振込", Fee = 0 })).Succeeded);
        var added = (await service.ListAsync())[^1];
        Assert.Equal((code, "銀行振込"), (added.Code, added.Name));

        Assert.True((await service.SaveAsync(new PaymentMethodInput { Id = added.Id, Code = code, Name = "銀行振込（前払い）", Fee = 110 })).Succeeded);
        Assert.Contains(await service.ListAsync(), r => r.Id == added.Id && r.Name == "銀行振込（前払い）" && r.Fee == 110);

        Assert.True((await service.DeleteAsync(added.Id)).Succeeded);
        Assert.DoesNotContain(await service.ListAsync(), r => r.Id == added.Id);
    }

    [Fact]
    public async Task Invalid_or_duplicate_input_is_refused_in_Japanese()
    {
        var service = shop.PaymentMethods();
        var code = FreshShop.Unique("cod");
        Assert.True((await service.SaveAsync(new PaymentMethodInput { Code = code, Name = "代金引換", Fee = 330 })).Succeeded);

        var duplicate = await service.SaveAsync(new PaymentMethodInput { Code = code, Name = "代引き" });
        var invalid = await service.SaveAsync(new PaymentMethodInput { Code = "だいびき", Name = " ", Fee = -1 });

        Assert.Equal([$"コード「{code}」は既に使われています。"], duplicate.Errors);
        Assert.Equal(["支払方法名を入力してください。", "コードは半角英数字（- と _ を含む）で入力してください。", "手数料は0円から100,000円の範囲で入力してください。"],
            invalid.Errors);
    }

    [Fact]
    public async Task Reorder_moves_a_method_up_and_down_and_stops_at_the_ends()
    {
        var service = shop.PaymentMethods();
        var a = await shop.AddPaymentMethodAsync(FreshShop.Unique("a"), "A");
        var b = await shop.AddPaymentMethodAsync(FreshShop.Unique("b"), "B");

        await service.MoveAsync(b.Id, MoveDirection.Up);
        var afterUp = (await service.ListAsync()).Select(r => r.Id).ToList();
        await service.MoveAsync(afterUp[0], MoveDirection.Up);
        var afterNoop = (await service.ListAsync()).Select(r => r.Id).ToList();
        await service.MoveAsync(b.Id, MoveDirection.Down);
        var afterDown = (await service.ListAsync()).Select(r => r.Id).ToList();

        Assert.True(afterUp.IndexOf(b.Id) < afterUp.IndexOf(a.Id));
        Assert.Equal(afterUp, afterNoop);
        Assert.True(afterDown.IndexOf(a.Id) < afterDown.IndexOf(b.Id));
        Assert.Equal(afterDown.Count, (await service.ListAsync()).Select(r => r.SortOrder).Distinct().Count());
    }

    [Fact]
    public async Task A_method_accepted_by_a_delivery_method_is_not_deleted_and_the_reason_is_given()
    {
        var card = await shop.AddPaymentMethodAsync(FreshShop.Unique("card"), "クレジットカード");
        Assert.True((await shop.DeliveryMethods().SaveAsync(new DeliveryMethodInput
            { Code = FreshShop.Unique("mail"), Name = "メール便", Fee = 300, PaymentMethodIds = [card.Id] })).Succeeded);

        var result = await shop.PaymentMethods().DeleteAsync(card.Id);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("メール便") && e.Contains("削除できません"));
        await using var db = await shop.Db.CreateDbContextAsync();
        Assert.True(await db.PaymentMethods.AnyAsync(p => p.Id == card.Id));
    }
}
