using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using CraftCartAdmin.Score.Outbox;
using CraftCartAdmin.Score.Polling;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Outbox;

/// <summary>SCORE通信ログ written by group commit: a call returns only once its own row is stored, and none is lost.</summary>
public sealed class ScoreCallAuditWriterTests : IAsyncLifetime
{
    private ScoreTestShop shop = default!;

    public async Task InitializeAsync() => shop = await ScoreTestShop.StartAsync();
    public async Task DisposeAsync() => await shop.DisposeAsync();

    [Fact]
    public async Task Every_row_of_a_concurrent_burst_is_committed_by_the_time_its_write_returns()
    {
        var placed = await shop.PlaceAsync(ScoreTestShop.Order());
        var writer = shop.App.Services.GetRequiredService<ScoreCallAuditWriter>();
        var rows = Enumerable.Range(0, 300).Select(i => Row(i % 2 == 0 ? placed.OrderNumber : $"UNKNOWN{i}")).ToList();

        await Task.WhenAll(rows.Select(row => Task.Run(() => writer.WriteAsync(row))));

        await using var db = await shop.ContextAsync();
        var stored = await db.ScoreCallLogs.Where(l => l.Operation == OutboxOperation.InquireCredit).ToDictionaryAsync(l => l.Id);
        Assert.All(rows, row => Assert.True(stored.ContainsKey(row.Id), $"row {row.Id} of {row.OrderNumber} missing"));
        Assert.All(rows.Where(r => r.OrderNumber == placed.OrderNumber), row => Assert.Equal(placed.OrderId, stored[row.Id].OrderId));
        Assert.All(rows.Where(r => r.OrderNumber != placed.OrderNumber), row => Assert.Null(stored[row.Id].OrderId));
    }

    [Fact]
    public async Task Disposing_the_writer_commits_every_row_already_handed_over_and_refuses_later_ones()
    {
        var factory = shop.App.Services.GetRequiredService<IDbContextFactory<CraftCartDbContext>>();
        var writer = new ScoreCallAuditWriter(factory);
        var writes = Enumerable.Range(0, 200).Select(i => writer.WriteAsync(Row($"STOP{i}"))).ToList();

        await writer.DisposeAsync();

        Assert.All(writes, write => Assert.True(write.IsCompletedSuccessfully));
        await using var db = await shop.ContextAsync();
        Assert.Equal(200, await db.ScoreCallLogs.CountAsync(l => l.OrderNumber.StartsWith("STOP")));
        Assert.Throws<ObjectDisposedException>(() => { _ = writer.WriteAsync(Row("LATE")); });
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_alone_and_the_others_are_committed()
    {
        var writer = shop.App.Services.GetRequiredService<ScoreCallAuditWriter>();
        var bad = Row("BAD");
        bad.RequestXml = null!; // NOT NULL in the schema
        var good = Enumerable.Range(0, 50).Select(i => Row($"GOOD{i}")).ToList();

        var writes = good.Take(25).Append(bad).Concat(good.Skip(25)).Select(writer.WriteAsync).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w => { try { await w; return null; } catch (Exception e) { return e; } }));

        Assert.Single(outcomes, e => e is not null);
        Assert.IsType<DbUpdateException>(outcomes[25]);
        await using var db = await shop.ContextAsync();
        Assert.Equal(50, await db.ScoreCallLogs.CountAsync(l => l.OrderNumber.StartsWith("GOOD")));
    }

    [Fact]
    public async Task O4_every_inquiry_of_a_HOLD_poll_has_its_log_row_when_the_poll_returns()
    {
        for (var i = 0; i < 40; i++) await shop.PlaceAsync(ScoreTestShop.Order($"hold{i}+hold@example.jp"));
        await shop.DrainAsync();

        var run = await shop.Service<HoldPoller>().RunAsync();

        Assert.NotNull(run);
        Assert.Equal(40, run.Asked);
        await using var db = await shop.ContextAsync();
        Assert.Equal(40, await db.ScoreCallLogs.CountAsync(l => l.Operation == OutboxOperation.InquireCredit && l.OrderId != null));
        Assert.Equal(40, await db.ScoreCallLogs.CountAsync(l => l.Operation == OutboxOperation.Register));
    }

    private static ScoreCallLog Row(string orderNumber) => new()
    {
        OrderNumber = orderNumber,
        Operation = OutboxOperation.InquireCredit,
        StartedAt = DateTimeOffset.UtcNow,
        Outcome = "Ok",
        RequestXml = "<request/>",
        ResponseXml = "<response><result>OK</result></response>",
    };
}
