using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps <c>JpStandings</c> (migration 0026): per active employee and per year with a ledger entry in the tenant, the
/// target of their employment type, JP earned, remaining and whether it is reached, with the name the below-target list
/// sorts by, so that list's default order (-remaining, name) is an index range that stops after a page, however large
/// the tenant. The same flat-aggregate pattern as <see cref="JpLedgerRollups"/>, one row per employee instead of per
/// unit because the list names people: <see cref="JpLedgerRollups.RefreshEmployeeYear"/> refreshes a credited
/// employee's year, <see cref="EmployeeCopies"/> an employee whose name, employment type or activity may have changed
/// (or the tenant after an import), and a target change rewrites the tenant's rows in one statement.
/// A year without any ledger entry in the tenant has no rows: everyone active is below target with 0 JP, and the list
/// reads the employees instead (<c>ListBelowTarget</c>). So the years kept follow the ledger, not the clock.
/// </summary>
public static class JpStandings
{
    private const string Earned = "COALESCE(j.EarnedJp, 0)";
    private const string Target = $"CASE WHEN e.EmploymentType = '{nameof(EmploymentType.Pppk)}' THEN @TargetPppk ELSE @TargetPns END";

    private static string Fill(string where) => $"""
        INSERT INTO JpStandings (TenantId, EmployeeId, Year, Name, EmploymentType, TargetJp, EarnedJp, RemainingJp, Reached)
        SELECT e.TenantId, e.Id, @Year, e.Name, e.EmploymentType, {Target}, {Earned},
               CASE WHEN {Target} > {Earned} THEN {Target} - {Earned} ELSE 0 END, CASE WHEN {Earned} >= {Target} THEN 1 ELSE 0 END
        FROM Employees e LEFT JOIN JpEmployeeYears j ON j.TenantId = e.TenantId AND j.EmployeeId = e.Id AND j.Year = @Year
        WHERE e.TenantId = @TenantId AND e.IsActive = 1{where}
        """;

    private static string InEmployees(ISqlDialect d) => $" AND EmployeeId IN ({d.IdsIn("@Ids")})";

    [Sql] internal static readonly string FillYear = Fill("");
    [Sql] internal static readonly string FillEmployeeYear = Fill(" AND e.Id = @EmployeeId");
    [Sql] internal static string FillEmployeesYear(ISqlDialect d) => Fill(InEmployees(d).Replace("EmployeeId", "e.Id"));
    [Sql] internal const string ClearTenant = "DELETE FROM JpStandings WHERE TenantId = @TenantId";
    [Sql] internal const string ClearYear = "DELETE FROM JpStandings WHERE TenantId = @TenantId AND Year = @Year";
    [Sql] internal const string ClearEmployeeYear = "DELETE FROM JpStandings WHERE TenantId = @TenantId AND EmployeeId = @EmployeeId AND Year = @Year";
    [Sql] internal static string ClearEmployees(ISqlDialect d) => ClearTenant + InEmployees(d);

    /// <summary>Whether the year has any ledger entry in the tenant, and whether it has rows here (IX_JpLedgerEntries_Tenant_Year, the primary key's prefix is not it: IX_JpStandings_Below).</summary>
    [Sql] internal const string YearState = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM JpLedgerEntries WHERE TenantId = @TenantId AND Year = @Year) THEN 1 ELSE 0 END AS HasEntries,
               CASE WHEN EXISTS (SELECT 1 FROM JpStandings WHERE TenantId = @TenantId AND Year = @Year) THEN 1 ELSE 0 END AS HasRows
        """;

    /// <summary>The next year with a ledger entry after @Year: a seek each, so the years cost what there are of them, not the entries.</summary>
    [Sql] internal const string NextYear = "SELECT MIN(Year) FROM JpLedgerEntries WHERE TenantId = @TenantId AND Year > @Year";

    /// <summary>A target change: every row of the tenant takes the new target of its employment type.</summary>
    private const string RowTarget = $"CASE WHEN EmploymentType = '{nameof(EmploymentType.Pppk)}' THEN @TargetPppk ELSE @TargetPns END";

    /// <summary>A target change: every row of the tenant takes the new target of its employment type (SET reads the row as it was).</summary>
    [Sql] internal const string Retarget = $"""
        UPDATE JpStandings SET TargetJp = {RowTarget},
               RemainingJp = CASE WHEN {RowTarget} > EarnedJp THEN {RowTarget} - EarnedJp ELSE 0 END,
               Reached = CASE WHEN EarnedJp >= {RowTarget} THEN 1 ELSE 0 END
        WHERE TenantId = @TenantId
        """;

    private sealed class State
    {
        public int HasEntries { get; init; }
        public int HasRows { get; init; }
    }

    private static async Task<(int Pns, int Pppk)> Targets(Db db, Guid tenantId, CancellationToken ct)
    {
        var s = await TrainingSettings.Load(db, tenantId, ct);
        return (s.TargetFor(EmploymentType.Pns), s.TargetFor(EmploymentType.Pppk));
    }

    /// <summary>The years with a ledger entry in the tenant, in order.</summary>
    public static async Task<List<int>> Years(Db db, Guid tenantId, CancellationToken ct)
    {
        var years = new List<int>();
        var year = int.MinValue;
        while (await db.Scalar<int?>(NextYear, new { TenantId = tenantId, Year = year }, ct) is { } next) years.Add(year = next);
        return years;
    }

    /// <summary>After a credit of the employee in the year was added or taken back (JpEmployeeYears already refreshed).</summary>
    public static async Task RefreshEmployeeYear(Db db, Guid tenantId, Guid employeeId, int year, CancellationToken ct)
    {
        var (pns, pppk) = await Targets(db, tenantId, ct);
        var args = new { TenantId = tenantId, EmployeeId = employeeId, Year = year, TargetPns = pns, TargetPppk = pppk };
        var state = (await db.Single<State>(YearState, args, ct))!;
        if (state.HasEntries == 0) await db.Execute(ClearYear, args, ct); // the year's last credit was taken back
        else if (state.HasRows == 0)
        {
            // The year's first credit: everyone active. Cleared first: a concurrent first credit that committed meanwhile
            // (unseen by a snapshot read on SQL Server) is waited for and replaced, not a duplicate key.
            await db.Execute(ClearYear, args, ct);
            await db.Execute(FillYear, args, ct);
        }
        else
        {
            await db.Execute(ClearEmployeeYear, args, ct);
            await db.Execute(FillEmployeeYear, args, ct);
        }
    }

    /// <summary>
    /// Every year of these employees (null: the whole tenant), after a change to what a row keeps of them (name, employment
    /// type, active or not) or after an import. Its cost is employees × years with entries.
    /// </summary>
    public static async Task RefreshEmployees(Db db, Guid tenantId, IReadOnlyCollection<Guid>? employeeIds, CancellationToken ct)
    {
        if (employeeIds is { Count: 0 }) return;
        var (pns, pppk) = await Targets(db, tenantId, ct);
        var ids = employeeIds is null ? null : SqlIds.Json(employeeIds);
        await db.Execute(ids is null ? ClearTenant : ClearEmployees(db.Dialect), new { TenantId = tenantId, Ids = ids }, ct);
        foreach (var year in await Years(db, tenantId, ct))
            await db.Execute(ids is null ? FillYear : FillEmployeesYear(db.Dialect), new { TenantId = tenantId, Ids = ids, Year = year, TargetPns = pns, TargetPppk = pppk }, ct);
    }

    /// <summary>After the tenant's targets changed: one statement over the tenant's rows (a rare, admin-only command).</summary>
    public static Task Retargeted(Db db, Guid tenantId, int targetPns, int targetPppk, CancellationToken ct) =>
        db.Execute(Retarget, new { TenantId = tenantId, TargetPns = targetPns, TargetPppk = targetPppk }, ct);
}
