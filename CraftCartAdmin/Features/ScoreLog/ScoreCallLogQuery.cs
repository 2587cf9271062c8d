using CraftCartAdmin.Data;
using CraftCartAdmin.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.ScoreLog;

public sealed record ScoreCallLogFilter(string? OrderNumber = null, OutboxOperation? Operation = null, string? Outcome = null);

public sealed record ScoreCallLogRow(long Id, int? OrderId, string OrderNumber, OutboxOperation Operation, DateTimeOffset StartedAt,
    int DurationMs, string Outcome, string? ErrorCode, string? Message);

/// <summary>SCORE通信ログ, newest first, one page at a time; the XML is read only when a row is opened.</summary>
public sealed class ScoreCallLogQuery(IDbContextFactory<CraftCartDbContext> contextFactory)
{
    public async Task<(IReadOnlyList<ScoreCallLogRow> Rows, int Total)> PageAsync(ScoreCallLogFilter filter, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var logs = db.ScoreCallLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.OrderNumber)) logs = logs.Where(l => l.OrderNumber.Contains(filter.OrderNumber.Trim()));
        if (filter.Operation is { } operation) logs = logs.Where(l => l.Operation == operation);
        if (!string.IsNullOrEmpty(filter.Outcome)) logs = logs.Where(l => l.Outcome == filter.Outcome);
        var total = await logs.CountAsync(cancellationToken);
        var rows = await logs.OrderByDescending(l => l.Id).Skip(page * pageSize).Take(pageSize)
            .Select(l => new ScoreCallLogRow(l.Id, l.OrderId, l.OrderNumber, l.Operation, l.StartedAt, l.DurationMs, l.Outcome, l.ErrorCode, l.Message))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<(string Request, string? Response)> XmlAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var log = await db.ScoreCallLogs.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.RequestXml, l.ResponseXml }).SingleAsync(cancellationToken);
        return (log.RequestXml, log.ResponseXml);
    }

    public static string Label(OutboxOperation operation) => operation switch
    {
        OutboxOperation.Register => "注文情報登録",
        OutboxOperation.Modify => "注文情報修正",
        OutboxOperation.InquireCredit => "与信結果取得",
        OutboxOperation.Cancel => "キャンセル登録",
        OutboxOperation.RegisterShipment => "発送情報登録",
        OutboxOperation.GetInvoiceData => "請求書印字データ取得",
        _ => operation.ToString(),
    };

    public static string OutcomeLabel(string outcome) => outcome switch
    {
        "Ok" => "OK",
        "Ng" => "NG",
        "TransportFailure" => "通信エラー",
        _ => outcome,
    };
}
