using Bunit;
using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders.List;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>受注一覧 (SPEC O2, I1) rendered with bunit over the demo shop.</summary>
public sealed class OrderListPageTests(DemoShopApp shop) : OrderGridContext(shop)
{
    [Fact]
    public void O2_the_grid_shows_the_columns_of_the_spec_in_order()
    {
        Render<MudPopoverProvider>();
        var page = Render<OrderListPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-number]")));
        var headers = page.FindAll("th").Select(h => h.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        Assert.Equal(["注文番号", "注文日時", "お客様名", "支払方法", "購入金額(円)", "入金日 / 発送日", "対応状況", "帳票出力 / メール", "伝票番号"], headers);
        Assert.Equal(OrderListQuery.PageSize, page.FindAll("[data-testid=order-number]").Count);
    }

    [Fact]
    public void O2_score_orders_show_the_credit_line_under_the_status_and_I1_the_invoice_marker()
    {
        Render<MudPopoverProvider>();
        var page = Render<OrderListPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=credit]")));
        Assert.All(page.FindAll("[data-testid=credit]"), c => Assert.Matches("^与信：(OK|NG|HOLD|保留|未登録)$", c.TextContent.Trim()));
        Assert.Contains(page.FindAll("[data-testid=invoice-marker]"), m => m.TextContent.Trim() is "スコア後払い（未）請求書" or "スコア後払い（済）請求書");
    }

    [Fact]
    public void O2_per_status_counts_add_up_to_every_order()
    {
        Render<MudPopoverProvider>();
        var page = Render<OrderListPage>();

        page.WaitForAssertion(() => Assert.Contains("新規受付", page.Find("[data-testid=status-counts]").TextContent));
        var counts = Enum.GetValues<OrderStatus>()
            .Select(s => int.Parse(page.Find($"[data-testid=count-{s}] b").TextContent.Replace(",", "")))
            .Sum();
        Assert.Equal(300, counts);
    }

    [Fact]
    public async Task O2_a_credit_result_changed_elsewhere_updates_its_row_without_reload()
    {
        Render<MudPopoverProvider>();
        var page = Render<OrderListPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=order-number]")));
        var firstNumber = page.FindAll("[data-testid=order-number]")[0].TextContent.Trim();
        await using (var db = await ContextAsync())
        {
            var order = await db.Orders.Include(o => o.PaymentMethod).SingleAsync(o => o.OrderNumber == firstNumber);
            order.PaymentMethod = await db.PaymentMethods.SingleAsync(p => p.Code == PaymentMethod.ScoreCode);
            order.CreditResult = CreditResult.Hold;
            await db.SaveChangesAsync();
            Services.GetRequiredService<OrderChangeNotifier>().Publish(order.Id);
        }
        page.WaitForAssertion(() => Assert.Equal("与信：HOLD", CreditOfFirstRow(page)));

        await using (var db = await ContextAsync())
        {
            var order = await db.Orders.SingleAsync(o => o.OrderNumber == firstNumber);
            order.CreditResult = CreditResult.Ok;
            await db.SaveChangesAsync();
            Services.GetRequiredService<OrderChangeNotifier>().Publish(order.Id);
        }

        page.WaitForAssertion(() => Assert.Equal("与信：OK", CreditOfFirstRow(page)), TimeSpan.FromSeconds(5));
    }

    private static string CreditOfFirstRow(IRenderedComponent<OrderListPage> page) =>
        page.FindAll("tbody tr")[0].QuerySelector("[data-testid=credit]")?.TextContent.Trim() ?? "";
}
