using Bunit;
using CraftCartAdmin.Features.Orders.Slip;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>帳票出力: the printable 納品書 of an order.</summary>
public sealed class DeliverySlipPageTests : OrderPageContext
{
    [Fact]
    public async Task O3_the_delivery_slip_shows_shop_ship_to_items_and_total_and_prints_through_the_browser()
    {
        var id = AddOrder();
        var page = Render<DeliverySlipPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=delivery-slip]");

        Assert.Equal("テスト工房", page.Find("[data-testid=slip-shop]").TextContent);
        Assert.Equal("山田 太郎 様", page.Find("[data-testid=slip-ship-to]").TextContent);
        Assert.Contains("手作り石鹸", page.Find("[data-testid=slip-item]").TextContent);
        Assert.Equal("3,530円", page.Find("[data-testid=slip-total]").TextContent);

        await page.Find("[data-testid=print]").ClickAsync(new());

        JSInterop.VerifyInvoke("print");
    }
}
