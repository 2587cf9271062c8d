using System.Globalization;
using BenchmarkDotNet.Attributes;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Domain.Settings;
using CraftCartAdmin.Features.Orders.List;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftCartAdmin.Benchmarks;

/// <summary>
/// Issue 4: one 受注一覧 page (与信 = OK, 合計 descending, 50 rows, plus the total count) through
/// OrderListQuery.PageAsync, against the same page read with hand-written SQL through Microsoft.Data.Sqlite
/// (the baseline), over 10,000 and 100,000 orders. The orders are copied in SQL from one order placed through
/// OrderIntake, so every column matches the EF schema; 与信, 状態, 合計 and 注文日 vary per row.
/// </summary>
[Config(typeof(SlowBuildConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class OrderListPageBenchmark
{
    [Params(10_000, 100_000)]
    public int Orders { get; set; }

    private static readonly OrderListFilter Filter = new() { Credit = CreditResult.Ok };
    private static readonly OrderListSort Sort = new(OrderSortField.Total, Descending: true);

    private BenchScoreShop app = default!;
    private string connectionString = "";

    private const string CountSql = "SELECT COUNT(*) FROM Orders WHERE CreditResult = $credit";
    private const string PageSql = """
        SELECT o.Id, o.OrderNumber, o.OrderedAt, o.Customer_LastName, o.Customer_FirstName, o.Customer_LastNameKana,
               o.Customer_FirstNameKana, p.Name, p.Code, o.InvoiceState, o.Total, o.PaidOn, o.ShippedOn, o.Status,
               o.CreditResult, o.SyncState, o.MailCount, o.TrackingNumber, d.CarrierCode, o.ShipmentRegisteredAt, o.Version
        FROM Orders AS o
        JOIN PaymentMethods AS p ON p.Id = o.PaymentMethodId
        JOIN DeliveryMethods AS d ON d.Id = o.DeliveryMethodId
        WHERE o.CreditResult = $credit
        ORDER BY o.Total DESC, o.Id DESC
        LIMIT $take OFFSET $skip
        """;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        app = new BenchScoreShop(useKestrel: false, sandbox: false);
        await app.StartAsync();
        await app.PlaceAsync([BenchScoreShop.Order("template@example.jp", number: "T0000001", payment: "card")]);
        connectionString = $"Data Source={app.DatabasePath}";

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Orders')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        var overrides = new Dictionary<string, string>
        {
            ["OrderNumber"] = "'B' || printf('%07d', s.n)",
            ["Total"] = "500 + (s.n * 7919) % 54000",
            ["CreditResult"] = "s.n % 5",          // None, Ok, Ng, Hold, Pending: 20 % are OK
            ["Status"] = "1 + s.n % 6",
            ["OrderedAt"] = "t.OrderedAt - s.n * 600000000", // one minute apart
        };
        var target = columns.Where(c => c != "Id").ToList();
        var values = target.Select(c => overrides.TryGetValue(c, out var v) ? v : $"t.\"{c}\"");
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = $"""
                WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $count)
                INSERT INTO Orders ({string.Join(", ", target.Select(c => $"\"{c}\""))})
                SELECT {string.Join(", ", values)} FROM s CROSS JOIN Orders AS t WHERE t.OrderNumber = 'T0000001'
                """;
            insert.Parameters.AddWithValue("$count", Orders - 1);
            await insert.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }
        await using (var analyze = connection.CreateCommand()) { analyze.CommandText = "ANALYZE"; await analyze.ExecuteNonQueryAsync(); }

        // What SQLite does with each statement, and what EF sends, for the report.
        foreach (var sql in new[] { CountSql, PageSql })
        {
            await using var plan = connection.CreateCommand();
            plan.CommandText = "EXPLAIN QUERY PLAN " + sql;
            Bind(plan);
            await using var reader = await plan.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine($"// plan: {reader.GetString(3)}");
        }
        await using (var db = await app.ContextAsync())
        {
            Console.WriteLine($"// orders: {await db.Orders.CountAsync()}");
            Console.WriteLine("// EF page SQL:\n// " + db.Orders.AsNoTracking().Where(o => o.CreditResult == CreditResult.Ok)
                .OrderByDescending(o => o.Total).ThenByDescending(o => o.Id).Take(50).ToQueryString().Replace("\n", "\n// "));
        }

        var ef = await EfPage();
        var raw = await RawSqlPage();
        if (ef.TotalCount != raw.TotalCount || !ef.Rows.SequenceEqual(raw.Rows))
            throw new InvalidOperationException($"EF and raw SQL disagree: {ef.TotalCount} vs {raw.TotalCount}; first {ef.Rows[0]} vs {raw.Rows[0]}");
        Console.WriteLine($"// page: {ef.Rows.Count} rows of {ef.TotalCount}; EF and raw SQL agree");
    }

    private static void Bind(SqliteCommand command)
    {
        command.Parameters.AddWithValue("$credit", (int)CreditResult.Ok);
        command.Parameters.AddWithValue("$take", OrderListQuery.PageSize);
        command.Parameters.AddWithValue("$skip", 0);
    }

    [Benchmark(Baseline = true, Description = "raw SQL page + count")]
    public async Task<OrderPage> RawSqlPage()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        int total;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = CountSql;
            Bind(count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync());
        }
        var rows = new List<OrderRow>(OrderListQuery.PageSize);
        await using var page = connection.CreateCommand();
        page.CommandText = PageSql;
        Bind(page);
        await using var r = await page.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            rows.Add(new OrderRow
            {
                Id = r.GetInt32(0),
                OrderNumber = r.GetString(1),
                OrderedAt = new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero),
                CustomerName = r.GetString(3) + " " + r.GetString(4),
                CustomerKana = r.GetString(5) + " " + r.GetString(6),
                PaymentMethodName = r.GetString(7),
                IsScore = r.GetString(8) == PaymentMethod.ScoreCode,
                InvoiceState = (InvoiceState)r.GetInt32(9),
                Total = r.GetInt32(10),
                PaidOn = r.IsDBNull(11) ? null : DateOnly.Parse(r.GetString(11), CultureInfo.InvariantCulture),
                ShippedOn = r.IsDBNull(12) ? null : DateOnly.Parse(r.GetString(12), CultureInfo.InvariantCulture),
                Status = (OrderStatus)r.GetInt32(13),
                CreditResult = (CreditResult)r.GetInt32(14),
                SyncState = (SyncState)r.GetInt32(15),
                MailCount = r.GetInt32(16),
                TrackingNumber = r.IsDBNull(17) ? null : r.GetString(17),
                CarrierCode = r.IsDBNull(18) ? null : r.GetInt32(18),
                ShipmentRegistered = !r.IsDBNull(19),
                Version = r.GetInt64(20),
            });
        }
        return new OrderPage(rows, total);
    }

    [Benchmark(Description = "OrderListQuery.PageAsync")]
    public async Task<OrderPage> EfPage()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderListQuery>().PageAsync(Filter, Sort, pageIndex: 0);
    }

    [GlobalCleanup]
    public void Cleanup() => app.Dispose();
}
