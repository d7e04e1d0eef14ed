using AsnApi.Contracts;
using AsnApi.Features.Shared;
using Microsoft.Data.Sqlite;

namespace AsnApi.Bench;

/// <summary>
/// Issue 8's training load on the bench tenant: a dozen programs over the standard's competencies, finished sessions of
/// 25 holding the completions (one completed enrollment and one JP ledger entry each, this year), and a few open
/// sessions. Ledger entries go in with the API's own INSERT (JpLedger.Insert); the rollups are then rebuilt with the
/// API's own tenant refresh statements, which is what the per-command refreshes add up to (JpLedgerConsistencyTests).
/// </summary>
static class TrainingBench
{
    public const int SessionSize = 25;

    public static (string OpenSession, int Completions) Load(SqliteConnection db, SqliteTransaction tx, string tenant, IReadOnlyList<string> standard, IReadOnlyList<string> employees, int completions)
    {
        var random = new Random(8);
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
        var year = DateTime.UtcNow.Year;
        var forms = Enum.GetValues<DevelopmentActivityForm>();

        using var program = Prepare(db, tx, """
            INSERT INTO TrainingPrograms (Id, TenantId, Code, Title, Description, Form, Delivery, Jp, PartnerId, CostPerParticipant, GrantsCertificate, IsActive, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $t, $code, $title, NULL, $form, 'InPerson', $jp, NULL, NULL, 1, 1, 1, $now, $now)
            """, "$id", "$t", "$code", "$title", "$form", "$jp", "$now");
        using var developed = Prepare(db, tx, "INSERT INTO TrainingProgramCompetencies (ProgramId, TenantId, CompetencyId, ExpectedGain) VALUES ($p, $t, $c, $g)", "$p", "$t", "$c", "$g");
        var programs = new List<(string Id, string Form, int Jp)>();
        for (var i = 0; i < 12; i++)
        {
            var id = Guid.NewGuid().ToString();
            var form = forms[i % forms.Length].ToString();
            var jp = 8 + 4 * (i % 6);
            Run(program, id, tenant, $"BENCH-{i:00}", $"Pelatihan Bench {i}", form, jp, now);
            foreach (var c in standard.OrderBy(_ => random.Next()).Take(1 + i % 3)) Run(developed, id, tenant, c, 1 + i % 2);
            programs.Add((id, form, jp));
        }

        using var session = Prepare(db, tx, """
            INSERT INTO TrainingSessions (Id, TenantId, ProgramId, Name, StartDate, EndDate, Location, OnlineLink, Capacity, SeatsTaken, Status, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $t, $p, $name, $start, $end, 'Aula', NULL, $cap, $taken, $status, 1, $now, $now)
            """, "$id", "$t", "$p", "$name", "$start", "$end", "$cap", "$taken", "$status", "$now");
        using var enrollment = Prepare(db, tx, """
            INSERT INTO TrainingEnrollments (Id, TenantId, SessionId, EmployeeId, Status, PreTestScore, PostTestScore, CompletedAt, JpCredited, CertificateNumber, EnrolledBy, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $t, $s, $e, 'Completed', NULL, NULL, $now, $jp, NULL, 'bench', 1, $now, $now)
            """, "$id", "$t", "$s", "$e", "$jp", "$now");
        using var entry = Prepare(db, tx, JpLedger.Insert, "@Id", "@TenantId", "@EmployeeId", "@Year", "@EntryDate", "@Form", "@Jp", "@Source", "@SourceId", "@Title", "@Now");

        var sessions = completions / SessionSize;
        var next = 0;
        for (var s = 0; s < sessions; s++)
        {
            var (programId, form, jp) = programs[s % programs.Count];
            var id = Guid.NewGuid().ToString();
            var start = new DateOnly(year, 1, 2).AddDays(random.Next(0, 300));
            Run(session, id, tenant, programId, $"Angkatan {s}", start.ToString("yyyy-MM-dd"), start.AddDays(2).ToString("yyyy-MM-dd"), SessionSize, SessionSize, nameof(TrainingSessionStatus.Finished), now);
            // 25 different people per session, walking the tenant round-robin: everyone gets completions / headcount of them.
            for (var k = 0; k < SessionSize; k++)
            {
                var employee = employees[next++ % employees.Count];
                var e = Guid.NewGuid().ToString();
                Run(enrollment, e, tenant, id, employee, jp, now);
                Run(entry, Guid.NewGuid().ToString(), tenant, employee, year, start.AddDays(2).ToString("yyyy-MM-dd"), form, jp, nameof(JpLedgerSource.Enrollment), e, $"Pelatihan Bench {s % programs.Count}", now);
            }
        }
        var open = Guid.NewGuid().ToString();
        foreach (var (programId, _, _) in programs)
        {
            var id = programId == programs[0].Id ? open : Guid.NewGuid().ToString();
            Run(session, id, tenant, programId, "Angkatan Terbuka", $"{year}-12-01", $"{year}-12-03", 30, 0, nameof(TrainingSessionStatus.Open), now);
        }

        foreach (var sql in JpLedgerRollups.ClearTenant().Concat(JpLedgerRollups.FillTenant()))
        {
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = sql;
            c.Parameters.AddWithValue("@TenantId", tenant);
            c.ExecuteNonQuery();
        }
        // The standings the below-target list reads, per year with an entry, with the API's own statements and the tenant's targets.
        using var targets = new SqliteCommand("SELECT COALESCE(MAX(JpTargetPns), 20), COALESCE(MAX(JpTargetPppk), 20) FROM TenantSettings WHERE TenantId = @TenantId", db, tx);
        targets.Parameters.AddWithValue("@TenantId", tenant);
        long pns, pppk;
        using (var r = targets.ExecuteReader()) { r.Read(); (pns, pppk) = (r.GetInt64(0), r.GetInt64(1)); }
        var years = new List<long>();
        using (var y = new SqliteCommand("SELECT DISTINCT Year FROM JpLedgerEntries WHERE TenantId = @TenantId", db, tx))
        {
            y.Parameters.AddWithValue("@TenantId", tenant);
            using var r = y.ExecuteReader();
            while (r.Read()) years.Add(r.GetInt64(0));
        }
        // And the candidates' scores per program, from the facts the bench built before.
        foreach (var (sql, y) in years.Select(y => (JpStandings.FillYear, (long?)y)).Prepend((JpStandings.ClearTenant, null))
                     .Append((ProgramGapScores.ClearTenant, null)).Append((ProgramGapScores.FillTenant, null)))
        {
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = sql;
            c.Parameters.AddWithValue("@TenantId", tenant);
            if (y is { } year1) { c.Parameters.AddWithValue("@Year", year1); c.Parameters.AddWithValue("@TargetPns", pns); c.Parameters.AddWithValue("@TargetPppk", pppk); }
            c.ExecuteNonQuery();
        }
        return (open, sessions * SessionSize);
    }

    static SqliteCommand Prepare(SqliteConnection db, SqliteTransaction tx, string sql, params string[] names)
    {
        var c = db.CreateCommand(); c.Transaction = tx; c.CommandText = sql;
        foreach (var n in names) c.Parameters.Add(new SqliteParameter(n, null));
        c.Prepare();
        return c;
    }

    static void Run(SqliteCommand c, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) c.Parameters[i].Value = values[i];
        c.ExecuteNonQuery();
    }
}
