namespace CraftCartAdmin.Score.Outbox;

public static class ScoreOutboxServiceCollectionExtensions
{
    /// <summary>The outbox processor, its hosted worker (unless <c>Score:Outbox:WorkerEnabled</c> is false) and the audit log.</summary>
    public static IServiceCollection AddScoreOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoreOutboxOptions>().Bind(configuration.GetSection(ScoreOutboxOptions.SectionName));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ScoreConnectionResolver>();
        services.AddSingleton<ScoreCallAuditWriter>();
        services.AddSingleton<IScoreCallObserver, ScoreCallAuditObserver>();
        services.AddScoped<ScoreOutboxProcessor>();
        if (configuration.GetValue("Score:Outbox:WorkerEnabled", true)) services.AddHostedService<ScoreOutboxWorker>();
        return services;
    }
}
