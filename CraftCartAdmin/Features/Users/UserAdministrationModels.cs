using CraftCartAdmin.Domain.Identity;

namespace CraftCartAdmin.Features.Users;

/// <summary>One row of システム＞ユーザー.</summary>
public sealed record UserRow(string Id, string Email, string DisplayName, string? Role, bool IsLockedOut)
{
    public string RoleLabel => Role is null ? "（なし）" : Roles.Label(Role);
}

/// <summary>The form that adds a user.</summary>
public sealed class NewUserInput
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Staff;
    public string Password { get; set; } = "";

    public override string ToString() => $"NewUserInput {{ Email = {Email}, Role = {Role}, Password = *** }}";
}
