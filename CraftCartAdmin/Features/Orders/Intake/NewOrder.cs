namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>An order as the storefront sends it (SPEC "Storefront order intake") and as 受注登録 fills it in.</summary>
public sealed record NewOrder
{
    public string? OrderNumber { get; init; }
    public DateTimeOffset? OrderedAt { get; init; }
    public NewOrderPerson? Customer { get; init; }
    /// <summary>お届け先; null ships to the customer's address.</summary>
    public NewOrderPerson? ShipTo { get; init; }
    public IReadOnlyList<NewOrderItem>? Items { get; init; }
    /// <summary>送料; the delivery method's fee when absent.</summary>
    public int? ShippingFee { get; init; }
    /// <summary>決済手数料; the payment method's fee when absent.</summary>
    public int? PaymentFee { get; init; }
    public int? Discount { get; init; }
    public string? PaymentMethod { get; init; }
    public string? DeliveryMethod { get; init; }
}

public sealed record NewOrderPerson
{
    public string? LastName { get; init; }
    public string? FirstName { get; init; }
    public string? LastNameKana { get; init; }
    public string? FirstNameKana { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? PostalCode { get; init; }
    public string? Prefecture { get; init; }
    public string? City { get; init; }
    public string? Address1 { get; init; }
    public string? Address2 { get; init; }
    public string? Company { get; init; }
}

public sealed record NewOrderItem
{
    public string? Sku { get; init; }
    public string? Name { get; init; }
    public int? UnitPrice { get; init; }
    public int? Quantity { get; init; }
}
