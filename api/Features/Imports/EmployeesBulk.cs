using System.Data;
using AsnApi.Infrastructure.Database;
using Microsoft.Data.SqlClient;

namespace AsnApi.Features.Imports;

/// <summary>An employee row as the import writes it (insert or overwrite by id).</summary>
public sealed record EmployeeImportValues(Guid Id, Guid TenantId, string Nip, string Name, string EmploymentType, string Sex, DateOnly BirthDate,
    string? Rank, Guid? PositionId, Guid? UnitId, DateTimeOffset Now);

/// <summary>
/// The SQL Server path for large employee files: the planned rows go by <see cref="SqlBulkCopy"/> into a session
/// staging table and then into Employees by one set-based MERGE, inside the import's transaction, instead of one
/// statement per row (a round trip each to the server). SQLite keeps the prepared per-row statements: it runs in the
/// process, where a statement costs no round trip. The writes arrive one by one from the engine; the copy runs when
/// the last one has arrived.
/// </summary>
public sealed class EmployeesBulk(Db db)
{
    /// <summary>Below this many writes the per-row statements are used on SQL Server too (a small file gains nothing).</summary>
    public const int MinRows = 1_000;

    public static bool Applies(Db db, int rows) => db.Dialect.Provider == DatabaseProvider.SqlServer && rows >= MinRows;

    [Sql] internal const string CreateStaging = """
        CREATE TABLE #EmployeeImport (
            Id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, TenantId UNIQUEIDENTIFIER NOT NULL, Nip NVARCHAR(18) NOT NULL, Name NVARCHAR(200) NOT NULL,
            EmploymentType NVARCHAR(10) NOT NULL, Sex NVARCHAR(10) NOT NULL, BirthDate DATE NOT NULL, Rank NVARCHAR(10) NULL,
            PositionId UNIQUEIDENTIFIER NULL, UnitId UNIQUEIDENTIFIER NOT NULL, Now DATETIMEOFFSET NOT NULL)
        """;

    /// <summary>A known id is overwritten as <c>ImportEmployees.Overwrite</c> does (reactivated, next version); a new one inserted as <c>EmployeeSql.Insert</c>.</summary>
    [Sql] internal const string Merge = """
        MERGE Employees WITH (HOLDLOCK) AS e
        USING #EmployeeImport AS s ON e.Id = s.Id AND e.TenantId = s.TenantId
        WHEN MATCHED THEN UPDATE SET Name = s.Name, EmploymentType = s.EmploymentType, Sex = s.Sex, BirthDate = s.BirthDate, Rank = s.Rank,
            PositionId = s.PositionId, UnitId = s.UnitId, IsActive = 1, Version = e.Version + 1, UpdatedAt = s.Now
        WHEN NOT MATCHED BY TARGET THEN INSERT (Id, TenantId, Nip, Name, EmploymentType, Sex, BirthDate, Rank, PositionId, UnitId, IsActive, Version, CreatedAt, UpdatedAt)
            VALUES (s.Id, s.TenantId, s.Nip, s.Name, s.EmploymentType, s.Sex, s.BirthDate, s.Rank, s.PositionId, s.UnitId, 1, 1, s.Now, s.Now);
        """;

    [Sql] internal const string DropStaging = "DROP TABLE #EmployeeImport";

    private readonly List<EmployeeImportValues> _rows = [];
    private int _expected = -1;

    /// <summary>How many writes the plan holds; the copy runs when that many have been added.</summary>
    public void Expect(int writes) => _expected = writes;

    public async Task Add(EmployeeImportValues row, CancellationToken ct)
    {
        _rows.Add(row);
        if (_rows.Count == _expected) await Flush(ct);
    }

    private async Task Flush(CancellationToken ct)
    {
        var connection = (SqlConnection)await db.Connection(ct);
        var transaction = (SqlTransaction?)db.Transaction;
        await db.Execute(CreateStaging, null, ct);
        var table = new DataTable();
        foreach (var (name, type) in new (string, Type)[]
        {
            ("Id", typeof(Guid)), ("TenantId", typeof(Guid)), ("Nip", typeof(string)), ("Name", typeof(string)), ("EmploymentType", typeof(string)),
            ("Sex", typeof(string)), ("BirthDate", typeof(DateTime)), ("Rank", typeof(string)), ("PositionId", typeof(Guid)), ("UnitId", typeof(Guid)),
            ("Now", typeof(DateTimeOffset)),
        }) table.Columns.Add(name, type);
        foreach (var r in _rows)
            table.Rows.Add(r.Id, r.TenantId, r.Nip, r.Name, r.EmploymentType, r.Sex, r.BirthDate.ToDateTime(TimeOnly.MinValue), (object?)r.Rank ?? DBNull.Value,
                r.PositionId is { } p ? p : DBNull.Value, r.UnitId is { } u ? u : DBNull.Value, r.Now.ToUniversalTime());
        using (var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction) { DestinationTableName = "#EmployeeImport", BatchSize = 5_000, BulkCopyTimeout = 0 })
        {
            foreach (DataColumn c in table.Columns) copy.ColumnMappings.Add(c.ColumnName, c.ColumnName);
            await copy.WriteToServerAsync(table, ct);
        }
        await db.Execute(Merge, null, ct);
        await db.Execute(DropStaging, null, ct);
        _rows.Clear();
    }
}
