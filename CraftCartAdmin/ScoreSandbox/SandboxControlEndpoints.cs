using System.Net;
using CraftCartAdmin.Domain.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.ScoreSandbox;

/// <summary>What a test or a demo sees of one sandbox transaction.</summary>
public sealed record SandboxTransactionView(
    string NissenTransactionId, string ShopTransactionId, int BilledAmount, int PaymentType, string AuthorResult,
    DateTimeOffset? HoldUntil, bool Cancelled, bool Shipped, int? CarrierCode, string? SlipNo, bool EditedOutside, bool Paid)
{
    internal static SandboxTransactionView From(SandboxTransaction t) => new(
        t.NissenTransactionId, t.ShopTransactionId, t.BilledAmount, t.PaymentType, t.AuthorResult, t.HoldUntil,
        t.Cancelled, t.ShippedAt is not null, t.CarrierCode, t.SlipNo, t.EditedOutside, t.Paid);
}

/// <summary>
/// The sandbox-only control surface under <c>/score-sandbox/control/</c>: outside edits (SPEC O6),
/// payments, reading transactions and faults. Loopback callers or 管理者 only.
/// </summary>
internal static class SandboxControlEndpoints
{
    public static void Map(RouteGroupBuilder sandbox)
    {
        var control = sandbox.MapGroup("/control")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter(async (context, next) => await IsAllowedAsync(context.HttpContext) ?? await next(context));

        control.MapGet("/transactions", (SandboxService service, CancellationToken ct) =>
            service.ExclusiveAsync(async db =>
                (await db.Transactions.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct)).Select(SandboxTransactionView.From).ToList(), ct));

        control.MapGet("/transactions/{shopTransactionId}", (string shopTransactionId, SandboxService service, CancellationToken ct) =>
            service.ExclusiveAsync(async db =>
                await db.Transactions.AsNoTracking().FirstOrDefaultAsync(t => t.ShopTransactionId == shopTransactionId, ct) is { } t
                    ? Results.Ok(SandboxTransactionView.From(t))
                    : Results.NotFound(), ct));

        control.MapPost("/transactions/{shopTransactionId}/edited-outside", (string shopTransactionId, SandboxService service, CancellationToken ct) =>
            Change(service, shopTransactionId, t => t.EditedOutside = true, ct));

        control.MapPost("/transactions/{shopTransactionId}/paid", (string shopTransactionId, SandboxService service, CancellationToken ct) =>
            Change(service, shopTransactionId, t => t.Paid = true, ct));

        control.MapGet("/faults", (SandboxFaults faults) => faults.Snapshot());

        control.MapPut("/faults", (SandboxFaultSettings settings, SandboxFaults faults) =>
        {
            faults.Apply(settings);
            return faults.Snapshot();
        });
    }

    private static Task<IResult> Change(SandboxService service, string shopTransactionId, Action<SandboxTransaction> change, CancellationToken ct) =>
        service.ExclusiveAsync(async db =>
        {
            var transaction = await db.Transactions.FirstOrDefaultAsync(t => t.ShopTransactionId == shopTransactionId, ct);
            if (transaction is null) return Results.NotFound();
            change(transaction);
            await db.SaveChangesAsync(ct);
            return Results.Ok(SandboxTransactionView.From(transaction));
        }, ct);

    /// <summary>Null when the caller may go on; otherwise the refusal.</summary>
    internal static async Task<IResult?> IsAllowedAsync(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)) return null;
        var authorization = http.RequestServices.GetService<IAuthorizationService>();
        if (authorization is not null && (await authorization.AuthorizeAsync(http.User, Policies.Admin)).Succeeded) return null;
        return http.User.Identity?.IsAuthenticated == true ? Results.Forbid() : Results.Unauthorized();
    }
}
