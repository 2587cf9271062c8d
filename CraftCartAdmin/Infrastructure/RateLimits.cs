using System.Threading.RateLimiting;
using CraftCartAdmin.Features.Orders.Intake;
using Microsoft.AspNetCore.RateLimiting;

namespace CraftCartAdmin.Infrastructure;

/// <summary>
/// Rate limits on the two doors that face guessing and floods: login attempts per client address
/// (on top of Identity's lockout per account) and the storefront intake per client address.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddCraftCartRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var loginPerMinute = configuration.GetValue("RateLimits:LoginPerMinute", 10);
        var intakePerMinute = configuration.GetValue("RateLimits:StorefrontPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json; charset=utf-8";
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    status = 429,
                    title = "リクエストが多すぎます。",
                    detail = "しばらく待ってからもう一度お試しください。",
                }, cancellationToken);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/Account/Login"))
                    return Window($"login:{client}", loginPerMinute);
                if (context.Request.Path.StartsWithSegments(StorefrontEndpoints.Path))
                    return Window($"storefront:{client}", intakePerMinute);
                return RateLimitPartition.GetNoLimiter("other");
            });
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
