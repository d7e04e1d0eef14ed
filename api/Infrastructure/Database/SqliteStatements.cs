using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace AsnApi.Infrastructure.Database;

/// <summary>
/// Open SQLite connections that keep their compiled statements between requests. Microsoft.Data.Sqlite compiles
/// (sqlite3_prepare) every command's SQL again and throws the result away when the command is disposed, and it
/// disposes every statement of a connection when the connection is closed; compiling a three-table join cost about as
/// much as running it (README, "The hot read path"). So a request rents an open <see cref="ReusingSqliteConnection"/>
/// here and gives it back afterwards, and the connection keeps one prepared command per SQL text.
/// <para>
/// Only a connection that is idle goes back: no transaction, no reader open. At most <see cref="MaxIdle"/> are kept;
/// the rest are closed. SQL Server needs none of this: the server caches plans and the driver pools connections.
/// </para>
/// </summary>
public sealed class SqliteConnections(DatabaseOptions options) : IDisposable
{
    public const int MaxIdle = 32;
    private readonly ConcurrentBag<ReusingSqliteConnection> _idle = [];
    private bool _disposed;

    public async ValueTask<ReusingSqliteConnection> Rent(CancellationToken ct)
    {
        if (_idle.TryTake(out var connection)) return connection;
        connection = new ReusingSqliteConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public async ValueTask Return(ReusingSqliteConnection connection)
    {
        if (!_disposed && connection.IsIdle && _idle.Count < MaxIdle)
        {
            _idle.Add(connection);
            return;
        }
        await connection.DisposeAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}

/// <summary>
/// A SQLite connection whose commands compile their SQL once: each command Dapper creates hands its execution to the
/// connection's prepared command for the same text, with the caller's parameters and transaction.
/// </summary>
public sealed class ReusingSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Distinct statements kept per connection; the list builders make many variants, so the set is bounded.</summary>
    public const int MaxStatements = 256;
    private readonly Dictionary<string, PreparedCommand> _prepared = new(StringComparer.Ordinal);

    public bool IsIdle => State == ConnectionState.Open && Transaction is null && !_prepared.Values.Any(c => c.Reading);

    public override SqliteCommand CreateCommand() =>
        new ReusingCommand(this) { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

    /// <summary>The prepared command for this SQL text, or null when it is busy (a reader of it is still open) or does not compile.</summary>
    private PreparedCommand? Prepared(string sql)
    {
        if (_prepared.TryGetValue(sql, out var command)) return command.Reading ? null : command;
        if (_prepared.Count >= MaxStatements)
        {
            if (_prepared.Values.Any(c => c.Reading)) return null;
            foreach (var old in _prepared.Values) old.Dispose();
            _prepared.Clear();
        }
        command = new PreparedCommand { Connection = this, CommandTimeout = DefaultTimeout, CommandText = sql };
        try
        {
            command.Prepare();
        }
        catch (SqliteException)
        {
            // Executed the ordinary way, so the error surfaces exactly as it would without this cache.
            command.Dispose();
            return null;
        }
        _prepared[sql] = command;
        return command;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _prepared.Values) command.Dispose();
            _prepared.Clear();
        }
        base.Dispose(disposing);
    }

    private sealed class PreparedCommand : SqliteCommand
    {
        public bool Reading => DataReader is not null;
    }

    private sealed class ReusingCommand(ReusingSqliteConnection owner) : SqliteCommand
    {
        public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
        {
            // Another reader of the same text still open (a streamed export that queries meanwhile): compile this one afresh.
            if (Connection != owner || owner.State != ConnectionState.Open || owner.Prepared(CommandText) is not { } prepared)
                return base.ExecuteReader(behavior);
            prepared.Transaction = Transaction;
            prepared.Parameters.Clear();
            foreach (SqliteParameter parameter in Parameters) prepared.Parameters.Add(parameter);
            return prepared.ExecuteReader(behavior); // reset, bind, step: no compilation
        }
    }
}
