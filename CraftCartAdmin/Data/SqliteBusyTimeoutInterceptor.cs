using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CraftCartAdmin.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (PRAGMA busy_timeout), as long as the connection's command timeout.
/// Without it Microsoft.Data.Sqlite retries a busy statement after sleeping 150 ms, so concurrent writers (the
/// outbox, the poll, SCORE通信ログ) spent most of their time asleep; SQLite's own handler wakes within milliseconds.
/// The patience is the same, only the waking is prompt.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>
    /// One stateless instance for every context: EF Core keys its internal service provider on the interceptor
    /// instances, so a new one per host would give every host (every test app) its own provider.
    /// </summary>
    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    private SqliteBusyTimeoutInterceptor() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {checked(sqlite.DefaultTimeout * 1000)};";
        command.ExecuteNonQuery();
    }
}
