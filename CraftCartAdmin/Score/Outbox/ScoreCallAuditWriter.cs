using System.Threading.Channels;
using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Score.Outbox;

/// <summary>
/// Writes SCORE通信ログ rows by group commit: each caller waits until its own row is committed, and the rows of
/// calls that finish together share one transaction. With one commit per call, 16 concurrent pollers queued on
/// SQLite's write lock and slept in its busy handler for most of a HOLD poll; one writer taking whatever has piled
/// up keeps the per-call guarantee (a call returns only once its row is stored) at a fraction of the cost.
/// </summary>
public sealed class ScoreCallAuditWriter : IAsyncDisposable
{
    private const int MaxRowsPerCommit = 256;

    private readonly IDbContextFactory<CraftCartDbContext> contextFactory;
    private readonly Channel<PendingRow> queue = Channel.CreateUnbounded<PendingRow>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writing;

    public ScoreCallAuditWriter(IDbContextFactory<CraftCartDbContext> contextFactory)
    {
        this.contextFactory = contextFactory;
        writing = Task.Run(WriteQueuedRowsAsync);
    }

    private sealed record PendingRow(ScoreCallLog Row, TaskCompletionSource Committed);

    /// <summary>Completes when <paramref name="row"/> is committed; its OrderId is filled from its OrderNumber.</summary>
    /// <exception cref="ObjectDisposedException">after the writer has been disposed.</exception>
    public Task WriteAsync(ScoreCallLog row)
    {
        var pending = new PendingRow(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(ScoreCallAuditWriter));
        return pending.Committed.Task;
    }

    /// <summary>Takes no more rows, and returns once every row already handed over is committed or has failed.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteQueuedRowsAsync()
    {
        var batch = new List<PendingRow>(MaxRowsPerCommit);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxRowsPerCommit && queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<PendingRow> batch)
    {
        try
        {
            await SaveAsync(batch);
            foreach (var pending in batch) pending.Committed.TrySetResult();
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One row the database refuses must not take the others with it: each is tried on its own.
            foreach (var pending in batch) await CommitAsync([pending]);
        }
        catch (Exception e)
        {
            // The caller (ScoreClient) logs it; the SCORE call itself stands.
            batch[0].Committed.TrySetException(e);
        }
    }

    private async Task SaveAsync(List<PendingRow> batch)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var numbers = batch.Select(p => p.Row.OrderNumber).Distinct().ToList();
        var orderIds = await db.Orders.Where(o => numbers.Contains(o.OrderNumber))
            .Select(o => new { o.OrderNumber, o.Id })
            .ToDictionaryAsync(o => o.OrderNumber, o => o.Id);
        foreach (var pending in batch)
        {
            pending.Row.OrderId = orderIds.TryGetValue(pending.Row.OrderNumber, out var id) ? id : null;
            db.ScoreCallLogs.Add(pending.Row);
        }
        await db.SaveChangesAsync();
    }
}
