namespace CraftCartAdmin.Domain.Orders;

/// <summary>One line of 受注商品情報; prices are yen, tax included.</summary>
public sealed class OrderItem
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public int UnitPrice { get; set; }
    public int Quantity { get; set; }

    public int LineTotal => checked(UnitPrice * Quantity);
}
