using System.Data;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Shipping;
using CraftCartAdmin.Score.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Shipping;

/// <summary>
/// 配送伝票番号の登録（CSV） (SPEC H1): <see cref="PreviewAsync"/> reads the file and says what would happen
/// to every line, changing nothing; <see cref="ApplyAsync"/> applies the good lines in one transaction,
/// judging them again against the orders as they are then, optionally moving them to 発送済み through
/// the same rules as a single change (state machine, ShippingGate, SCORE shipment queued in the outbox).
/// </summary>
public sealed class TrackingCsvImportService(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OrderChangeNotifier notifier,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public async Task<TrackingCsvPreview> PreviewAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var read = await TrackingCsvFile.ReadAsync(file, cancellationToken);
        if (read.Error is not null) return TrackingCsvPreview.Refused(read.Error);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var orders = await LoadOrdersAsync(db, read.Lines.Select(l => l.OrderNumber), tracking: false, cancellationToken);
        return new TrackingCsvPreview(Judge(read.Lines, orders), null, read.EncodingName);
    }

    public async Task<TrackingCsvApplyResult> ApplyAsync(TrackingCsvPreview preview, bool alsoMarkShipped, CancellationToken cancellationToken = default)
    {
        var candidates = preview.Lines.Where(l => l.WillApply).ToList();
        if (!preview.IsValidFile || candidates.Count == 0)
            return new([], "登録できる行はありません。");

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // BEGIN IMMEDIATE: no other save slips between the second look at the orders and the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var orders = await LoadOrdersAsync(db, candidates.Select(l => l.OrderNumber), tracking: true, cancellationToken);
        var raw = candidates.Select(l => new TrackingCsvRawLine(l.LineNumber, l.OrderNumber, l.RawTrackingNumber, 2)).ToList();
        var now = clock.GetUtcNow();
        var today = JapanTime.Today(clock);
        var results = new List<TrackingCsvApplyLine>();
        var changed = new List<int>();

        foreach (var line in Judge(raw, orders))
        {
            if (!line.WillApply)
            {
                results.Add(new(line.LineNumber, line.OrderNumber, false, $"登録しませんでした：{line.Outcome.Label()}（{line.Detail}）"));
                continue;
            }
            var order = orders[line.OrderNumber];
            order.TrackingNumber = line.TrackingNumber;
            changed.Add(order.Id);
            if (!alsoMarkShipped || order.Status == OrderStatus.Shipped)
            {
                results.Add(new(line.LineNumber, line.OrderNumber, true, $"配送伝票番号「{line.TrackingNumber}」を登録しました。"));
                continue;
            }
            try
            {
                var change = OrderStatusChanger.Change(order, OrderStatus.Shipped, today);
                ScoreOutbox.Enqueue(db, order, change.ScoreActions, now);
                var sent = change.ScoreActions.Contains(ScoreAction.RegisterShipment) ? "スコア後払いへ配送情報を登録します。" : "";
                results.Add(new(line.LineNumber, line.OrderNumber, true,
                    $"配送伝票番号「{line.TrackingNumber}」を登録し、対応状況を「発送済み」にしました。{sent}", Shipped: true));
            }
            catch (OrderRuleException refusal)
            {
                results.Add(new(line.LineNumber, line.OrderNumber, true,
                    $"配送伝票番号「{line.TrackingNumber}」を登録しました。発送済みにはできません：{refusal.Message}"));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed.Count > 0)
        {
            outboxSignal.Notify();
            notifier.Publish(new OrderChanges(changed));
        }
        var applied = results.Count(r => r.Applied);
        var shipped = results.Count(r => r.Shipped);
        var message = $"{applied}件の配送伝票番号を登録しました。" + (alsoMarkShipped ? $"うち{shipped}件を発送済みにしました。" : "")
                      + (results.Count > applied ? $"{results.Count - applied}件はプレビュー後に受注が変更されたため登録していません。" : "");
        return new(results, message);
    }

    private static async Task<Dictionary<string, Order>> LoadOrdersAsync(CraftCartDbContext db, IEnumerable<string> numbers,
        bool tracking, CancellationToken cancellationToken)
    {
        var wanted = numbers.Where(n => n.Length > 0).Distinct().ToList();
        var query = db.Orders.Include(o => o.PaymentMethod).Include(o => o.DeliveryMethod).Where(o => wanted.Contains(o.OrderNumber));
        if (!tracking) query = query.AsNoTracking();
        return await query.ToDictionaryAsync(o => o.OrderNumber, cancellationToken);
    }

    private static List<TrackingCsvLine> Judge(IReadOnlyList<TrackingCsvRawLine> lines, IReadOnlyDictionary<string, Order> orders)
    {
        var lineNumbersByOrder = lines.Where(l => l.OrderNumber.Length > 0).GroupBy(l => l.OrderNumber)
            .ToDictionary(g => g.Key, g => g.Select(l => l.LineNumber).ToList());
        return lines.Select(line => JudgeLine(line, orders, lineNumbersByOrder)).ToList();
    }

    private static TrackingCsvLine JudgeLine(TrackingCsvRawLine line, IReadOnlyDictionary<string, Order> orders,
        IReadOnlyDictionary<string, List<int>> lineNumbersByOrder)
    {
        var check = TrackingNumber.Validate(line.TrackingNumber, null);
        TrackingCsvLine Outcome(TrackingLineOutcome outcome, string detail, string? warning = null) =>
            new(line.LineNumber, line.OrderNumber, line.TrackingNumber, check.Normalized, outcome, detail, warning);

        if (line.FieldCount != 2)
            return Outcome(TrackingLineOutcome.MalformedLine, $"{line.FieldCount}列あります。「注文番号,配送伝票番号」の2列にしてください。");
        if (line.OrderNumber.Length == 0 || !orders.TryGetValue(line.OrderNumber, out var order))
            return Outcome(TrackingLineOutcome.OrderNotFound, line.OrderNumber.Length == 0 ? "注文番号が空です。" : $"注文番号「{line.OrderNumber}」の受注はありません。");
        var sameOrder = lineNumbersByOrder[line.OrderNumber];
        if (sameOrder.Count > 1)
            return Outcome(TrackingLineOutcome.DuplicateInFile,
                $"同じ注文番号が{string.Join("・", sameOrder.Select(n => $"{n}行目"))}にあります。1行にまとめてください。");
        if (order.Status == OrderStatus.Cancelled)
            return Outcome(TrackingLineOutcome.Cancelled, "注文取消しの受注には登録できません。");

        check = TrackingNumber.Validate(line.TrackingNumber, order.DeliveryMethod?.CarrierCode);
        if (!check.IsValid) return Outcome(TrackingLineOutcome.InvalidNumber, check.Error!);
        if (order.ShipmentRegisteredAt is not null)
            return Outcome(check.Normalized == order.TrackingNumber ? TrackingLineOutcome.Unchanged : TrackingLineOutcome.ShipmentRegistered,
                "配送情報登録済みのため、配送伝票番号は変更できません。");
        if (order.TrackingNumber == check.Normalized)
            return Outcome(TrackingLineOutcome.Unchanged, "同じ配送伝票番号が登録済みです。");
        if (!string.IsNullOrEmpty(order.TrackingNumber))
            return Outcome(TrackingLineOutcome.ConflictsWithExisting,
                $"「{order.TrackingNumber}」が登録済みです。変更する場合は受注編集で行ってください。");
        return Outcome(TrackingLineOutcome.Apply, $"「{check.Normalized}」を登録します。", check.Warning);
    }
}
