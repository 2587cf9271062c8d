using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.Features.Orders.Edit;
using CraftCartAdmin.Features.Orders.Form;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Orders;

/// <summary>受注編集's save (SPEC O3) against a real SQLite store and the sandbox over HTTP: C1, C2, H3, H5 and concurrency.</summary>
public sealed class OrderEditCommandsTests : IAsyncLifetime
{
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync() => shop = await ScoreTestShop.StartAsync();
    public async Task DisposeAsync() => await shop.DisposeAsync();

    private async Task<(int Id, string Number)> PlaceDrainedAsync(string email = "taro@example.jp", string payment = PaymentMethod.ScoreCode)
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order(email, payment: payment));
        await shop.DrainAsync();
        return (placed.OrderId, placed.OrderNumber);
    }

    private async Task<(OrderFormModel Model, long Version)> OpenAsync(int orderId)
    {
        var order = await shop.Service<OrderFormLookup>().OrderAsync(orderId);
        return (OrderFormModel.From(order!), order!.Version);
    }

    private Task<OrderEditResult> SaveAsync(int orderId, OrderFormModel model, long version) =>
        shop.Service<OrderEditCommands>().SaveAsync(orderId, model, version);

    private async Task<List<OutboxOperation>> PendingOperationsAsync(int orderId)
    {
        await using var db = await shop.ContextAsync();
        return await db.ScoreOutbox.Where(m => m.OrderId == orderId && m.State == OutboxState.Pending)
            .OrderBy(m => m.Id).Select(m => m.Operation).ToListAsync();
    }

    private async Task<int> OutboxCountAsync(int orderId)
    {
        await using var db = await shop.ContextAsync();
        return await db.ScoreOutbox.CountAsync(m => m.OrderId == orderId);
    }

    private static CreditResult FromSandbox(string authorResult) => authorResult switch
    {
        "OK" => CreditResult.Ok,
        "NG" => CreditResult.Ng,
        "HOLD" => CreditResult.Hold,
        _ => CreditResult.Pending,
    };

    [Fact]
    public async Task C1_an_item_name_only_edit_keeps_OK_and_queues_Modify()
    {
        var (id, number) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Items[0].Name = "手作り石鹸（ラベンダー）";

        var result = await SaveAsync(id, model, version);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal([OutboxOperation.Modify], await PendingOperationsAsync(id));
        Assert.Equal(CreditResult.Ok, (await shop.OrderAsync(id)).CreditResult);
        await shop.DrainAsync();
        Assert.Equal("OK", (await shop.SandboxTransactionAsync(number))!.AuthorResult);
        var order = await shop.OrderAsync(id);
        Assert.Equal(CreditResult.Ok, order.CreditResult);
        Assert.Equal(SyncState.Synced, order.SyncState);
    }

    [Fact]
    public async Task C1_an_amount_increase_sets_HOLD_at_once_then_shows_the_sandboxs_answer()
    {
        var (id, number) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Items[0].Quantity = 3;

        var result = await SaveAsync(id, model, version);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("HOLD", result.Message);
        Assert.Equal(CreditResult.Hold, (await shop.OrderAsync(id)).CreditResult);
        Assert.Equal([OutboxOperation.Modify], await PendingOperationsAsync(id));

        await shop.DrainAsync();
        var atScore = (await shop.SandboxTransactionAsync(number))!;
        var order = await shop.OrderAsync(id);
        Assert.Equal(order.Total, atScore.BilledAmount);
        Assert.Equal(FromSandbox(atScore.AuthorResult), order.CreditResult);
    }

    [Fact]
    public async Task C1_a_decrease_of_the_total_keeps_OK()
    {
        var (id, _) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Items[0].Quantity = 1;

        Assert.True((await SaveAsync(id, model, version)).Succeeded);

        Assert.Equal(CreditResult.Ok, (await shop.OrderAsync(id)).CreditResult);
        Assert.Equal([OutboxOperation.Modify], await PendingOperationsAsync(id));
    }

    [Fact]
    public async Task C1_a_customer_change_sets_HOLD_and_queues_Modify()
    {
        var (id, _) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Customer.Address1 = "神宮前4-5-6";

        var result = await SaveAsync(id, model, version);

        Assert.True(result.Succeeded, result.Message);
        var order = await shop.OrderAsync(id);
        Assert.Equal(CreditResult.Hold, order.CreditResult);
        Assert.Equal("神宮前4-5-6", order.Customer.Address.Address1);
        Assert.Equal([OutboxOperation.Modify], await PendingOperationsAsync(id));
    }

    [Fact]
    public async Task O3_saving_without_changes_sends_nothing_to_SCORE()
    {
        var (id, _) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Note = "ギフト包装希望";

        Assert.True((await SaveAsync(id, model, version)).Succeeded);

        Assert.Empty(await PendingOperationsAsync(id));
        Assert.Equal("ギフト包装希望", (await shop.OrderAsync(id)).Note);
    }

    [Fact]
    public async Task H5_an_edit_after_shipment_registration_is_refused_with_the_lock_message_and_nothing_is_saved()
    {
        var (id, _) = await PlaceDrainedAsync();
        var commands = shop.Service<OrderCommands>();
        Assert.True((await commands.SetTrackingNumberAsync(id, "1234-5678-9012", null)).Succeeded);
        Assert.True((await commands.ChangeStatusAsync(id, OrderStatus.Shipped, null)).Succeeded);
        await shop.DrainAsync();
        Assert.NotNull((await shop.OrderAsync(id)).ShipmentRegisteredAt);
        var (model, version) = await OpenAsync(id);
        var messagesBefore = await OutboxCountAsync(id);
        model.Customer.LastName = "佐藤";
        model.Note = "変更";

        var result = await SaveAsync(id, model, version);

        Assert.False(result.Succeeded);
        Assert.Equal(OrderLock.LockedMessage, result.Message);
        var order = await shop.OrderAsync(id);
        Assert.Equal("山田", order.Customer.LastName);
        Assert.Equal("", order.Note);
        Assert.Equal(version, order.Version);
        Assert.Equal(messagesBefore, await OutboxCountAsync(id));
    }

    [Fact]
    public async Task H3_an_edit_moving_a_HOLD_order_to_shipped_is_refused_and_nothing_is_saved()
    {
        var (id, _) = await PlaceDrainedAsync("taro+hold@example.jp");
        var (model, version) = await OpenAsync(id);
        model.TrackingNumber = "1234-5678-9012";
        model.Status = OrderStatus.Shipped;

        var result = await SaveAsync(id, model, version);

        Assert.False(result.Succeeded);
        Assert.Contains("与信結果がOKではない", result.Message);
        var order = await shop.OrderAsync(id);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Null(order.TrackingNumber);
        Assert.Empty(await PendingOperationsAsync(id));
    }

    [Fact]
    public async Task C2_switching_the_payment_method_away_from_SCORE_queues_a_cancellation_that_reaches_the_sandbox()
    {
        var (id, number) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        await using (var db = await shop.ContextAsync())
            model.PaymentMethodId = await db.PaymentMethods.Where(p => p.Code == "card").Select(p => p.Id).SingleAsync();

        var result = await SaveAsync(id, model, version);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("キャンセル", result.Message);
        Assert.Equal([OutboxOperation.Cancel], await PendingOperationsAsync(id));
        await shop.DrainAsync();
        Assert.True((await shop.SandboxTransactionAsync(number))!.Cancelled);
        Assert.Equal("card", (await shop.OrderAsync(id)).PaymentMethod!.Code);
    }

    [Fact]
    public async Task C2_switching_a_card_order_to_SCORE_registers_it_and_shows_the_credit_result()
    {
        var (id, number) = await PlaceDrainedAsync(payment: "card");
        var (model, version) = await OpenAsync(id);
        await using (var db = await shop.ContextAsync())
            model.PaymentMethodId = await db.PaymentMethods.Where(p => p.Code == PaymentMethod.ScoreCode).Select(p => p.Id).SingleAsync();

        var result = await SaveAsync(id, model, version);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal([OutboxOperation.Register], await PendingOperationsAsync(id));
        await shop.DrainAsync();
        Assert.NotNull(await shop.SandboxTransactionAsync(number));
        Assert.Equal(CreditResult.Ok, (await shop.OrderAsync(id)).CreditResult);
    }

    [Fact]
    public async Task O3_two_edits_from_the_same_version_the_second_gets_the_conflict_message_and_the_first_stands()
    {
        var (id, _) = await PlaceDrainedAsync();
        var (first, version) = await OpenAsync(id);
        var (second, _) = await OpenAsync(id);
        first.Note = "一人目の変更";
        first.Items[0].Name = "手作り石鹸（一人目）";
        second.Customer.LastName = "佐藤";
        second.Note = "二人目の変更";

        var firstResult = await SaveAsync(id, first, version);
        var secondResult = await SaveAsync(id, second, version);

        Assert.True(firstResult.Succeeded, firstResult.Message);
        Assert.False(secondResult.Succeeded);
        Assert.True(secondResult.IsConflict);
        Assert.Equal(OrderCommandResult.ConflictMessage, secondResult.Message);
        await using var db = await shop.ContextAsync();
        var order = await db.Orders.Include(o => o.Items).SingleAsync(o => o.Id == id);
        Assert.Equal("一人目の変更", order.Note);
        Assert.Equal("山田", order.Customer.LastName);
        Assert.Equal("手作り石鹸（一人目）", order.Items.Single().Name);
        Assert.Single(await PendingOperationsAsync(id));
    }

    [Fact]
    public async Task O3_invalid_input_is_refused_with_Japanese_messages_per_field()
    {
        var (id, _) = await PlaceDrainedAsync();
        var (model, version) = await OpenAsync(id);
        model.Customer.LastName = "";
        model.Items[0].Quantity = 0;

        var result = await SaveAsync(id, model, version);

        Assert.False(result.Succeeded);
        Assert.Equal(["姓を入力してください。"], result.FieldErrors["customer.lastName"]);
        Assert.Contains("数量", result.FieldErrors["items[0].quantity"][0]);
        Assert.Equal(version, (await shop.OrderAsync(id)).Version);
    }
}
