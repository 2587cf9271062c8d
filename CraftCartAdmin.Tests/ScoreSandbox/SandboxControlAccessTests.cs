using System.Net;
using System.Security.Claims;
using CraftCartAdmin.Domain.Identity;
using CraftCartAdmin.ScoreSandbox;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Tests.ScoreSandbox;

/// <summary>The control surface answers loopback callers and 管理者 only (SPEC "Who uses it").</summary>
public sealed class SandboxControlAccessTests
{
    [Fact]
    public async Task Loopback_callers_may_use_the_control_surface()
    {
        Assert.Null(await SandboxControlEndpoints.IsAllowedAsync(Context(IPAddress.Loopback)));
    }

    [Fact]
    public async Task A_remote_anonymous_caller_is_refused()
    {
        Assert.IsType<UnauthorizedHttpResult>(await SandboxControlEndpoints.IsAllowedAsync(Context(IPAddress.Parse("192.0.2.10"))));
    }

    [Fact]
    public async Task A_remote_staff_member_is_forbidden_and_an_admin_is_allowed()
    {
        Assert.IsType<ForbidHttpResult>(await SandboxControlEndpoints.IsAllowedAsync(Context(IPAddress.Parse("192.0.2.10"), Roles.Staff)));
        Assert.Null(await SandboxControlEndpoints.IsAllowedAsync(Context(IPAddress.Parse("192.0.2.10"), Roles.Admin)));
    }

    private static DefaultHttpContext Context(IPAddress remote, string? role = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAuthorizationBuilder().AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Connection.RemoteIpAddress = remote;
        if (role is not null)
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "Test"));
        return context;
    }
}
