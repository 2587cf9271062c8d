namespace CraftCartAdmin.Domain.Orders;

/// <summary>
/// A Japanese address split the way SCORE needs it: 都道府県 (<see cref="Prefecture"/>), 市区町村
/// (<see cref="City"/>) and 以降 (<see cref="Address1"/> street and number, <see cref="Address2"/> building).
/// </summary>
public sealed class PostalAddress
{
    public string PostalCode { get; set; } = "";
    public string Prefecture { get; set; } = "";
    public string City { get; set; } = "";
    public string Address1 { get; set; } = "";
    public string Address2 { get; set; } = "";

    /// <summary>以降: what follows the city, as one line.</summary>
    public string Rest => string.IsNullOrWhiteSpace(Address2) ? Address1 : $"{Address1} {Address2}";

    public string OneLine => $"〒{PostalCode} {Prefecture}{City}{Rest}";

    public PostalAddress Copy() => (PostalAddress)MemberwiseClone();

    public bool SameAs(PostalAddress other) =>
        PostalCode == other.PostalCode && Prefecture == other.Prefecture && City == other.City
        && Address1 == other.Address1 && Address2 == other.Address2;
}
