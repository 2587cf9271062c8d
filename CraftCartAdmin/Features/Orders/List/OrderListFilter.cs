using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Features.Orders.List;

/// <summary>The filters above 受注一覧 (SPEC O2). Every null field means "any".</summary>
public sealed record OrderListFilter
{
    public CreditResult? Credit { get; init; }
    public OrderStatus? Status { get; init; }
    public int? PaymentMethodId { get; init; }
    /// <summary>注文日 from (JST date, inclusive).</summary>
    public DateOnly? OrderedFrom { get; init; }
    /// <summary>注文日 to (JST date, inclusive).</summary>
    public DateOnly? OrderedTo { get; init; }
    public InvoiceState? Invoice { get; init; }
    /// <summary>OK and not yet shipped (発送待ち on ホーム).</summary>
    public bool AwaitingShipmentOnly { get; init; }
    /// <summary>連携エラー or 連携停止.</summary>
    public bool SyncProblemsOnly { get; init; }
    public SyncState? Sync { get; init; }
    /// <summary>Free text over 注文番号, name, kana, email, phone and 伝票番号; space-separated words must all match.</summary>
    public string? Text { get; init; }
}

public enum OrderSortField { OrderedAt, OrderNumber, CustomerKana, Total, Status, Credit, ShippedOn }

public sealed record OrderListSort(OrderSortField Field, bool Descending)
{
    public static OrderListSort Default { get; } = new(OrderSortField.OrderedAt, Descending: true);
}
