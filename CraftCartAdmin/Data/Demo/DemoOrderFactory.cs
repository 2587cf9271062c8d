using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;

namespace CraftCartAdmin.Data.Demo;

/// <summary>
/// Builds the demo orders, deterministically (same seed, same shop). Older orders are further along:
/// shipped with tracking numbers, paid, their bundled invoices taken; the newest are still in review.
/// </summary>
internal sealed class DemoOrderFactory(
    DateTimeOffset now,
    IReadOnlyDictionary<string, PaymentMethod> payments,
    IReadOnlyList<DeliveryMethod> deliveries)
{
    private const int Days = 60;
    private readonly Random random = new(20261204);

    public List<Order> Create(int count)
    {
        var instants = Enumerable.Range(0, count)
            .Select(_ => now.AddMinutes(-random.Next(20, Days * 24 * 60)))
            .Order()
            .ToList();
        // The very newest orders show the states that do not last: waiting for SCORE, in manual review.
        instants[^1] = now.AddMinutes(-3);
        instants[^2] = now.AddMinutes(-9);

        var orders = new List<Order>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = KindFor(i, count, now - instants[i]);
            orders.Add(Build(100001 + i, instants[i], kind));
        }
        return orders;
    }

    private enum Kind { ScoreOk, ScoreNg, ScoreHold, ScorePending, ScoreWaiting, ScoreSyncError, ScoreStopped, ScoreCancelled, ScoreOverLimit, Card, Bank, Cod, Cancelled }

    private Kind KindFor(int index, int count, TimeSpan age)
    {
        if (index == count - 1) return Kind.ScoreWaiting;
        if (index == count - 2) return Kind.ScoreHold;
        if (index == count - 10) return Kind.ScoreSyncError;
        if (index == count / 2) return Kind.ScoreStopped;
        if (index == count / 3) return Kind.ScoreOverLimit;

        var roll = random.NextDouble();
        return roll switch
        {
            < 0.45 => Kind.ScoreOk,
            < 0.50 => Kind.ScoreNg,
            < 0.54 => age.TotalDays < 2 ? Kind.ScoreHold : Kind.ScoreOk,
            < 0.56 => Kind.ScorePending,
            < 0.59 => Kind.ScoreCancelled,
            < 0.77 => Kind.Card,
            < 0.87 => Kind.Bank,
            < 0.95 => Kind.Cod,
            _ => Kind.Cancelled,
        };
    }

    private Order Build(int number, DateTimeOffset orderedAt, Kind kind)
    {
        var isScore = kind.ToString().StartsWith("Score", StringComparison.Ordinal);
        var payment = isScore ? payments[PaymentMethod.ScoreCode]
            : kind == Kind.Card || kind == Kind.Cancelled ? payments["card"]
            : kind == Kind.Bank ? payments["bank"] : payments["cod"];
        var delivery = PickDelivery(payment);
        var customer = NewPerson(kind);
        var order = new Order
        {
            OrderNumber = $"C{number}",
            OrderedAt = orderedAt,
            Customer = customer,
            // Gifts ship elsewhere, but never with スコア後払い: the demo is 同梱, which SCORE allows only to the buyer's own address.
            ShipTo = !isScore && random.NextDouble() < 0.12 ? NewPerson(Kind.Card) : customer.Copy(),
            Items = isScore && kind != Kind.ScoreOverLimit ? WithinScoreLimit(NewItems(kind)) : NewItems(kind),
            ShippingFee = delivery.Fee,
            PaymentFee = payment.Fee,
            Discount = random.NextDouble() < 0.08 ? 500 : 0,
            PaymentMethod = payment,
            DeliveryMethod = delivery,
            MailCount = 1,
        };
        order.RecalculateTotal();

        var age = now - orderedAt;
        var orderDate = JapanTime.DateOf(orderedAt);
        if (isScore) ApplyScoreState(order, kind, age, orderDate);
        else ApplyOtherState(order, kind, age, orderDate);
        return order;
    }

    private void ApplyScoreState(Order order, Kind kind, TimeSpan age, DateOnly orderDate)
    {
        order.SyncState = SyncState.Synced;
        order.ScoreTransactionId = (40000000000L + random.NextInt64(1, 9999999999L)).ToString();
        order.CreditCheckedAt = order.OrderedAt.AddSeconds(2);
        switch (kind)
        {
            case Kind.ScoreWaiting:
                order.SyncState = SyncState.Waiting;
                order.ScoreTransactionId = null;
                order.CreditCheckedAt = null;
                order.CreditResult = CreditResult.None;
                return;
            case Kind.ScoreNg:
            case Kind.ScoreOverLimit:
                order.CreditResult = CreditResult.Ng;
                return;
            case Kind.ScoreHold:
                order.CreditResult = CreditResult.Hold;
                return;
            case Kind.ScorePending:
                order.CreditResult = CreditResult.Pending;
                return;
            case Kind.ScoreCancelled:
                order.CreditResult = CreditResult.Ok;
                order.MoveTo(OrderStatus.Cancelled, orderDate.AddDays(1));
                return;
            case Kind.ScoreStopped:
                order.CreditResult = CreditResult.Ok;
                order.InvoiceState = InvoiceState.NotTaken;
                order.SyncState = SyncState.Stopped;
                order.SyncError = "スコア後払いの管理画面で修正されたため、この受注の連携を停止しました。";
                return;
        }

        order.CreditResult = CreditResult.Ok;
        order.InvoiceState = age.TotalDays > 2 ? InvoiceState.Taken : InvoiceState.NotTaken;
        if (kind == Kind.ScoreSyncError)
        {
            order.SyncState = SyncState.Error;
            order.SyncError = "注文情報登録に失敗しました（スコア後払いに接続できませんでした）。管理者が再送できます。";
            return;
        }
        if (age.TotalDays >= 3)
        {
            var shipDate = orderDate.AddDays(random.Next(1, 3));
            order.TrackingNumber = TrackingNumber(order.DeliveryMethod!);
            order.MoveTo(OrderStatus.Shipped, shipDate);
            order.ShipmentRegisteredAt = JapanTime.At(shipDate, new TimeOnly(17, 30));
            order.MailCount = 2;
            if (age.TotalDays > 20) order.PaidOn = shipDate.AddDays(random.Next(6, 15));
        }
        else if (age.TotalDays >= 1)
        {
            order.MoveTo(OrderStatus.InProgress, orderDate);
        }
    }

    private void ApplyOtherState(Order order, Kind kind, TimeSpan age, DateOnly orderDate)
    {
        if (kind == Kind.Cancelled)
        {
            order.MoveTo(OrderStatus.Cancelled, orderDate);
            return;
        }
        if (kind == Kind.Card) { order.PaidOn = orderDate; order.MoveTo(OrderStatus.Paid, orderDate); }
        if (kind == Kind.Bank && age.TotalDays > 3) { order.PaidOn = orderDate.AddDays(random.Next(1, 3)); order.MoveTo(OrderStatus.Paid, orderDate); }
        var readyToShip = kind != Kind.Bank || order.PaidOn is not null;
        if (readyToShip && age.TotalDays >= 3 && order.DeliveryMethod!.CarrierCode is not null)
        {
            var shipDate = orderDate.AddDays(random.Next(1, 3));
            order.TrackingNumber = TrackingNumber(order.DeliveryMethod);
            order.MoveTo(OrderStatus.Shipped, shipDate);
            order.MailCount = 2;
            if (kind == Kind.Cod) order.PaidOn = shipDate.AddDays(2);
        }
    }

    private DeliveryMethod PickDelivery(PaymentMethod payment)
    {
        var candidates = deliveries.Where(d => d.PaymentMethods.Contains(payment)).ToList();
        var roll = random.NextDouble();
        return roll < 0.6 ? candidates[0] : candidates[random.Next(candidates.Count)];
    }

    private Person NewPerson(Kind kind)
    {
        var last = DemoCatalog.LastNames[random.Next(DemoCatalog.LastNames.Length)];
        var first = DemoCatalog.FirstNames[random.Next(DemoCatalog.FirstNames.Length)];
        var place = DemoCatalog.Addresses[random.Next(DemoCatalog.Addresses.Length)];
        var tag = kind switch
        {
            Kind.ScoreNg => "+ng",
            Kind.ScoreHold => "+hold",
            Kind.ScorePending => "+pending",
            _ => "",
        };
        return new Person
        {
            LastName = last.Kanji, FirstName = first.Kanji,
            LastNameKana = last.Kana, FirstNameKana = first.Kana,
            Email = $"{first.Romaji}.{last.Romaji}{random.Next(1, 99)}{tag}@example.jp",
            Phone = $"0{random.Next(7, 10)}0-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}",
            Address = new PostalAddress
            {
                PostalCode = place.PostalCode, Prefecture = place.Prefecture, City = place.City,
                Address1 = place.Street, Address2 = DemoCatalog.Buildings[random.Next(DemoCatalog.Buildings.Length)],
            },
        };
    }

    private List<OrderItem> NewItems(Kind kind)
    {
        if (kind == Kind.ScoreOverLimit)
        {
            // Over SCORE's ¥55,000 limit: the sandbox answers NG.
            var box = DemoCatalog.Products.Single(p => p.Sku == "BNT-MW");
            return [new OrderItem { Sku = box.Sku, Name = box.Name, UnitPrice = box.Price, Quantity = 7 }];
        }
        return Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => DemoCatalog.Products[random.Next(DemoCatalog.Products.Length)])
            .DistinctBy(p => p.Sku)
            .Select(p => new OrderItem { Sku = p.Sku, Name = p.Name, UnitPrice = p.Price, Quantity = random.Next(1, 4) })
            .ToList();
    }

    /// <summary>Only the one over-limit demo order exceeds SCORE's ¥55,000; the others stay well below it with their fees.</summary>
    private static List<OrderItem> WithinScoreLimit(List<OrderItem> items)
    {
        while (items.Sum(i => i.LineTotal) > 50_000 && items.Count > 1) items.RemoveAt(items.Count - 1);
        foreach (var item in items.Where(_ => items.Sum(i => i.LineTotal) > 50_000)) item.Quantity = 1;
        return items;
    }

    /// <summary>A 12-digit number whose last digit is the mod-7 check digit Yamato, Sagawa and Japan Post use.</summary>
    private string TrackingNumber(DeliveryMethod delivery)
    {
        var body = random.NextInt64(10_000_000_000L, 99_999_999_999L);
        var number = $"{body}{body % 7}";
        return delivery.CarrierCode == 12 ? $"{number[..4]}-{number[4..8]}-{number[8..]}" : number;
    }
}
