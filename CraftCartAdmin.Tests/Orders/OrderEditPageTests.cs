using Bunit;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Data;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.Features.Orders.Edit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>受注編集 (SPEC O3) as staff see it: each lock, refusal, warning and live update.</summary>
public sealed class OrderEditPageTests : OrderPageContext
{
    private IRenderedComponent<OrderEditPage> Open(int id)
    {
        var page = Render<OrderEditPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=save]");
        return page;
    }

    [Fact]
    public void O3_shows_what_the_order_holds()
    {
        var id = AddOrder();

        var page = Open(id);

        Assert.Contains("与信：OK", page.Find("[data-testid=credit]").TextContent);
        Assert.Equal("12345678901", page.Find("[data-testid=score-transaction-id]").TextContent);
        Assert.Equal("2026/12/04 10:30", page.Find("[data-testid=ordered-at]").TextContent);
        Assert.Equal("山田", page.Find("[data-testid=customer-last-name]").GetAttribute("value"));
        Assert.Equal("3,530 円", page.Find("[data-testid=total]").TextContent);
        Assert.Contains("メール(0)", page.Find("[data-testid=mail-count]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=lock-message]"));
        Assert.Null(page.Find("[data-testid=customer-last-name]").GetAttribute("readonly"));
    }

    [Fact]
    public void H5_after_shipment_registration_customer_items_and_ship_to_are_read_only_with_the_lock_message()
    {
        var id = AddOrder(o =>
        {
            o.TrackingNumber = "1234-5678-9012";
            o.MoveTo(OrderStatus.Shipped, new DateOnly(2026, 12, 4));
            o.ShipmentRegisteredAt = DateTimeOffset.UtcNow;
        });

        var page = Open(id);

        Assert.Equal(OrderLock.LockedMessage, page.Find("[data-testid=lock-message]").TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=customer-last-name]").GetAttribute("readonly"));
        Assert.NotNull(page.Find("[data-testid=item-name]").GetAttribute("readonly"));
        Assert.NotNull(page.Find("[data-testid=shipping-fee]").GetAttribute("readonly"));
        Assert.Empty(page.FindAll("[data-testid=item-add]"));
        Assert.Empty(page.FindAll("[data-testid=item-remove]"));
    }

    [Fact]
    public async Task H3_shipped_is_not_offered_for_a_HOLD_order_and_the_reason_is_shown()
    {
        var popover = Render<MudPopoverProvider>();
        var id = AddOrder(o => { o.CreditResult = CreditResult.Hold; o.TrackingNumber = "1234-5678-9012"; });
        var page = Open(id);

        await page.InvokeAsync(() => page.FindComponent<MudSelect<OrderStatus>>().Instance.OpenMenu());

        popover.WaitForAssertion(() => Assert.Contains("注文取消し", popover.Markup));
        Assert.Contains("入金済み", popover.Markup);
        Assert.DoesNotContain("発送済み", popover.Markup);
        Assert.Contains(page.FindAll("[data-testid=status-refusal]"), r => r.TextContent.Contains("与信結果がOKではないため発送済みにできません"));
    }

    [Fact]
    public async Task H3_shipped_is_offered_for_an_OK_order_with_a_tracking_number()
    {
        var popover = Render<MudPopoverProvider>();
        var id = AddOrder(o => o.TrackingNumber = "1234-5678-9012");
        var page = Open(id);

        await page.InvokeAsync(() => page.FindComponent<MudSelect<OrderStatus>>().Instance.OpenMenu());

        popover.WaitForAssertion(() => Assert.Contains("発送済み", popover.Markup));
        Assert.Empty(page.FindAll("[data-testid=status-refusal]"));
    }

    [Fact]
    public async Task O5_an_NG_order_shows_the_notice_with_both_remedies_and_cancelling_asks_first()
    {
        var dialogs = Render<MudDialogProvider>();
        var id = AddOrder(o => o.CreditResult = CreditResult.Ng);
        var page = Open(id);

        Assert.Contains(PaymentMethodChange.NgNotice, page.Find("[data-testid=ng-notice]").TextContent);
        Assert.Equal("支払方法を変更", page.Find("[data-testid=ng-change-payment]").TextContent.Trim());
        Assert.Equal("注文取消し", page.Find("[data-testid=ng-cancel]").TextContent.Trim());

        var click = page.Find("[data-testid=ng-cancel]").ClickAsync(new()); // completes once the dialog is answered
        dialogs.WaitForAssertion(() => Assert.Contains("注文取消しにする", dialogs.Markup));
        Assert.Equal(OrderStatus.New, Stored(id).Status); // nothing happens before the confirmation
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("注文取消しにする")).ClickAsync(new());
        await click;

        page.WaitForAssertion(() => Assert.Equal(OrderStatus.Cancelled, Stored(id).Status));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=ng-notice]")));
    }

    [Fact]
    public void O6_a_SCORE_order_shows_the_outside_edit_warning_and_a_card_order_does_not()
    {
        var score = AddOrder();
        var card = AddOrder(o => { o.PaymentMethodId = Card.Id; o.CreditResult = CreditResult.None; o.SyncState = SyncState.None; o.ScoreTransactionId = null; });

        Assert.Equal(OrderLock.OutsideEditWarning, Open(score).Find("[data-testid=outside-edit-warning]").TextContent.Trim());
        Assert.Empty(Open(card).FindAll("[data-testid=outside-edit-warning]"));
    }

    [Fact]
    public void O6_a_sync_stopped_order_shows_the_stopped_warning_prominently()
    {
        var id = AddOrder(o => { o.SyncState = SyncState.Stopped; o.SyncError = "スコア後払い側で変更されています。"; });

        var page = Open(id);

        var warning = page.Find("[data-testid=sync-stopped-warning]");
        Assert.Contains(OrderLock.SyncStoppedWarning, warning.TextContent);
        Assert.Contains("mud-alert-filled-error", warning.ClassName);
    }

    [Fact]
    public void O3_the_credit_display_follows_a_SCORE_answer_live()
    {
        var id = AddOrder(o => o.CreditResult = CreditResult.Hold);
        var page = Open(id);
        Assert.Contains("与信：HOLD", page.Find("[data-testid=credit]").TextContent);

        using (var db = Db())
        {
            db.Orders.Where(o => o.Id == id).ExecuteUpdate(s => s.SetProperty(o => o.CreditResult, CreditResult.Ok).SetProperty(o => o.Version, o => o.Version + 1));
        }
        Services.GetRequiredService<OrderChangeNotifier>().Publish(id);

        page.WaitForAssertion(() => Assert.Contains("与信：OK", page.Find("[data-testid=credit]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=changed-elsewhere]"));
    }

    [Fact]
    public async Task O3_unsaved_input_is_kept_when_the_order_changes_elsewhere_and_saving_it_shows_the_conflict()
    {
        var id = AddOrder();
        var page = Open(id);
        page.Find("[data-testid=customer-last-name]").Change("佐藤");

        var other = await Services.GetRequiredService<OrderCommands>().SetTrackingNumberAsync(id, "1234-5678-9012", Stored(id).Version);
        Assert.True(other.Succeeded);

        page.WaitForAssertion(() => Assert.Contains("この受注は他の処理で更新されました", page.Find("[data-testid=changed-elsewhere]").TextContent));
        Assert.Equal("佐藤", page.Find("[data-testid=customer-last-name]").GetAttribute("value"));

        await page.Find("[data-testid=save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains(OrderCommandResult.ConflictMessage, page.Find("[data-testid=conflict-message]").TextContent));
        Assert.Equal("山田", Stored(id).Customer.LastName);
    }

    [Fact]
    public async Task O3_saving_an_edit_stores_it_and_shows_the_C1_outcome()
    {
        var id = AddOrder();
        var page = Open(id);
        page.FindAll("[data-testid=item-quantity]")[0].Change("3");
        page.WaitForAssertion(() => Assert.Equal("4,730 円", page.Find("[data-testid=total]").TextContent));
        Assert.Contains("HOLD", page.Find("[data-testid=rereview-preview]").TextContent);

        await page.Find("[data-testid=save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("受注を保存しました", page.Find("[data-testid=save-result]").TextContent));
        var stored = Stored(id);
        Assert.Equal(3, stored.Items.Single().Quantity);
        Assert.Equal(CreditResult.Hold, stored.CreditResult);
        page.WaitForAssertion(() => Assert.Contains("与信：HOLD", page.Find("[data-testid=credit]").TextContent));
    }

    [Fact]
    public async Task O3_a_refused_field_shows_its_Japanese_message_next_to_the_field()
    {
        var id = AddOrder();
        var page = Open(id);
        page.Find("[data-testid=customer-last-name]").Change("");

        await page.Find("[data-testid=save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("姓を入力してください。", page.Markup));
        Assert.Equal("山田", Stored(id).Customer.LastName);
    }
}
