using Microsoft.AspNetCore.DataProtection;

namespace CraftCartAdmin.Data;

/// <summary>Encrypts the ダイレクトパスワード at rest with ASP.NET Core Data Protection (SPEC S1).</summary>
public sealed class ScorePasswordProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("CraftCartAdmin.Score.DirectPassword.v1");

    public string Protect(string password) => protector.Protect(password);

    public string Unprotect(string protectedPassword) => protector.Unprotect(protectedPassword);
}
