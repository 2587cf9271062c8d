using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Score;
using CraftCartAdmin.Score.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>
/// SPEC O1: a new order from the storefront or from 受注登録 is saved, and when it is paid with
/// スコア後払い its registration is queued in the same transaction, so the order and the call
/// are kept or lost together and SCORE being down never loses either.
/// </summary>
public sealed class OrderIntake(
    IDbContextFactory<CraftCartDbContext> contextFactory,
    OrderChangeNotifier notifier,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public async Task<OrderIntakeResult> CreateAsync(NewOrder input, CancellationToken cancellationToken = default)
    {
        var errors = NewOrderValidator.Validate(input);
        if (errors.Count > 0) return OrderIntakeResult.Invalid(errors);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var payment = await db.PaymentMethods.SingleOrDefaultAsync(p => p.Code == input.PaymentMethod, cancellationToken);
        var delivery = await db.DeliveryMethods.Include(d => d.PaymentMethods).SingleOrDefaultAsync(d => d.Code == input.DeliveryMethod, cancellationToken);
        if (payment is null) errors["paymentMethod"] = [$"支払方法「{input.PaymentMethod}」はありません。支払方法設定のコードを指定してください。"];
        if (delivery is null) errors["deliveryMethod"] = [$"配送方法「{input.DeliveryMethod}」はありません。配送方法設定のコードを指定してください。"];
        else if (payment is not null && delivery.PaymentMethods.All(p => p.Id != payment.Id))
            errors["paymentMethod"] = [$"配送方法「{delivery.Name}」では支払方法「{payment.Name}」を利用できません。"];
        if (errors.Count > 0) return OrderIntakeResult.Invalid(errors);

        if (input.OrderNumber is { } requested && await db.Orders.AnyAsync(o => o.OrderNumber == requested, cancellationToken))
            return OrderIntakeResult.Duplicate(requested);

        var order = Build(input, payment!, delivery!);
        try
        {
            order.RecalculateTotal();
        }
        catch (OrderRuleException refusal)
        {
            return OrderIntakeResult.Invalid(new Dictionary<string, string[]> { ["discount"] = [refusal.Message] });
        }

        var contract = await db.ShopSettings.Select(s => s.ContractType).FirstOrDefaultAsync(cancellationToken);
        if (payment!.IsScore && ScoreProblems(order, contract, numberAssigned: input.OrderNumber is null) is { Count: > 0 } scoreProblems) return OrderIntakeResult.Invalid(scoreProblems);

        return await SaveAsync(db, order, input.OrderNumber is null, cancellationToken);
    }

    private async Task<OrderIntakeResult> SaveAsync(CraftCartDbContext db, Order order, bool assignNumber, CancellationToken cancellationToken)
    {
        db.Orders.Add(order);
        if (order.PaymentMethod!.IsScore) ScoreOutbox.Enqueue(db, order, OutboxOperation.Register, clock.GetUtcNow());
        for (var attempt = 1; ; attempt++)
        {
            if (assignNumber) order.OrderNumber = await NextOrderNumberAsync(db, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
            {
                // Unique 注文番号: another order took the number between our read and our write.
                if (!assignNumber || attempt >= 5) return OrderIntakeResult.Duplicate(order.OrderNumber);
            }
        }

        if (order.PaymentMethod.IsScore) outboxSignal.Notify();
        notifier.PublishCreated(order.Id);
        return new OrderIntakeResult(OrderIntakeStatus.Created, order.Id, order.OrderNumber, order.PaymentMethod.IsScore);
    }

    private static async Task<string> NextOrderNumberAsync(CraftCartDbContext db, CancellationToken cancellationToken)
    {
        var numbers = await db.Orders.Where(o => o.OrderNumber.StartsWith("C")).Select(o => o.OrderNumber)
            .OrderByDescending(n => n.Length).ThenByDescending(n => n).Take(1).ToListAsync(cancellationToken);
        var last = numbers.Count == 1 && long.TryParse(numbers[0].AsSpan(1), out var n) ? n : 100000;
        return $"C{last + 1}";
    }

    /// <summary>SCORE's own limits (e.g. ¥55,000, name lengths), said before the order is taken, so the buyer can choose another payment.</summary>
    private static Dictionary<string, string[]> ScoreProblems(Order order, ContractType contract, bool numberAssigned) =>
        ScoreRequestValidator.Validate(ScoreOrderMapper.ToOrderRequest(order, contract))
            .Where(p => !(numberAssigned && p.Field == "shopTransactionId")) // the number is assigned on save
            .GroupBy(p => "score." + p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    private Order Build(NewOrder input, PaymentMethod payment, DeliveryMethod delivery)
    {
        var customer = ToPerson(input.Customer!);
        return new Order
        {
            OrderNumber = input.OrderNumber ?? "",
            OrderedAt = input.OrderedAt ?? clock.GetUtcNow(),
            Customer = customer,
            ShipTo = input.ShipTo is null ? customer.Copy() : ToPerson(input.ShipTo),
            Items = input.Items!.Select(i => new OrderItem
            {
                Sku = i.Sku?.Trim() ?? "", Name = i.Name!.Trim(), UnitPrice = i.UnitPrice!.Value, Quantity = i.Quantity!.Value,
            }).ToList(),
            ShippingFee = input.ShippingFee ?? delivery.Fee,
            PaymentFee = input.PaymentFee ?? payment.Fee,
            Discount = input.Discount ?? 0,
            PaymentMethod = payment,
            PaymentMethodId = payment.Id,
            DeliveryMethod = delivery,
            DeliveryMethodId = delivery.Id,
            SyncState = payment.IsScore ? SyncState.Waiting : SyncState.None,
        };
    }

    private static Person ToPerson(NewOrderPerson p) => new()
    {
        LastName = p.LastName!.Trim(), FirstName = p.FirstName!.Trim(),
        LastNameKana = p.LastNameKana!.Trim(), FirstNameKana = p.FirstNameKana!.Trim(),
        Email = p.Email?.Trim() ?? "", Phone = p.Phone!.Trim(), Company = p.Company?.Trim() ?? "",
        Address = new PostalAddress
        {
            PostalCode = p.PostalCode!.Trim(), Prefecture = p.Prefecture!.Trim(), City = p.City!.Trim(),
            Address1 = p.Address1!.Trim(), Address2 = p.Address2?.Trim() ?? "",
        },
    };
}
