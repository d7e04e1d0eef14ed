using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace AsnApi.Infrastructure.Database;

/// <summary>
/// The request's one connection, opened on first use. Commands run inside the transaction
/// that <see cref="Pipeline.CommandTransactionBehavior{TMessage,TResponse}"/> opens;
/// every call here joins it, so a handler never has to pass it along.
/// </summary>
public sealed class Db(DatabaseOptions options, SqliteConnections? sqlite = null) : IAsyncDisposable
{
    private DbConnection? _connection;

    public ISqlDialect Dialect => options.Dialect;
    public DbTransaction? Transaction { get; private set; }

    public async ValueTask<DbConnection> Connection(CancellationToken ct = default)
    {
        if (_connection is null)
        {
            if (sqlite is not null && options.Provider == DatabaseProvider.Sqlite) return _connection = await sqlite.Rent(ct);
            _connection = Create(options);
            await _connection.OpenAsync(ct);
        }
        return _connection;
    }

    public static DbConnection Create(DatabaseOptions options) => options.Provider == DatabaseProvider.SqlServer
        ? new SqlConnection(options.ConnectionString)
        : new SqliteConnection(options.ConnectionString);

    public async ValueTask<DbTransaction> Begin(CancellationToken ct)
    {
        var connection = await Connection(ct);
        Transaction = await connection.BeginTransactionAsync(ct);
        return Transaction;
    }

    public void EndTransaction() => Transaction = null;

    private CommandDefinition Def(string sql, object? param, CancellationToken ct) => new(sql, param, Transaction, cancellationToken: ct);

    public async Task<IReadOnlyList<T>> Query<T>(string sql, object? param, CancellationToken ct) =>
        (await (await Connection(ct)).QueryAsync<T>(Def(sql, param, ct))).AsList();

    public async Task<T?> Single<T>(string sql, object? param, CancellationToken ct) =>
        await (await Connection(ct)).QuerySingleOrDefaultAsync<T>(Def(sql, param, ct));

    public async Task<T> Scalar<T>(string sql, object? param, CancellationToken ct) =>
        (await (await Connection(ct)).ExecuteScalarAsync<T>(Def(sql, param, ct)))!;

    public async Task<int> Execute(string sql, object? param, CancellationToken ct) =>
        await (await Connection(ct)).ExecuteAsync(Def(sql, param, ct));

    public async ValueTask DisposeAsync()
    {
        if (_connection is ReusingSqliteConnection reusable && sqlite is not null) await sqlite.Return(reusable);
        else if (_connection is not null) await _connection.DisposeAsync();
    }
}
