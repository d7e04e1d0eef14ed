using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Enrollments;
using AsnApi.Features.ExternalActivities;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// Who completed which training, keyed by NIP + program code + session (angkatan, by name) or, without a session, the
/// date. With a session the row is a completed enrollment: a seat is taken when the employee was not enrolled, and
/// the completion credits JP, a certificate number and plan items through <see cref="TrainingCompletion"/>, exactly
/// as the completion endpoint does. Without a session the row is an external activity with the program's title, form
/// and JP, which names its program so the next import finds it. A recorded completion is unchanged (or updated when
/// only its pre/post-test scores differ); a completion is never taken back by an import.
/// </summary>
public sealed class TrainingRecordsImport : ImportKind
{
    public override string Name => "training-records";
    public override string AuditEntity => "TrainingEnrollment";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("nip", "NIP", true, "19860926 201505 1 001"),
        new("programCode", "Kode Program", true, "PKP", "kodepelatihan", "program"),
        new("session", "Angkatan", false, "Angkatan I 2026", "sessionName", "sessionCode", "namaangkatan", "kodeangkatan"),
        new("date", "Tanggal", false, "", "tanggalselesai", "tanggalkegiatan", "completedOn", "activityDate"),
        new("preTestScore", "Nilai Pre-test", false, "", "pretest", "nilaipretest", "pretestscore"),
        new("postTestScore", "Nilai Post-test", false, "", "posttest", "nilaiposttest", "posttestscore"),
    ];

    [Sql] internal const string Employees = "SELECT Nip, Id, IsActive FROM Employees WHERE TenantId = @TenantId";

    [Sql] internal const string Programs = "SELECT Id, Code, Title, Form, Jp, GrantsCertificate FROM TrainingPrograms WHERE TenantId = @TenantId";

    [Sql] internal const string Sessions = """
        SELECT Id, ProgramId, Name, Status, StartDate, EndDate, Capacity, SeatsTaken FROM TrainingSessions WHERE TenantId = @TenantId
        """;

    [Sql] internal const string Enrollments = """
        SELECT Id, EmployeeId, Status, Version, PreTestScore, PostTestScore FROM TrainingEnrollments WHERE TenantId = @TenantId AND SessionId = @SessionId
        """;

    [Sql] internal const string Activities = """
        SELECT Id, EmployeeId, ActivityDate FROM ExternalActivities WHERE TenantId = @TenantId AND ProgramId = @ProgramId
        """;

    /// <summary>
    /// A seat for a result recorded while the session runs or after it ended, taken in the statement that checks for it
    /// (as <see cref="Enroll.TakeSeat"/> does for open sessions); the session's Version is left alone likewise.
    /// </summary>
    [Sql] internal const string TakeSeat = """
        UPDATE TrainingSessions SET SeatsTaken = SeatsTaken + 1
        WHERE Id = @SessionId AND TenantId = @TenantId AND Status IN ('Running', 'Finished') AND SeatsTaken < Capacity
        """;

    [Sql] internal const string Scores = """
        UPDATE TrainingEnrollments SET PreTestScore = @Pre, PostTestScore = @Post, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    /// <summary>Names the program the activity came from, so the record's natural key finds it again.</summary>
    [Sql] internal const string LinkProgram = "UPDATE ExternalActivities SET ProgramId = @ProgramId WHERE Id = @Id AND TenantId = @TenantId";

    internal sealed class EmployeeRow { public string Nip { get; init; } = ""; public Guid Id { get; init; } public bool IsActive { get; init; } }

    internal sealed class ProgramRow
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
        public bool GrantsCertificate { get; init; }
    }

    internal sealed class SessionRow
    {
        public Guid Id { get; init; }
        public Guid ProgramId { get; init; }
        public string Name { get; init; } = "";
        public TrainingSessionStatus Status { get; init; }
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public int Capacity { get; init; }
        public int SeatsTaken { get; init; }
    }

    internal sealed class EnrollmentRow
    {
        public Guid Id { get; init; }
        public Guid EmployeeId { get; init; }
        public EnrollmentStatus Status { get; init; }
        public int Version { get; init; }
        public int? PreTestScore { get; init; }
        public int? PostTestScore { get; init; }
    }

    internal sealed class ActivityRow { public Guid Id { get; init; } public Guid EmployeeId { get; init; } public DateOnly ActivityDate { get; init; } }

    private static readonly EnrollmentUpdateRequestValidator ScoreValidator = new();

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var args = new { ctx.TenantId };
        var activityValidator = new ExternalActivityRequestValidator(new ImportClock(ctx.Now));
        var employees = (await ctx.Db.Query<EmployeeRow>(Employees, args, ct)).ToDictionary(e => e.Nip);
        var programs = (await ctx.Db.Query<ProgramRow>(Programs, args, ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var sessions = (await ctx.Db.Query<SessionRow>(Sessions, args, ct)).ToLookup(s => (s.ProgramId, s.Name.ToUpperInvariant()));
        var enrollments = new Dictionary<Guid, Dictionary<Guid, EnrollmentRow>>();
        var activities = new Dictionary<Guid, HashSet<(Guid, DateOnly)>>();
        var seatsLeft = new Dictionary<Guid, int>();
        var seen = new Dictionary<(Guid, Guid, string), int>();
        var plans = new List<ImportPlan>();

        foreach (var row in rows)
        {
            var nipText = row.Nip("nip");
            var code = row.Text("programCode", 20);
            var sessionName = row.Text("session", 200);
            var date = row.Date("date");
            var pre = Score(row, "preTestScore", t);
            var post = Score(row, "postTestScore", t);
            if (nipText is null && !row.Failed("nip")) row.Error("nip", t.T("Wajib diisi.", "Required."));
            if (code is null && !row.Failed("programCode")) row.Error("programCode", t.T("Wajib diisi.", "Required."));

            EmployeeRow? employee = null;
            if (nipText is not null && !employees.TryGetValue(Nip.Normalize(nipText), out employee))
                row.Error("nip", t.T($"Pegawai dengan NIP {nipText} tidak ditemukan.", $"No employee with NIP {nipText}."));
            ProgramRow? program = null;
            if (code is not null && !programs.TryGetValue(code, out program))
                row.Error("programCode", t.T($"Kode program {code} tidak ditemukan.", $"Program code {code} not found."));
            row.Errors(ScoreValidator.Validate(new EnrollmentUpdateRequest { PreTestScore = pre, PostTestScore = post }).Errors, p => char.ToLowerInvariant(p[0]) + p[1..]);

            SessionRow? session = null;
            if (program is not null && sessionName is not null)
            {
                var named = sessions[(program.Id, sessionName.ToUpperInvariant())].ToList();
                if (named.Count == 1) session = named[0];
                else row.Error("session", named.Count == 0
                    ? t.T($"Angkatan '{sessionName}' tidak ditemukan pada program {program.Code}.", $"Session '{sessionName}' not found in program {program.Code}.")
                    : t.T($"Program {program.Code} memiliki {named.Count} angkatan bernama '{sessionName}'; ganti nama salah satunya.", $"Program {program.Code} has {named.Count} sessions named '{sessionName}'; rename one of them."));
            }
            if (session is not null)
            {
                if (!EnrollmentRules.SessionAllows(session.Status, EnrollmentStatus.Completed))
                    row.Error("session", t.T(
                        $"Hasil pelatihan hanya dapat dicatat saat angkatan {StatusLabels.Of(TrainingSessionStatus.Running)} atau {StatusLabels.Of(TrainingSessionStatus.Finished)}; angkatan ini berstatus {StatusLabels.Of(session.Status)}.",
                        $"Training results can only be recorded while a session is running or after it finished; this session is {session.Status}."));
                if (date is { } d && (d < session.StartDate || d > session.EndDate))
                    row.Error("date", t.T($"Tanggal di luar angkatan ({session.StartDate:dd/MM/yyyy}–{session.EndDate:dd/MM/yyyy}).", $"The date is outside the session ({session.StartDate:yyyy-MM-dd} to {session.EndDate:yyyy-MM-dd})."));
            }
            else if (program is not null && sessionName is null)
            {
                if (date is null && !row.Failed("date"))
                    row.Error("date", t.T("Isi Angkatan, atau Tanggal untuk pelatihan di luar angkatan.", "Give the session, or the date for training outside any session."));
                if (pre is not null || post is not null)
                    row.Error(pre is not null ? "preTestScore" : "postTestScore", t.T("Nilai pre/post-test hanya dicatat untuk peserta angkatan.", "Pre/post-test scores are recorded only for session participants."));
                // The activity is checked by the external-activity endpoint's validator, with the program's title, form and JP.
                if (date is not null)
                    row.Errors(activityValidator.Validate(new ExternalActivityRequest { Title = program.Title, Form = program.Form, ActivityDate = date, Jp = program.Jp }).Errors,
                        p => p == nameof(ExternalActivityRequest.ActivityDate) ? "date" : "programCode");
            }

            if (employee is not null && program is not null)
            {
                var key = (employee.Id, program.Id, session is not null ? session.Id.ToString() : date?.ToString("O") ?? "");
                if (seen.TryGetValue(key, out var first))
                    row.Error("nip", t.T($"Catatan yang sama (NIP, program, angkatan atau tanggal) sudah ada di baris {first}.", $"The same record (NIP, program, session or date) already appears in row {first}."));
                else seen[key] = row.Number;
            }
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }

            plans.Add(session is not null
                ? await WithSession(ctx, row, employee!, program!, session, pre, post, enrollments, seatsLeft, ct)
                : await WithoutSession(ctx, row, employee!, program!, date!.Value, activities, ct));
        }
        return plans;
    }

    private static async Task<ImportPlan> WithSession(ImportContext ctx, ImportRowReader row, EmployeeRow employee, ProgramRow program, SessionRow session,
        int? pre, int? post, Dictionary<Guid, Dictionary<Guid, EnrollmentRow>> enrollments, Dictionary<Guid, int> seatsLeft, CancellationToken ct)
    {
        var t = ctx.Text;
        if (!enrollments.TryGetValue(session.Id, out var roster))
            enrollments[session.Id] = roster = (await ctx.Db.Query<EnrollmentRow>(Enrollments, new { ctx.TenantId, SessionId = session.Id }, ct)).ToDictionary(e => e.EmployeeId);
        TrainingCompletion.Completion Completion(Guid id, int version, EnrollmentStatus from) => new(ctx.TenantId, id, version, from, employee.Id, session.EndDate,
            program.Id, program.Code, program.Title, program.Form, program.Jp, program.GrantsCertificate);

        if (roster.TryGetValue(employee.Id, out var enrolled))
        {
            if (enrolled.Status == EnrollmentStatus.Completed)
            {
                // The file's scores count when given; an empty cell keeps what is recorded.
                var (p, q) = (pre ?? enrolled.PreTestScore, post ?? enrolled.PostTestScore);
                if (p == enrolled.PreTestScore && q == enrolled.PostTestScore) return new(row.Number, ImportOutcome.Unchanged);
                return new(row.Number, ImportOutcome.Updated, c => ctx.Db.Guarded(Scores, new { enrolled.Id, ctx.TenantId, enrolled.Version, Pre = p, Post = q, ctx.Now },
                    TrainingCompletion.VersionSql, new { enrolled.Id, ctx.TenantId }, EnrollmentSql.Resource, c));
            }
            if (!TrainingRules.CanMove(enrolled.Status, EnrollmentStatus.Completed))
            {
                row.Error("nip", t.T($"Peserta berstatus {StatusLabels.Of(enrolled.Status)} tidak dapat menjadi {StatusLabels.Of(EnrollmentStatus.Completed)}.",
                    $"A participant who is {enrolled.Status} cannot become Completed."));
                return new(row.Number, ImportOutcome.Rejected);
            }
            return new(row.Number, ImportOutcome.Updated, async c =>
            {
                var version = enrolled.Version;
                if (pre is not null || post is not null)
                {
                    await ctx.Db.Guarded(Scores, new { enrolled.Id, ctx.TenantId, Version = version, Pre = pre ?? enrolled.PreTestScore, Post = post ?? enrolled.PostTestScore, ctx.Now },
                        TrainingCompletion.VersionSql, new { enrolled.Id, ctx.TenantId }, EnrollmentSql.Resource, c);
                    version++;
                }
                await TrainingCompletion.Credit(ctx.Db, Completion(enrolled.Id, version, enrolled.Status), ctx.Now, EnrollmentSql.Resource, c);
            });
        }

        if (!employee.IsActive)
        {
            row.Error("nip", t.T("Pegawai tidak aktif tidak dapat didaftarkan.", "An inactive employee cannot be enrolled."));
            return new(row.Number, ImportOutcome.Rejected);
        }
        // A new participant takes a seat; the file may not hold more of them than the session has seats left.
        var left = seatsLeft.TryGetValue(session.Id, out var l) ? l : session.Capacity - session.SeatsTaken;
        if (left <= 0)
        {
            row.Error("session", t.T($"Angkatan ini sudah penuh: {session.Capacity} kursi (termasuk baris sebelumnya di file ini).", $"This session is full: {session.Capacity} seats (counting earlier rows of this file)."));
            return new(row.Number, ImportOutcome.Rejected);
        }
        seatsLeft[session.Id] = left - 1;
        return new(row.Number, ImportOutcome.Inserted, async c =>
        {
            var seat = new { SessionId = session.Id, ctx.TenantId };
            if (await ctx.Db.Execute(TakeSeat, seat, c) == 0)
                throw new Infrastructure.Http.ConflictException(t.T($"Angkatan {session.Name} berubah selama impor (penuh atau statusnya berganti); ulangi impor.",
                    $"Session {session.Name} changed during the import (full, or its status moved); run the import again."), reason: EnrollmentSql.Reasons.Full);
            var id = Guid.NewGuid();
            await ctx.Db.Execute(Enroll.Insert, new { Id = id, ctx.TenantId, SessionId = session.Id, EmployeeId = employee.Id, By = ctx.Actor, ctx.Now }, c);
            var version = 1;
            if (pre is not null || post is not null)
            {
                await ctx.Db.Execute(Scores, new { Id = id, ctx.TenantId, Version = version, Pre = pre, Post = post, ctx.Now }, c);
                version++;
            }
            await TrainingCompletion.Credit(ctx.Db, Completion(id, version, EnrollmentStatus.Registered), ctx.Now, EnrollmentSql.Resource, c);
        });
    }

    private static async Task<ImportPlan> WithoutSession(ImportContext ctx, ImportRowReader row, EmployeeRow employee, ProgramRow program, DateOnly date,
        Dictionary<Guid, HashSet<(Guid, DateOnly)>> activities, CancellationToken ct)
    {
        if (!activities.TryGetValue(program.Id, out var recorded))
            activities[program.Id] = recorded = (await ctx.Db.Query<ActivityRow>(Activities, new { ctx.TenantId, ProgramId = program.Id }, ct)).Select(a => (a.EmployeeId, a.ActivityDate)).ToHashSet();
        if (recorded.Contains((employee.Id, date))) return new(row.Number, ImportOutcome.Unchanged);
        return new(row.Number, ImportOutcome.Inserted, async c =>
        {
            var id = Guid.NewGuid();
            await ctx.Db.Execute(CreateExternalActivity.Insert, new
            {
                Id = id, ctx.TenantId, EmployeeId = employee.Id, program.Title, Form = program.Form.ToString(), ActivityDate = date, program.Jp,
                Organizer = (string?)null, EvidenceReference = (string?)null, CreatedBy = ctx.Actor, ctx.Now,
            }, c);
            await ctx.Db.Execute(LinkProgram, new { Id = id, ctx.TenantId, ProgramId = program.Id }, c);
            await JpLedger.Add(ctx.Db, new JpLedger.Credit(ctx.TenantId, employee.Id, date, program.Form, program.Jp, JpLedgerSource.ExternalActivity, id, program.Title), ctx.Now, c);
        });
    }

    /// <summary>A whole number, or null; the range is the enrollment validator's to judge.</summary>
    private static int? Score(ImportRowReader row, string column, ImportText t)
    {
        var v = row.Decimal(column);
        if (v is null) return null;
        if (v != decimal.Truncate(v.Value) || Math.Abs(v.Value) > 1000) { row.Error(column, t.T("Nilai harus bilangan bulat 0 sampai 100.", "The score must be a whole number from 0 to 100.")); return null; }
        return (int)v.Value;
    }
}
