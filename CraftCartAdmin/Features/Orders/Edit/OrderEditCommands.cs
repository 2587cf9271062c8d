using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Domain.Shipping;
using CraftCartAdmin.Features.Orders.Form;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Score;
using CraftCartAdmin.Score.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders.Edit;

/// <summary>
/// Saves 受注編集 (SPEC O3) in one transaction: the content under the H5 lock, the C1 re-review
/// decision, a C2 payment switch and a 対応状況 change through the shipping gate (H2–H4), with every
/// SCORE operation they require queued beside them. Saved against the version the user opened, so
/// a second person's stale save is refused and overwrites nothing.
/// </summary>
public sealed class OrderEditCommands(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OrderChangeNotifier notifier,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public async Task<OrderEditResult> SaveAsync(int orderId, OrderFormModel model, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod).Include(o => o.Items.OrderBy(i => i.Id))
            .SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return OrderEditResult.From(OrderCommandResult.Refused("受注が見つかりません。削除された可能性があります。"));
        if (order.Version != expectedVersion) return OrderEditResult.From(OrderCommandResult.Conflict());
        // The token EF checks is the one the user saw, so a save that slipped in since is caught too.
        db.Entry(order).Property(o => o.Version).OriginalValue = expectedVersion;

        var payment = await db.PaymentMethods.SingleOrDefaultAsync(p => p.Id == model.PaymentMethodId, cancellationToken);
        var delivery = await db.DeliveryMethods.Include(d => d.PaymentMethods)
            .SingleOrDefaultAsync(d => d.Id == model.DeliveryMethodId, cancellationToken);
        var errors = NewOrderValidator.Validate(model.ToNewOrder(payment?.Code, delivery?.Code));
        // Content the user did not touch is not judged again: an older order must stay savable (e.g. its メモ).
        if (OrderSnapshot.Of(order).SameContent(model.ToSnapshot()))
            foreach (var key in errors.Keys.Where(IsContentField).ToList()) errors.Remove(key);
        if (payment is null) errors["paymentMethod"] = ["支払方法を選択してください。"];
        if (delivery is null) errors["deliveryMethod"] = ["配送方法を選択してください。"];
        else if (payment is not null && delivery.PaymentMethods.All(p => p.Id != payment.Id))
            errors["paymentMethod"] = [$"配送方法「{delivery.Name}」では支払方法「{payment.Name}」を利用できません。"];
        if (errors.Count > 0) return OrderEditResult.Invalid(errors);

        List<ScoreAction> actions;
        ScoreEditDecision decision;
        try
        {
            (actions, decision) = Apply(order, model, payment!, delivery!);
        }
        catch (OrderRuleException refusal)
        {
            return OrderEditResult.From(OrderCommandResult.Refused(refusal.Message));
        }
        catch (FieldRefusal refusal)
        {
            return OrderEditResult.Invalid(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] });
        }

        // SCORE's own limits, said now rather than as a 連携エラー later, for whatever is about to be sent.
        if (actions.Any(a => a is ScoreAction.Modify or ScoreAction.Register)
            && await ScoreProblemsAsync(db, order, cancellationToken) is { Count: > 0 } scoreProblems)
            return OrderEditResult.Invalid(scoreProblems);

        ScoreOutbox.Enqueue(db, order, actions, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrderEditResult.From(OrderCommandResult.Conflict());
        }
        if (actions.Count > 0) outboxSignal.Notify();
        notifier.Publish(order.Id);
        return OrderEditResult.From(OrderCommandResult.Ok("受注を保存しました。" + Describe(actions, decision)));
    }

    private (List<ScoreAction> Actions, ScoreEditDecision Decision) Apply(Order order, OrderFormModel model, PaymentMethod payment, DeliveryMethod delivery)
    {
        var before = OrderSnapshot.Of(order);
        var after = model.ToSnapshot();
        OrderLock.EnsureEditAllowed(order, before, after); // H5
        if (delivery.Id != order.DeliveryMethodId) OrderLock.EnsureContentEditable(order);

        var wasScore = order.PaymentMethod!.IsScore;
        var decision = wasScore ? ReReviewPolicy.Decide(before, after) : ScoreEditDecision.NoChange;
        var actions = new List<ScoreAction>();

        ApplyContent(order, model);
        order.DeliveryMethod = delivery;
        order.DeliveryMethodId = delivery.Id;
        ApplyTrackingNumber(order, model.TrackingNumber, delivery.CarrierCode);
        order.PaidOn = model.PaidOn is { } paid ? DateOnly.FromDateTime(paid) : null;
        order.Note = model.Note.Trim();

        // C1: sent while the order stays with SCORE; a switch away cancels it, a switch in registers the new content.
        var switches = PaymentMethodChange.Apply(order, payment); // C2, H5 for leaving スコア後払い
        if (wasScore && payment.IsScore && decision != ScoreEditDecision.NoChange
            && ScoreRegistration.CanSend(order) && ScoreRegistration.MayExistAtScore(order))
        {
            actions.Add(ScoreAction.Modify);
            order.CreditResult = ReReviewPolicy.CreditResultAfter(decision, order.CreditResult);
        }
        actions.AddRange(switches);

        if (model.Status != order.Status)
        {
            var change = OrderStatusChanger.Change(order, model.Status, JapanTime.Today(clock)); // H2–H4
            if (change.ScoreActions.Contains(ScoreAction.Cancel)) actions.Remove(ScoreAction.Modify);
            actions.AddRange(change.ScoreActions.Where(a => !actions.Contains(a)));
        }
        return (actions, decision);
    }

    private static void ApplyContent(Order order, OrderFormModel model)
    {
        if (OrderLock.IsContentLocked(order)) return; // unchanged (checked above): leave the stored values alone
        order.Customer = model.Customer.ToPerson();
        order.ShipTo = model.EffectiveShipTo.ToPerson();

        // Keep the item rows in place where possible, so an unchanged line stays the same row.
        var lines = model.Items;
        var existing = order.Items.OrderBy(i => i.Id).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var item = i < existing.Count ? existing[i] : new OrderItem();
            item.Sku = lines[i].Sku.Trim();
            item.Name = lines[i].Name.Trim();
            item.UnitPrice = lines[i].UnitPrice;
            item.Quantity = lines[i].Quantity;
            if (i >= existing.Count) order.Items.Add(item);
        }
        foreach (var removed in existing.Skip(lines.Count)) order.Items.Remove(removed);

        order.ShippingFee = model.ShippingFee;
        order.PaymentFee = model.PaymentFee;
        order.Discount = model.Discount;
        try
        {
            order.RecalculateTotal();
        }
        catch (OrderRuleException refusal)
        {
            throw new FieldRefusal(refusal.Code == "NO_ITEMS" ? "items" : "discount", refusal.Message);
        }
    }

    private static void ApplyTrackingNumber(Order order, string? raw, int? carrierCode)
    {
        var normalized = TrackingNumber.Normalize(raw);
        if (normalized == (order.TrackingNumber ?? "")) return;
        if (order.ShipmentRegisteredAt is not null)
            throw new FieldRefusal("trackingNumber", "配送情報登録済みのため、配送伝票番号は変更できません。");
        if (normalized.Length == 0)
        {
            if (order.Status.RecordsShipDate())
                throw new FieldRefusal("trackingNumber", "発送済みの受注の配送伝票番号は削除できません。");
            order.TrackingNumber = null;
            return;
        }
        var check = TrackingNumber.Validate(normalized, carrierCode);
        if (!check.IsValid) throw new FieldRefusal("trackingNumber", check.Error!);
        order.TrackingNumber = check.Normalized;
    }

    private static bool IsContentField(string key) =>
        key is "customer" or "items" or "shippingFee" or "paymentFee" or "discount"
        || key.StartsWith("customer.") || key.StartsWith("shipTo.") || key.StartsWith("items");

    private static async Task<Dictionary<string, string[]>> ScoreProblemsAsync(CraftCartDbContext db, Order order, CancellationToken cancellationToken)
    {
        var contract = await db.ShopSettings.Select(s => s.ContractType).FirstOrDefaultAsync(cancellationToken);
        return ScoreRequestValidator.Validate(ScoreOrderMapper.ToOrderRequest(order, contract))
            .GroupBy(p => "score." + p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
    }

    private static string Describe(IReadOnlyList<ScoreAction> actions, ScoreEditDecision decision)
    {
        var sent = new List<string>();
        if (actions.Contains(ScoreAction.Register)) sent.Add("注文情報登録");
        if (actions.Contains(ScoreAction.Modify))
            sent.Add(decision == ScoreEditDecision.SendModifyAndReReview ? "注文情報修正（再審査のため与信結果はHOLDになります）" : "注文情報修正（与信結果はそのままです）");
        if (actions.Contains(ScoreAction.Cancel)) sent.Add("キャンセル");
        if (actions.Contains(ScoreAction.RegisterShipment)) sent.Add("配送情報登録");
        return sent.Count == 0 ? "" : $"スコア後払いへ{string.Join("・", sent)}を送信します。";
    }

    /// <summary>A refusal that belongs next to one field of the form.</summary>
    private sealed class FieldRefusal(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
