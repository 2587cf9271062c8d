using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Orders.Intake;

namespace CraftCartAdmin.Features.Orders.Form;

/// <summary>お客様情報 or お届け先情報 as the form edits it.</summary>
public sealed class PersonForm
{
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastNameKana { get; set; } = "";
    public string FirstNameKana { get; set; } = "";
    public string Company { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Prefecture { get; set; } = "";
    public string City { get; set; } = "";
    public string Address1 { get; set; } = "";
    public string Address2 { get; set; } = "";

    public static PersonForm From(Person p) => new()
    {
        LastName = p.LastName, FirstName = p.FirstName, LastNameKana = p.LastNameKana, FirstNameKana = p.FirstNameKana,
        Company = p.Company, Email = p.Email, Phone = p.Phone, PostalCode = p.Address.PostalCode,
        Prefecture = p.Address.Prefecture, City = p.Address.City, Address1 = p.Address.Address1, Address2 = p.Address.Address2,
    };

    public PersonForm Copy() => (PersonForm)MemberwiseClone();

    public NewOrderPerson ToNewOrderPerson() => new()
    {
        LastName = LastName, FirstName = FirstName, LastNameKana = LastNameKana, FirstNameKana = FirstNameKana,
        Email = Email, Phone = Phone, PostalCode = PostalCode, Prefecture = Prefecture, City = City,
        Address1 = Address1, Address2 = Address2, Company = Company,
    };

    /// <summary>The person as the order will hold it: trimmed, as 受注登録 stores it.</summary>
    public Person ToPerson() => new()
    {
        LastName = LastName.Trim(), FirstName = FirstName.Trim(), LastNameKana = LastNameKana.Trim(),
        FirstNameKana = FirstNameKana.Trim(), Company = Company.Trim(), Email = Email.Trim(), Phone = Phone.Trim(),
        Address = new PostalAddress
        {
            PostalCode = PostalCode.Trim(), Prefecture = Prefecture.Trim(), City = City.Trim(),
            Address1 = Address1.Trim(), Address2 = Address2.Trim(),
        },
    };
}

/// <summary>One line of 受注商品情報 as the form edits it.</summary>
public sealed class ItemForm
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public int UnitPrice { get; set; }
    public int Quantity { get; set; } = 1;

    public long LineTotal => (long)UnitPrice * Quantity;

    public ItemForm Copy() => (ItemForm)MemberwiseClone();
}

/// <summary>
/// What 受注登録 and 受注編集 edit: the order's content, methods and, for an existing order, its
/// 対応状況 and shipping data. Validated with the storefront's rules (<see cref="NewOrderValidator"/>),
/// so errors are keyed by the same paths (customer.lastName, items[0].quantity, …).
/// </summary>
public sealed class OrderFormModel
{
    public PersonForm Customer { get; set; } = new();
    /// <summary>False: the order ships to the customer's address (お届け先 = お客様).</summary>
    public bool SeparateShipTo { get; set; }
    public PersonForm ShipTo { get; set; } = new();
    public List<ItemForm> Items { get; set; } = [new()];
    public int ShippingFee { get; set; }
    public int PaymentFee { get; set; }
    public int Discount { get; set; }
    public int PaymentMethodId { get; set; }
    public int DeliveryMethodId { get; set; }

    public OrderStatus Status { get; set; } = OrderStatus.New;
    public string? TrackingNumber { get; set; }
    /// <summary>入金日 as the date picker holds it (a JST date at midnight).</summary>
    public DateTime? PaidOn { get; set; }
    public string Note { get; set; } = "";

    public long ItemsTotal => Items.Sum(i => i.LineTotal);
    public long Total => ItemsTotal + ShippingFee + PaymentFee - Discount;

    public static OrderFormModel From(Order order)
    {
        var separate = !PersonSnapshot.Of(order.Customer).Equals(PersonSnapshot.Of(order.ShipTo));
        return new OrderFormModel
        {
            Customer = PersonForm.From(order.Customer),
            SeparateShipTo = separate,
            ShipTo = PersonForm.From(order.ShipTo),
            Items = order.Items.OrderBy(i => i.Id).Select(i => new ItemForm
            {
                Sku = i.Sku, Name = i.Name, UnitPrice = i.UnitPrice, Quantity = i.Quantity,
            }).ToList(),
            ShippingFee = order.ShippingFee,
            PaymentFee = order.PaymentFee,
            Discount = order.Discount,
            PaymentMethodId = order.PaymentMethodId,
            DeliveryMethodId = order.DeliveryMethodId,
            Status = order.Status,
            TrackingNumber = order.TrackingNumber,
            PaidOn = order.PaidOn?.ToDateTime(TimeOnly.MinValue),
            Note = order.Note,
        };
    }

    public OrderFormModel Copy()
    {
        var copy = (OrderFormModel)MemberwiseClone();
        copy.Customer = Customer.Copy();
        copy.ShipTo = ShipTo.Copy();
        copy.Items = Items.Select(i => i.Copy()).ToList();
        return copy;
    }

    /// <summary>The recipient the order will hold: the customer unless a separate お届け先 is given.</summary>
    public PersonForm EffectiveShipTo => SeparateShipTo ? ShipTo : Customer;

    /// <summary>The storefront's shape, so <see cref="NewOrderValidator"/> and <see cref="OrderIntake"/> apply unchanged.</summary>
    public NewOrder ToNewOrder(string? paymentCode, string? deliveryCode) => new()
    {
        Customer = Customer.ToNewOrderPerson(),
        ShipTo = SeparateShipTo ? ShipTo.ToNewOrderPerson() : null,
        Items = Items.Select(i => new NewOrderItem { Sku = i.Sku, Name = i.Name, UnitPrice = i.UnitPrice, Quantity = i.Quantity }).ToList(),
        ShippingFee = ShippingFee,
        PaymentFee = PaymentFee,
        Discount = Discount,
        PaymentMethod = paymentCode,
        DeliveryMethod = deliveryCode,
    };

    /// <summary>The order content SCORE knows, as it will be after saving (compared by <see cref="ReReviewPolicy"/>).</summary>
    public OrderSnapshot ToSnapshot()
    {
        var customer = Customer.ToPerson();
        var shipTo = EffectiveShipTo.ToPerson();
        return new OrderSnapshot(PersonSnapshot.Of(customer), PersonSnapshot.Of(shipTo),
            Items.Select(i => new ItemSnapshot(i.Sku.Trim(), i.Name.Trim(), i.UnitPrice, i.Quantity)).ToList(),
            ShippingFee, PaymentFee, Discount);
    }
}
