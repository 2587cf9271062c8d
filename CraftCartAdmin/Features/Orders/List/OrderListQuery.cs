using CraftCartAdmin.Data;
using CraftCartAdmin.Domain;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Orders.List;

/// <summary>受注一覧 as one EF query per page: filter, sort, page and total (SPEC O2), and single rows for live updates.</summary>
public sealed class OrderListQuery(IDbContextFactory<CraftCartDbContext> contextFactory)
{
    public const int PageSize = 50;

    public async Task<OrderPage> PageAsync(OrderListFilter filter, OrderListSort sort, int pageIndex, int pageSize = PageSize,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var orders = Filter(db.Orders.AsNoTracking(), filter);
        var total = await orders.CountAsync(cancellationToken);
        var rows = await Project(Sort(orders, sort).Skip(pageIndex * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new OrderPage(rows, total);
    }

    /// <summary>The current state of the given orders, for re-rendering just the rows that changed.</summary>
    public async Task<IReadOnlyList<OrderRow>> RowsAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Project(db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>Per-status counts above the grid, as EC-CUBE shows them.</summary>
    public async Task<IReadOnlyDictionary<OrderStatus, int>> StatusCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Orders.GroupBy(o => o.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
    }

    internal static IQueryable<Order> Filter(IQueryable<Order> orders, OrderListFilter f)
    {
        if (f.Credit is { } credit) orders = orders.Where(o => o.CreditResult == credit);
        if (f.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (f.PaymentMethodId is { } paymentId) orders = orders.Where(o => o.PaymentMethodId == paymentId);
        if (f.Invoice is { } invoice) orders = orders.Where(o => o.InvoiceState == invoice);
        if (f.Sync is { } sync) orders = orders.Where(o => o.SyncState == sync);
        if (f.OrderedFrom is { } from)
        {
            var start = JapanTime.At(from, TimeOnly.MinValue);
            orders = orders.Where(o => o.OrderedAt >= start);
        }
        if (f.OrderedTo is { } to)
        {
            var end = JapanTime.At(to.AddDays(1), TimeOnly.MinValue);
            orders = orders.Where(o => o.OrderedAt < end);
        }
        if (f.AwaitingShipmentOnly)
        {
            orders = orders.Where(o => o.PaymentMethod!.Code == PaymentMethod.ScoreCode && o.CreditResult == CreditResult.Ok
                && o.Status != OrderStatus.Shipped && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Returned);
        }
        if (f.SyncProblemsOnly) orders = orders.Where(o => o.SyncState == SyncState.Error || o.SyncState == SyncState.Stopped);
        foreach (var word in Words(f.Text))
        {
            var pattern = $"%{EscapeLike(word)}%";
            var kanaPattern = $"%{EscapeLike(ToKatakana(word))}%";
            var digits = new string(word.Where(char.IsAsciiDigit).ToArray());
            var phonePattern = digits.Length >= 3 ? $"%{digits}%" : pattern;
            orders = orders.Where(o =>
                EF.Functions.Like(o.OrderNumber, pattern, "\\")
                || EF.Functions.Like(o.Customer.LastName + o.Customer.FirstName, pattern, "\\")
                || EF.Functions.Like(o.Customer.LastNameKana + o.Customer.FirstNameKana, kanaPattern, "\\")
                || EF.Functions.Like(o.Customer.Email, pattern, "\\")
                || EF.Functions.Like(o.Customer.Phone.Replace("-", ""), phonePattern, "\\")
                || EF.Functions.Like(o.TrackingNumber!.Replace("-", ""), phonePattern, "\\")
                || EF.Functions.Like(o.TrackingNumber!, pattern, "\\"));
        }
        return orders;
    }

    private static IQueryable<Order> Sort(IQueryable<Order> orders, OrderListSort sort)
    {
        IOrderedQueryable<Order> sorted = (sort.Field, sort.Descending) switch
        {
            (OrderSortField.OrderNumber, false) => orders.OrderBy(o => o.OrderNumber),
            (OrderSortField.OrderNumber, true) => orders.OrderByDescending(o => o.OrderNumber),
            (OrderSortField.CustomerKana, false) => orders.OrderBy(o => o.Customer.LastNameKana).ThenBy(o => o.Customer.FirstNameKana),
            (OrderSortField.CustomerKana, true) => orders.OrderByDescending(o => o.Customer.LastNameKana).ThenByDescending(o => o.Customer.FirstNameKana),
            (OrderSortField.Total, false) => orders.OrderBy(o => o.Total),
            (OrderSortField.Total, true) => orders.OrderByDescending(o => o.Total),
            (OrderSortField.Status, false) => orders.OrderBy(o => o.Status),
            (OrderSortField.Status, true) => orders.OrderByDescending(o => o.Status),
            (OrderSortField.Credit, false) => orders.OrderBy(o => o.CreditResult),
            (OrderSortField.Credit, true) => orders.OrderByDescending(o => o.CreditResult),
            (OrderSortField.ShippedOn, false) => orders.OrderBy(o => o.ShippedOn),
            (OrderSortField.ShippedOn, true) => orders.OrderByDescending(o => o.ShippedOn),
            (_, false) => orders.OrderBy(o => o.OrderedAt),
            _ => orders.OrderByDescending(o => o.OrderedAt),
        };
        // A stable tie-break, so paging never shows a row twice or skips one.
        return sort.Descending ? sorted.ThenByDescending(o => o.Id) : sorted.ThenBy(o => o.Id);
    }

    private static IQueryable<OrderRow> Project(IQueryable<Order> orders) => orders.Select(o => new OrderRow
    {
        Id = o.Id,
        OrderNumber = o.OrderNumber,
        OrderedAt = o.OrderedAt,
        CustomerName = o.Customer.LastName + " " + o.Customer.FirstName,
        CustomerKana = o.Customer.LastNameKana + " " + o.Customer.FirstNameKana,
        PaymentMethodName = o.PaymentMethod!.Name,
        IsScore = o.PaymentMethod!.Code == PaymentMethod.ScoreCode,
        InvoiceState = o.InvoiceState,
        Total = o.Total,
        PaidOn = o.PaidOn,
        ShippedOn = o.ShippedOn,
        Status = o.Status,
        CreditResult = o.CreditResult,
        SyncState = o.SyncState,
        MailCount = o.MailCount,
        TrackingNumber = o.TrackingNumber,
        CarrierCode = o.DeliveryMethod!.CarrierCode,
        ShipmentRegistered = o.ShipmentRegisteredAt != null,
        Version = o.Version,
    });

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Normalize(System.Text.NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(5);

    /// <summary>Staff type kana searches in hiragana; names are stored in katakana.</summary>
    private static string ToKatakana(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '\u3041' and <= '\u3096' ? (char)(source[i] + 0x60) : source[i];
        });

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
