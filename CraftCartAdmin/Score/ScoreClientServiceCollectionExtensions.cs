using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CraftCartAdmin.Score;

public static class ScoreClientServiceCollectionExtensions
{
    public const string ResiliencePipelineName = "score";

    /// <summary>
    /// Registers <see cref="IScoreClient"/> as a typed HttpClient with a total timeout, a per-attempt
    /// timeout and retries of transport failures only; options from <c>Score:Client</c>.
    /// </summary>
    public static IServiceCollection AddScoreClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoreClientOptions>().Bind(configuration.GetSection(ScoreClientOptions.SectionName));

        // The resilience pipeline owns every timeout; HttpClient's own 100 s default would only interfere.
        services.AddHttpClient<IScoreClient, ScoreClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ResiliencePipelineName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ScoreClientOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.MaxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetryAttempts,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = false,
                        ShouldHandle = args => ValueTask.FromResult(IsTransportFailure(args.Outcome)),
                    });
                }
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }

    /// <summary>
    /// Only failures without an answer are retried. A result NG arrives as HTTP 200 and is never
    /// retried here: resending would not change SCORE's mind.
    /// </summary>
    internal static bool IsTransportFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode >= HttpStatusCode.InternalServerError;
}
