using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Orders.List;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>SPEC O2 filters, sorting and paging as one EF query over the demo shop.</summary>
public sealed class OrderListQueryTests(DemoShopApp shop) : IClassFixture<DemoShopApp>
{
    private OrderListQuery Query => shop.App.Services.CreateScope().ServiceProvider.GetRequiredService<OrderListQuery>();

    [Theory]
    [InlineData(CreditResult.Ng)]
    [InlineData(CreditResult.Hold)]
    [InlineData(CreditResult.Pending)]
    public async Task O2_filter_by_credit_result(CreditResult credit)
    {
        var page = await Query.PageAsync(new OrderListFilter { Credit = credit }, OrderListSort.Default, 0);

        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Equal(credit, r.CreditResult));
    }

    [Fact]
    public async Task O2_filter_by_status_invoice_state_and_payment_method_combine()
    {
        var all = await Query.PageAsync(new OrderListFilter(), OrderListSort.Default, 0, 1000);
        var sample = all.Rows.First(r => r.InvoiceState == InvoiceState.Taken);

        var page = await Query.PageAsync(new OrderListFilter { Status = sample.Status, Invoice = InvoiceState.Taken }, OrderListSort.Default, 0, 1000);

        Assert.Contains(page.Rows, r => r.Id == sample.Id);
        Assert.All(page.Rows, r => Assert.True(r.Status == sample.Status && r.InvoiceState == InvoiceState.Taken));
        Assert.Equal(all.Rows.Count(r => r.Status == sample.Status && r.InvoiceState == InvoiceState.Taken), page.TotalCount);
    }

    [Fact]
    public async Task O2_filter_by_order_date_range_in_Japan_time()
    {
        var all = await Query.PageAsync(new OrderListFilter(), OrderListSort.Default, 0, 1000);
        var day = JapanTime.DateOf(all.Rows[10].OrderedAt);

        var page = await Query.PageAsync(new OrderListFilter { OrderedFrom = day, OrderedTo = day }, OrderListSort.Default, 0, 1000);

        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Equal(day, JapanTime.DateOf(r.OrderedAt)));
        Assert.Equal(all.Rows.Count(r => JapanTime.DateOf(r.OrderedAt) == day), page.TotalCount);
    }

    [Fact]
    public async Task O2_free_text_finds_by_order_number_name_hiragana_kana_email_phone_and_tracking_number()
    {
        await using var db = await shop.App.Services.GetRequiredService<IDbContextFactory<Data.CraftCartDbContext>>().CreateDbContextAsync();
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.TrackingNumber != null);
        var hiragana = new string(order.Customer.LastNameKana.Select(c => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c).ToArray());

        foreach (var text in new[] { order.OrderNumber, $"{order.Customer.LastName} {order.Customer.FirstName}", hiragana,
                     order.Customer.Email, order.Customer.Phone.Replace("-", ""), order.TrackingNumber!.Replace("-", "") })
        {
            var page = await Query.PageAsync(new OrderListFilter { Text = text }, OrderListSort.Default, 0, 1000);
            Assert.Contains(page.Rows, r => r.Id == order.Id);
        }
    }

    [Fact]
    public async Task O2_free_text_treats_like_wildcards_literally()
    {
        var page = await Query.PageAsync(new OrderListFilter { Text = "%" }, OrderListSort.Default, 0);

        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task O2_sorting_and_paging_are_stable_and_cover_every_order_once()
    {
        var seen = new List<int>();
        var sort = new OrderListSort(OrderSortField.Total, Descending: true);
        for (var index = 0; index < 6; index++)
            seen.AddRange((await Query.PageAsync(new OrderListFilter(), sort, index, 50)).Rows.Select(r => r.Id));

        Assert.Equal(300, seen.Count);
        Assert.Equal(300, seen.Distinct().Count());
        var totals = (await Query.PageAsync(new OrderListFilter(), sort, 0, 300)).Rows.Select(r => r.Total).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
    }

    [Fact]
    public async Task Home_shortcut_awaiting_shipment_lists_only_OK_score_orders_not_yet_shipped()
    {
        var page = await Query.PageAsync(new OrderListFilter { AwaitingShipmentOnly = true }, OrderListSort.Default, 0, 1000);

        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.True(r.IsScore && r.CreditResult == CreditResult.Ok && r.Status is not (OrderStatus.Shipped or OrderStatus.Cancelled)));
    }
}
