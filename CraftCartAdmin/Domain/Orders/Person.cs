namespace CraftCartAdmin.Domain.Orders;

/// <summary>A buyer (お客様) or a recipient (お届け先): name with kana, contact and address.</summary>
public sealed class Person
{
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastNameKana { get; set; } = "";
    public string FirstNameKana { get; set; } = "";
    public string Company { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public PostalAddress Address { get; set; } = new();

    public string FullName => $"{LastName} {FirstName}";
    public string FullNameKana => $"{LastNameKana} {FirstNameKana}";

    public Person Copy()
    {
        var copy = (Person)MemberwiseClone();
        copy.Address = Address.Copy();
        return copy;
    }
}
