using Bunit;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Orders.New;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>受注登録 (SPEC O1 proxy registration, S3): payment choices follow the delivery method; errors sit at their fields.</summary>
public sealed class OrderNewPageTests : OrderPageContext
{
    private IRenderedComponent<OrderNewPage> Open()
    {
        var page = Render<OrderNewPage>();
        page.WaitForElement("[data-testid=save]");
        return page;
    }

    private static MudSelect<int> SelectOf(IRenderedComponent<OrderNewPage> page, string testId) =>
        page.FindComponents<MudSelect<int>>().Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var v) && (string)v! == testId).Instance;

    [Fact]
    public async Task S3_payment_methods_offered_are_only_those_the_delivery_method_accepts()
    {
        var popover = Render<MudPopoverProvider>();
        var page = Open();

        await page.InvokeAsync(() => SelectOf(page, "payment-select").OpenMenu());
        popover.WaitForAssertion(() => Assert.Contains("代金引換", popover.Markup));
        Assert.Contains("スコア後払い", popover.Markup);
        await page.InvokeAsync(() => SelectOf(page, "payment-select").CloseMenu());

        await page.InvokeAsync(() => SelectOf(page, "delivery-select").ValueChanged.InvokeAsync(MailService.Id));
        await page.InvokeAsync(() => SelectOf(page, "payment-select").OpenMenu());

        popover.WaitForAssertion(() => Assert.Contains("クレジットカード", popover.Markup));
        Assert.DoesNotContain("スコア後払い", popover.Markup);
        Assert.DoesNotContain("代金引換", popover.Markup);
    }

    [Fact]
    public async Task O1_fees_default_from_the_chosen_methods()
    {
        var page = Open();
        Assert.Equal("800", page.Find("[data-testid=shipping-fee]").GetAttribute("value"));
        Assert.Equal("330", page.Find("[data-testid=payment-fee]").GetAttribute("value")); // スコア後払い, first accepted

        await page.InvokeAsync(() => SelectOf(page, "delivery-select").ValueChanged.InvokeAsync(MailService.Id));

        page.WaitForAssertion(() => Assert.Equal("200", page.Find("[data-testid=shipping-fee]").GetAttribute("value")));
        Assert.Equal("0", page.Find("[data-testid=payment-fee]").GetAttribute("value"));
    }

    [Fact]
    public async Task O1_field_errors_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var page = Open();
        page.Find("[data-testid=customer-last-name]").Change("山田");

        await page.Find("[data-testid=save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=form-errors]")));
        Assert.Contains("名を入力してください。", page.Markup);
        Assert.Contains("メールアドレスを正しい形式", page.Markup);
        Assert.Contains("商品名を入力してください。", page.Markup);
        Assert.DoesNotContain("姓を入力してください。", page.Markup);
        using var db = Db();
        Assert.Equal(0, db.Orders.Count());
    }

    [Fact]
    public async Task O1_a_valid_order_is_registered_with_SCORE_queued_and_opens_its_edit_page()
    {
        var page = Open();
        void Type(string testId, string value) => page.Find($"[data-testid={testId}]").Change(value);
        Type("customer-last-name", "山田"); Type("customer-first-name", "花子");
        Type("customer-last-name-kana", "ヤマダ"); Type("customer-first-name-kana", "ハナコ");
        Type("customer-email", "hanako@example.jp"); Type("customer-phone", "03-1234-5678");
        Type("customer-postal-code", "150-0001"); Type("customer-city", "渋谷区"); Type("customer-address1", "神宮前1-2-3");
        await page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().First().Instance.ValueChanged.InvokeAsync("東京都"));
        Type("item-name", "手作り石鹸"); Type("item-unit-price", "1200"); Type("item-quantity", "2");

        await page.Find("[data-testid=save]").ClickAsync(new());

        using var db = Db();
        var order = db.Orders.Include(o => o.PaymentMethod).Single();
        Assert.True(order.PaymentMethod!.IsScore);
        Assert.Equal(SyncState.Waiting, order.SyncState);
        Assert.Equal(2400 + 800 + 330, order.Total);
        Assert.Equal(1, db.ScoreOutbox.Count(m => m.OrderId == order.Id));
        Assert.EndsWith($"/orders/{order.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
