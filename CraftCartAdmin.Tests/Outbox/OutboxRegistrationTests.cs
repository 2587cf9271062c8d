global using Microsoft.Extensions.DependencyInjection;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders;
using CraftCartAdmin.ScoreSandbox;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Outbox;

/// <summary>The outbox against the app's sandbox over real HTTP on 127.0.0.1 (SPEC O1, H2, C2, O6, I2).</summary>
public sealed class OutboxRegistrationTests : IAsyncLifetime
{
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync() => shop = await ScoreTestShop.StartAsync(ContractType.Bundled);
    public async Task DisposeAsync() => await shop.DisposeAsync();

    [Theory]
    [InlineData("taro@example.jp", CreditResult.Ok)]
    [InlineData("taro+ng@example.jp", CreditResult.Ng)]
    [InlineData("taro+hold@example.jp", CreditResult.Hold)]
    [InlineData("taro+pending@example.jp", CreditResult.Pending)]
    public async Task O1_a_score_order_is_registered_through_the_outbox_and_shows_SCOREs_answer(string email, CreditResult expected)
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order(email));
        Assert.Equal(SyncState.Waiting, (await shop.OrderAsync(placed.OrderId)).SyncState);

        await shop.DrainAsync();

        var order = await shop.OrderAsync(placed.OrderId);
        var atScore = await shop.SandboxTransactionAsync(placed.OrderNumber);
        Assert.Equal(expected, order.CreditResult);
        Assert.NotNull(atScore);
        Assert.Equal(atScore.NissenTransactionId, order.ScoreTransactionId);
        Assert.NotEqual(SyncState.Error, order.SyncState);
    }

    [Fact]
    public async Task O1_an_order_taken_while_SCORE_is_down_is_kept_shows_the_error_and_is_registered_once_SCORE_is_back()
    {
        await shop.SetFaultsAsync(new SandboxFaultSettings { ServerErrorShare = 1.0 });
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());

        for (var i = 0; i < 4; i++)
        {
            await using var scope = shop.App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CraftCartAdmin.Score.Outbox.ScoreOutboxProcessor>().ProcessDueAsync();
            await Task.Delay(60); // past the test's 50 ms back-off ceiling
        }
        var failing = await shop.OrderAsync(placed.OrderId);
        Assert.Equal(SyncState.Error, failing.SyncState);
        Assert.Matches("スコア後払いとの連携に[0-9]+回失敗しました", failing.SyncError);

        await shop.SetFaultsAsync(new SandboxFaultSettings());
        await shop.DrainAsync();

        var order = await shop.OrderAsync(placed.OrderId);
        Assert.Equal(CreditResult.Ok, order.CreditResult);
        Assert.Equal(SyncState.Synced, order.SyncState);
        Assert.Null(order.SyncError);
        Assert.Single(await shop.SandboxTransactionsAsync());
    }

    [Fact]
    public async Task I2_an_OK_bundled_order_gets_its_invoice_print_data_stored_and_shows_the_not_taken_marker()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());

        await shop.DrainAsync();

        await using var db = await shop.ContextAsync();
        var order = await shop.OrderAsync(placed.OrderId);
        Assert.Equal(InvoiceState.NotTaken, order.InvoiceState);
        Assert.Equal(SyncState.Synced, order.SyncState);
        var data = await db.InvoicePrintData.SingleAsync(d => d.OrderId == placed.OrderId);
        Assert.Contains(placed.OrderNumber, data.Json);
    }

    [Fact]
    public async Task H2_moving_an_OK_order_to_shipped_registers_the_shipment_at_SCORE()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        await shop.DrainAsync();
        var commands = shop.Service<OrderCommands>();

        Assert.True((await commands.SetTrackingNumberAsync(placed.OrderId, "１２３４-５６７８-９０１２", null)).Succeeded);
        var shipped = await commands.ChangeStatusAsync(placed.OrderId, OrderStatus.Shipped, null);
        await shop.DrainAsync();

        Assert.True(shipped.Succeeded, shipped.Message);
        var atScore = await shop.SandboxTransactionAsync(placed.OrderNumber);
        Assert.True(atScore!.Shipped);
        Assert.Equal(12, atScore.CarrierCode);
        Assert.Equal("1234-5678-9012", atScore.SlipNo);
        Assert.NotNull((await shop.OrderAsync(placed.OrderId)).ShipmentRegisteredAt);
    }

    [Fact]
    public async Task H3_a_HOLD_order_is_refused_shipping_and_nothing_is_sent()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order("taro+hold@example.jp"));
        await shop.DrainAsync();
        var commands = shop.Service<OrderCommands>();
        await commands.SetTrackingNumberAsync(placed.OrderId, "1234-5678-9012", null);

        var result = await commands.ChangeStatusAsync(placed.OrderId, OrderStatus.Shipped, null);

        Assert.False(result.Succeeded);
        Assert.Contains("与信", result.Message);
        await using var db = await shop.ContextAsync();
        Assert.False(await db.ScoreOutbox.AnyAsync(m => m.Operation == OutboxOperation.RegisterShipment));
        Assert.Equal(OrderStatus.New, (await shop.OrderAsync(placed.OrderId)).Status);
    }

    [Fact]
    public async Task C2_cancelling_sends_a_cancellation_to_SCORE()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        await shop.DrainAsync();

        var result = await shop.Service<OrderCommands>().ChangeStatusAsync(placed.OrderId, OrderStatus.Cancelled, null);
        await shop.DrainAsync();

        Assert.True(result.Succeeded);
        Assert.True((await shop.SandboxTransactionAsync(placed.OrderNumber))!.Cancelled);
    }

    [Fact]
    public async Task O6_an_order_edited_in_SCOREs_admin_is_flagged_sync_stopped_and_nothing_more_is_sent()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        await shop.DrainAsync();
        await shop.Sandbox.PostAsync($"transactions/{placed.OrderNumber}/edited-outside", null);
        var commands = shop.Service<OrderCommands>();

        await commands.ChangeStatusAsync(placed.OrderId, OrderStatus.Cancelled, null);
        await shop.DrainAsync();

        var order = await shop.OrderAsync(placed.OrderId);
        Assert.Equal(SyncState.Stopped, order.SyncState);
        Assert.Contains("連携停止", order.SyncError);
        Assert.False((await shop.SandboxTransactionAsync(placed.OrderNumber))!.Cancelled);
    }

    [Fact]
    public async Task Every_call_is_audited_with_the_direct_password_redacted_and_never_logged()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        await shop.DrainAsync();

        await using var db = await shop.ContextAsync();
        var calls = await db.ScoreCallLogs.Where(l => l.OrderId == placed.OrderId).ToListAsync();
        Assert.Contains(calls, c => c.Operation == OutboxOperation.Register && c.Outcome == "Ok");
        Assert.All(calls, c =>
        {
            Assert.Contains("********", c.RequestXml);
            Assert.DoesNotContain(ScoreTestShop.Password, c.RequestXml);
            Assert.DoesNotContain(ScoreTestShop.Password, c.ResponseXml ?? "");
        });
        Assert.NotEmpty(shop.LogLines);
        Assert.DoesNotContain(shop.LogLines, line => line.Contains(ScoreTestShop.Password));
    }
}
