using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.ScoreSandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the simulated SCORE: options from <c>Score:Sandbox</c>, poll times from
    /// <c>Score:PollTimes</c>, its own SQLite store (<c>Score:Sandbox:ConnectionString</c>),
    /// migrated at start when <c>Score:Sandbox:Enabled</c> is true.
    /// </summary>
    public static IServiceCollection AddScoreSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.SectionName));
        services.AddDbContextFactory<SandboxDbContext>((provider, options) =>
            options.UseSqlite(ResolveConnectionString(
                provider.GetRequiredService<IOptions<SandboxOptions>>().Value.ConnectionString,
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new SandboxPollSchedule(configuration["Score:PollTimes"]));
        services.AddSingleton(provider => new SandboxFaults(provider.GetRequiredService<IOptions<SandboxOptions>>().Value.Faults));
        services.AddSingleton<SandboxDatabase>();
        services.AddSingleton<SandboxInvoiceWriter>();
        services.AddSingleton<SandboxService>();
        if (configuration.GetValue<bool>($"{SandboxOptions.SectionName}:Enabled"))
            services.AddHostedService<SandboxDatabaseStarter>();
        return services;
    }

    /// <summary>Maps the protocol under <c>/score-sandbox/direct/</c> and the control surface under <c>/score-sandbox/control/</c>.</summary>
    public static IEndpointRouteBuilder MapScoreSandbox(this IEndpointRouteBuilder endpoints)
    {
        var sandbox = endpoints.MapGroup("/score-sandbox");
        SandboxProtocolEndpoints.Map(sandbox);
        SandboxControlEndpoints.Map(sandbox);
        return endpoints;
    }

    private static string ResolveConnectionString(string configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        return builder.ToString();
    }
}
