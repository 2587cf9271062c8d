namespace CraftCartAdmin.Domain.Orders;

/// <summary>One line of 受注商品情報 as it stood at a moment.</summary>
public sealed record ItemSnapshot(string Sku, string Name, int UnitPrice, int Quantity)
{
    public int LineTotal => checked(UnitPrice * Quantity);
}

/// <summary>A person's data as it stood at a moment; equal when every field is equal.</summary>
public sealed record PersonSnapshot(
    string LastName, string FirstName, string LastNameKana, string FirstNameKana,
    string Company, string Email, string Phone,
    string PostalCode, string Prefecture, string City, string Address1, string Address2)
{
    public static PersonSnapshot Of(Person p) => new(
        p.LastName, p.FirstName, p.LastNameKana, p.FirstNameKana, p.Company, p.Email, p.Phone,
        p.Address.PostalCode, p.Address.Prefecture, p.Address.City, p.Address.Address1, p.Address.Address2);
}

/// <summary>
/// The content of an order that SCORE knows (customer, ship-to, items, fees, discount), taken
/// before and after an edit so that <see cref="ReReviewPolicy"/> and <see cref="OrderLock"/> can
/// compare them without a database.
/// </summary>
public sealed record OrderSnapshot(
    PersonSnapshot Customer, PersonSnapshot ShipTo, IReadOnlyList<ItemSnapshot> Items,
    int ShippingFee, int PaymentFee, int Discount)
{
    public int ItemsTotal => Items.Sum(i => i.LineTotal);
    public int Total => checked(ItemsTotal + ShippingFee + PaymentFee - Discount);

    public static OrderSnapshot Of(Order order) => new(
        PersonSnapshot.Of(order.Customer), PersonSnapshot.Of(order.ShipTo),
        order.Items.Select(i => new ItemSnapshot(i.Sku, i.Name, i.UnitPrice, i.Quantity)).ToList(),
        order.ShippingFee, order.PaymentFee, order.Discount);

    public bool SamePeople(OrderSnapshot other) => Customer == other.Customer && ShipTo == other.ShipTo;

    public bool SameFees(OrderSnapshot other) =>
        ShippingFee == other.ShippingFee && PaymentFee == other.PaymentFee && Discount == other.Discount;

    public bool SameItems(OrderSnapshot other) => Items.SequenceEqual(other.Items);

    /// <summary>Equal customer, ship-to, items (in order) and fees.</summary>
    public bool SameContent(OrderSnapshot other) => SamePeople(other) && SameFees(other) && SameItems(other);
}
