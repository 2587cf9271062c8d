using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Shipping;
using CraftCartAdmin.Score.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders;

/// <summary>
/// The changes staff make to an existing order from 受注一覧 and 受注編集: each loads the order in its
/// own context, applies the domain rules, queues the SCORE operations in the same transaction, saves
/// against the version the user saw (optimistic concurrency) and tells every open screen.
/// </summary>
public sealed class OrderCommands(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OrderChangeNotifier notifier,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    /// <summary>対応状況 change through the state machine and the shipping gate (H2–H4, C2).</summary>
    public Task<OrderCommandResult> ChangeStatusAsync(int orderId, OrderStatus to, long? expectedVersion, CancellationToken cancellationToken = default) =>
        RunAsync(orderId, expectedVersion, (db, order) =>
        {
            var change = OrderStatusChanger.Change(order, to, JapanTime.Today(clock));
            if (!change.Changed) return OrderCommandResult.Ok($"対応状況は既に「{to.Label()}」です。");
            ScoreOutbox.Enqueue(db, order, change.ScoreActions, clock.GetUtcNow());
            var sent = change.ScoreActions.Contains(ScoreAction.RegisterShipment) ? "（スコア後払いへ配送情報を登録します）"
                : change.ScoreActions.Contains(ScoreAction.Cancel) ? "（スコア後払いへキャンセルを登録します）" : "";
            return OrderCommandResult.Ok($"対応状況を「{change.From.Label()}」から「{to.Label()}」に変更しました。{sent}");
        }, cancellationToken);

    /// <summary>配送伝票番号 entry (H1): normalised and validated for the order's carrier; a check-digit mismatch is a warning.</summary>
    public Task<OrderCommandResult> SetTrackingNumberAsync(int orderId, string? raw, long? expectedVersion, CancellationToken cancellationToken = default) =>
        RunAsync(orderId, expectedVersion, (_, order) =>
        {
            if (order.ShipmentRegisteredAt is not null)
                return OrderCommandResult.Refused("配送情報登録済みのため、配送伝票番号は変更できません。");
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (order.Status.RecordsShipDate())
                    return OrderCommandResult.Refused("発送済みの受注の配送伝票番号は削除できません。");
                order.TrackingNumber = null;
                return OrderCommandResult.Ok("配送伝票番号を削除しました。");
            }
            var check = TrackingNumber.Validate(raw, order.DeliveryMethod!.CarrierCode);
            if (!check.IsValid) return OrderCommandResult.Refused(check.Error!);
            order.TrackingNumber = check.Normalized;
            return OrderCommandResult.Ok($"配送伝票番号「{check.Normalized}」を登録しました。", check.Warning);
        }, cancellationToken);

    private async Task<OrderCommandResult> RunAsync(int orderId, long? expectedVersion,
        Func<CraftCartDbContext, Order, OrderCommandResult> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod).Include(o => o.Items)
            .SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return OrderCommandResult.Refused("受注が見つかりません。削除された可能性があります。");
        if (expectedVersion is { } version && order.Version != version) return OrderCommandResult.Conflict();

        OrderCommandResult result;
        try
        {
            result = change(db, order);
        }
        catch (OrderRuleException refusal)
        {
            return OrderCommandResult.Refused(refusal.Message);
        }
        if (!result.Succeeded) return result;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrderCommandResult.Conflict();
        }
        outboxSignal.Notify();
        notifier.Publish(order.Id);
        return result;
    }
}
