using CraftCartAdmin.Features.Settings.PaymentMethods;
using CraftCartAdmin.Tests.Foundation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CraftCartAdmin.Data;

namespace CraftCartAdmin.Tests.Settings;

/// <summary>SPEC S2 on the seeded demo shop, whose orders use its payment methods. Refusals only: nothing changes.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class PaymentMethodInUseTests(AppFixture app)
{
    [Fact]
    public async Task A_method_used_by_orders_is_not_deleted_and_the_order_count_is_given()
    {
        var db = app.Factory.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>();
        var service = new PaymentMethodService(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<PaymentMethodService>.Instance);
        var bank = (await service.ListAsync()).Single(r => r.Code == "bank");
        Assert.True(bank.OrderCount > 0);
        Assert.False(bank.CanDelete);

        var result = await service.DeleteAsync(bank.Id);

        Assert.False(result.Succeeded);
        Assert.Contains($"「銀行振込」は{bank.OrderCount:N0}件の受注で使われているため削除できません。", result.Errors);
        Assert.Contains(await service.ListAsync(), r => r.Id == bank.Id);
    }
}
