using CraftCartAdmin.Infrastructure.Leases;
using Microsoft.Extensions.Options;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>The hosted worker that drains the SCORE outbox: at once when signalled, else every few seconds.</summary>
public sealed class ScoreOutboxWorker(
    IServiceScopeFactory scopeFactory,
    OutboxSignal signal,
    BackgroundWorkLease lease,
    IOptions<ScoreOutboxOptions> options,
    ILogger<ScoreOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                if (!lease.IsHeld)
                {
                    await Task.Delay(options.Value.IdleInterval * 5, stoppingToken);
                    continue;
                }
                await using var scope = scopeFactory.CreateAsyncScope();
                handled = await scope.ServiceProvider.GetRequiredService<ScoreOutboxProcessor>().ProcessDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The SCORE outbox drain failed; trying again shortly.");
            }

            if (handled > 0) continue;
            try
            {
                await signal.WaitAsync(options.Value.IdleInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
