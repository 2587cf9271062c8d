using CraftCartAdmin.Domain.Orders;

namespace CraftCartAdmin.Features.Orders.List;

/// <summary>One line of 受注一覧, with exactly what the columns of SPEC O2 show.</summary>
public sealed record OrderRow
{
    public int Id { get; init; }
    public string OrderNumber { get; init; } = "";
    public DateTimeOffset OrderedAt { get; init; }
    public string CustomerName { get; init; } = "";
    public string CustomerKana { get; init; } = "";
    public string PaymentMethodName { get; init; } = "";
    public bool IsScore { get; init; }
    public InvoiceState InvoiceState { get; init; }
    public int Total { get; init; }
    public DateOnly? PaidOn { get; init; }
    public DateOnly? ShippedOn { get; init; }
    public OrderStatus Status { get; init; }
    public CreditResult CreditResult { get; init; }
    public SyncState SyncState { get; init; }
    public int MailCount { get; init; }
    public string? TrackingNumber { get; init; }
    public int? CarrierCode { get; init; }
    public bool ShipmentRegistered { get; init; }
    public long Version { get; init; }

    /// <summary>I1: 「スコア後払い（未）請求書」 / 「スコア後払い（済）請求書」 for bundled SCORE orders.</summary>
    public string? InvoiceMarker => IsScore ? InvoiceState.Marker() : null;
}

public sealed record OrderPage(IReadOnlyList<OrderRow> Rows, int TotalCount);
