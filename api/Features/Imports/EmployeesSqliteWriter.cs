using System.Globalization;
using AsnApi.Features.Employees;
using AsnApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace AsnApi.Features.Imports;

/// <summary>
/// The SQLite path for employee files: the insert and the overwrite are each one command, compiled once and bound
/// afresh per row, as the benchmark's ceiling does, instead of a Dapper call per row (a new command, new parameter
/// objects and a reflection-built binder per call: about a third of the write time of 100,000 rows). The same [Sql]
/// texts, in the import's transaction; values in the forms the Dapper type handlers give them (TypeHandlers).
/// </summary>
public sealed class EmployeesSqliteWriter(Db db) : IDisposable
{
    public static bool Applies(Db db) => db.Dialect.Provider == DatabaseProvider.Sqlite;

    private static readonly string[] Names = ["@Id", "@TenantId", "@Nip", "@Name", "@EmploymentType", "@Sex", "@BirthDate", "@Rank", "@PositionId", "@UnitId", "@Now"];
    private SqliteCommand? _insert, _overwrite;

    public async Task Insert(EmployeeImportValues v, CancellationToken ct) => Run(_insert ??= await Prepare(EmployeeSql.Insert, ct), v, ct);
    public async Task Overwrite(EmployeeImportValues v, CancellationToken ct) => Run(_overwrite ??= await Prepare(ImportEmployees.Overwrite, ct), v, ct);

    private async Task<SqliteCommand> Prepare(string sql, CancellationToken ct)
    {
        var connection = (SqliteConnection)await db.Connection(ct);
        var command = new SqliteCommand(sql, connection, (SqliteTransaction?)db.Transaction);
        foreach (var name in Names) command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand c, EmployeeImportValues v, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var p = c.Parameters;
        p[0].Value = v.Id.ToString("D");
        p[1].Value = v.TenantId.ToString("D");
        p[2].Value = v.Nip;
        p[3].Value = v.Name;
        p[4].Value = v.EmploymentType;
        p[5].Value = v.Sex;
        p[6].Value = v.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        p[7].Value = (object?)v.Rank ?? DBNull.Value;
        p[8].Value = v.PositionId is { } position ? position.ToString("D") : DBNull.Value;
        p[9].Value = v.UnitId is { } unit ? unit.ToString("D") : DBNull.Value;
        p[10].Value = v.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        c.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _overwrite?.Dispose();
    }
}
