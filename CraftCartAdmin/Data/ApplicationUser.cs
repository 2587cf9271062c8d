using Microsoft.AspNetCore.Identity;

namespace CraftCartAdmin.Data;

/// <summary>A back-office user: shop staff, owner or admin.</summary>
public class ApplicationUser : IdentityUser
{
    /// <summary>The name shown in the header and in audit trails (e.g. who exported an invoice batch).</summary>
    public string DisplayName { get; set; } = "";
}
