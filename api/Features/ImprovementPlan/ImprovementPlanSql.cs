using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using static AsnApi.Domain.ImprovementPlanRules;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>
/// What the plan and its drafting share: one service unit's plan over a period. Every read is bounded by that service
/// unit, never by the tenant: its survey rollup days (<see cref="SurveyRollups"/>), its complaints of the period
/// (IX_Complaints_Tenant_Unit_Received), its staff's CompetencyFacts (primary key by employee), the programs of the
/// pointed competencies (IX_TrainingProgramCompetencies_Competency) and those staff's enrollments.
/// </summary>
internal static class ImprovementPlanSql
{
    public const int SessionsPerProgram = 5;
    /// <summary>The plan shows the best ranked programs only; drafting suggests from all of them.</summary>
    public const int MaxPrograms = 20;

    [Sql] internal const string ServiceUnit = """
        SELECT su.Id, su.Name, u.Name AS UnitName FROM ServiceUnits su JOIN Units u ON u.Id = su.UnitId
        WHERE su.Id = @ServiceUnitId AND su.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal const string SurveySums = $"""
        SELECT SUM(Respondents) AS Respondents, {SurveyRollups.Sums}
        FROM SurveyRollups WHERE TenantId = @TenantId AND ServiceUnitId = @ServiceUnitId AND Day >= @From AND Day <= @To
        """;

    /// <summary>Rejected complaints (spam, not the unit's business) are no signal.</summary>
    [Sql] internal const string ComplaintCategories = $"""
        SELECT Category, COUNT(*) AS Count FROM Complaints
        WHERE TenantId = @TenantId AND ServiceUnitId = @ServiceUnitId AND ReceivedOn >= @From AND ReceivedOn <= @To AND Status <> '{nameof(ComplaintStatus.Rejected)}'
        GROUP BY Category
        """;

    /// <summary>The service unit's technical competencies: those in the standards of the positions its active staff hold.</summary>
    [Sql] internal const string UnitTechnical = $"""
        SELECT DISTINCT c.Id, c.Code, c.Name, c.Kind
        FROM ServiceUnitStaff st JOIN Employees e ON e.Id = st.EmployeeId
        JOIN PositionStandards ps ON ps.PositionId = e.PositionId JOIN Competencies c ON c.Id = ps.CompetencyId
        WHERE st.ServiceUnitId = @ServiceUnitId AND st.TenantId = @TenantId AND e.IsActive = 1 AND c.Kind = '{nameof(CompetencyKind.Teknis)}'
        """;

    /// <summary>The staff's assessed gaps in the pointed competencies, within the caller's sub-tree (CompetencyFacts holds active employees only).</summary>
    [Sql] internal static string StaffGaps(ISqlDialect d) => $"""
        SELECT f.EmployeeId, e.Nip, e.Name, un.Name AS UnitName, p.Name AS PositionName, f.CompetencyId, f.RequiredLevel, f.AssessedLevel
        FROM ServiceUnitStaff st
        JOIN CompetencyFacts f ON f.EmployeeId = st.EmployeeId AND f.TenantId = st.TenantId
        JOIN Employees e ON e.Id = f.EmployeeId JOIN Units un ON un.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
        WHERE st.ServiceUnitId = @ServiceUnitId AND st.TenantId = @TenantId AND un.Path LIKE @Scope
          AND f.AssessedLevel IS NOT NULL AND f.AssessedLevel < f.RequiredLevel AND f.CompetencyId IN ({d.IdsIn("@Competencies")})
        """;

    [Sql] internal static string Programs(ISqlDialect d) => $"""
        SELECT pr.Id AS ProgramId, pr.Code, pr.Title, pr.Form, pr.Jp, pc.CompetencyId, pc.ExpectedGain
        FROM TrainingProgramCompetencies pc JOIN TrainingPrograms pr ON pr.Id = pc.ProgramId
        WHERE pc.TenantId = @TenantId AND pr.TenantId = @TenantId AND pr.IsActive = 1 AND pc.CompetencyId IN ({d.IdsIn("@Competencies")})
        """;

    [Sql] internal static string Completed(ISqlDialect d) => $"""
        SELECT en.EmployeeId, s.ProgramId FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId
        WHERE en.TenantId = @TenantId AND en.Status = '{nameof(EnrollmentStatus.Completed)}' AND en.EmployeeId IN ({d.IdsIn("@Employees")})
        """;

    internal sealed class UnitRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string UnitName { get; init; } = "";
    }

    internal sealed class SumsRow
    {
        public long? Respondents { get; init; }
        public long? S1 { get; init; }
        public long? S2 { get; init; }
        public long? S3 { get; init; }
        public long? S4 { get; init; }
        public long? S5 { get; init; }
        public long? S6 { get; init; }
        public long? S7 { get; init; }
        public long? S8 { get; init; }
        public long? S9 { get; init; }

        public IkmResult Result() => Domain.Ikm.FromSums((int)(Respondents ?? 0), [S1 ?? 0, S2 ?? 0, S3 ?? 0, S4 ?? 0, S5 ?? 0, S6 ?? 0, S7 ?? 0, S8 ?? 0, S9 ?? 0]);
    }

    internal sealed class CategoryRow
    {
        public string? Category { get; init; }
        public int Count { get; init; }
    }

    internal sealed class CompetencyRow
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public CompetencyKind Kind { get; init; }
    }

    internal sealed class GapRow
    {
        public Guid EmployeeId { get; init; }
        public string Nip { get; init; } = "";
        public string Name { get; init; } = "";
        public string UnitName { get; init; } = "";
        public string? PositionName { get; init; }
        public Guid CompetencyId { get; init; }
        public int RequiredLevel { get; init; }
        public int AssessedLevel { get; init; }
    }

    internal sealed class ProgramRow
    {
        public Guid ProgramId { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
        public Guid CompetencyId { get; init; }
        public int ExpectedGain { get; init; }
    }

    internal sealed class CompletionRow
    {
        public Guid EmployeeId { get; init; }
        public Guid ProgramId { get; init; }
    }

    /// <summary>The plan, and what drafting needs beside it: each gap with its required level, the ranked programs and who completed what.</summary>
    internal sealed record Plan(
        ImprovementPlanResponse Response, Guid TenantId, IReadOnlyList<GapRow> Gaps, IReadOnlyList<RankedProgram> Ranked,
        IReadOnlyDictionary<Guid, ProgramRow> ProgramInfo, ISet<(Guid EmployeeId, Guid ProgramId)> Completed);

    public static async Task<Plan> Build(Db db, CurrentUser user, Guid serviceUnitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tenantId = await user.TenantId(ct);
        var key = new { TenantId = tenantId, Scope = await user.UnitScope(ct), ServiceUnitId = serviceUnitId, From = from, To = to };
        var unit = await db.Single<UnitRow>(ServiceUnit, key, ct) ?? throw new NotFoundException("Unit layanan", serviceUnitId);

        var ikm = (await db.Single<SumsRow>(SurveySums, key, ct))?.Result() ?? Domain.Ikm.FromSums(0, new long[Unsur.Count]);
        var weak = WeakUnsur(ikm.Nrr);
        var categoryCounts = await db.Query<CategoryRow>(ComplaintCategories, key, ct);
        var frequent = FrequentCategories(categoryCounts.Select(c => (c.Category, c.Count)));
        var mapping = await MappingSql.Load(db, tenantId, ct);

        // Which competency each signal points to.
        var info = new Dictionary<Guid, CompetencyRow>();
        var pointed = new Dictionary<Guid, List<Signal>>();
        void Point(MappedCompetency c, Signal s)
        {
            info.TryAdd(c.Id, new CompetencyRow { Id = c.Id, Code = c.Code, Name = c.Name, Kind = c.Kind });
            if (!pointed.TryGetValue(c.Id, out var list)) pointed[c.Id] = list = [];
            if (!list.Contains(s)) list.Add(s);
        }
        IReadOnlyList<CompetencyRow>? technical = null;
        async Task<IReadOnlyList<CompetencyRow>> Technical() => technical ??= await db.Query<CompetencyRow>(UnitTechnical, key, ct);

        foreach (var w in weak)
        {
            var m = mapping.Unsur[w.Index];
            var signal = new Signal(true, w.Code, w.Name, w.Weight);
            foreach (var c in m.Competencies) Point(c, signal);
            if (m.UnitTechnical)
                foreach (var c in await Technical()) Point(new MappedCompetency { Id = c.Id, Code = c.Code, Name = c.Name, Kind = c.Kind }, signal);
        }
        var categoryMap = mapping.Categories.ToDictionary(c => c.Category, StringComparer.OrdinalIgnoreCase);
        foreach (var f in frequent)
            if (categoryMap.TryGetValue(f.Category, out var m))
                foreach (var c in m.Competencies) Point(c, new Signal(false, f.Category, f.Category, f.Weight));

        var competencyIds = SqlIds.Json(pointed.Keys);
        var gapRows = pointed.Count == 0 ? [] : await db.Query<GapRow>(StaffGaps(db.Dialect), new { key.TenantId, key.Scope, key.ServiceUnitId, Competencies = competencyIds }, ct);
        var gaps = gapRows.Select(g => new Gap(g.EmployeeId, g.CompetencyId, g.RequiredLevel - g.AssessedLevel)).ToList();
        string Name(Guid id) => info[id].Name;
        var competencies = RankCompetencies(pointed.ToDictionary(p => p.Key, p => (IReadOnlyList<Signal>)p.Value), gaps, Name);

        var programRows = pointed.Count == 0 ? [] : await db.Query<ProgramRow>(Programs(db.Dialect), new { TenantId = tenantId, Competencies = competencyIds }, ct);
        var employees = gapRows.Select(g => g.EmployeeId).Distinct().ToList();
        var completed = employees.Count == 0 ? new HashSet<(Guid, Guid)>()
            : (await db.Query<CompletionRow>(Completed(db.Dialect), new { TenantId = tenantId, Employees = SqlIds.Json(employees) }, ct)).Select(c => (c.EmployeeId, c.ProgramId)).ToHashSet();
        var offers = programRows.GroupBy(p => p.ProgramId)
            .Select(g => new ProgramOffer(g.Key, g.First().Title, g.ToDictionary(x => x.CompetencyId, x => x.ExpectedGain))).ToList();
        var ranked = RankPrograms(offers, gaps, completed);
        var programInfo = programRows.GroupBy(p => p.ProgramId).ToDictionary(g => g.Key, g => g.First());
        var sessions = ranked.Count == 0 ? Enumerable.Empty<RecommendedSession>().ToLookup(_ => Guid.Empty)
            : await OpenTrainingSessions.For(db, tenantId, ranked.Take(MaxPrograms).Select(r => r.Program.ProgramId), SessionsPerProgram, ct);

        var response = new ImprovementPlanResponse
        {
            ServiceUnitId = unit.Id, ServiceUnitName = unit.Name, UnitName = unit.UnitName, From = from, To = to,
            RespondentCount = ikm.RespondentCount, Ikm = ikm.Value, Grade = ikm.Grade, WeakNrrThreshold = WeakNrr,
            WeakUnsur = weak.Select(w => new ImprovementUnsur { Code = w.Code, Name = w.Name, Nrr = w.Nrr, BelowThreshold = w.BelowThreshold, Reason = w.Reason }).ToList(),
            ComplaintCount = categoryCounts.Sum(c => c.Count),
            FrequentCategories = frequent.Select(f => new ImprovementCategory
            {
                Category = f.Category, Count = f.Count, Share = f.Share, Mapped = categoryMap.TryGetValue(f.Category, out var m) && m.Competencies.Count > 0,
                Reason = categoryMap.ContainsKey(f.Category) ? f.Reason : f.Reason + " Kategori ini belum dipetakan ke kompetensi.",
            }).ToList(),
            Competencies = competencies.Select(c => new ImprovementCompetency
            {
                CompetencyId = c.CompetencyId, Code = info[c.CompetencyId].Code, Name = info[c.CompetencyId].Name, Kind = info[c.CompetencyId].Kind,
                Weight = c.Weight, StaffWithGap = c.StaffWithGap, GapSum = c.GapSum, Reason = c.Reason,
                PointedBy = c.Signals.Select(s => new ImprovementSignal { Kind = s.IsUnsur ? MappingSql.UnsurKind : MappingSql.CategoryKind, Key = s.Key, Label = s.Label, Weight = s.Weight }).ToList(),
            }).ToList(),
            Staff = gapRows.GroupBy(g => g.EmployeeId).Select(g => new ImprovementStaff
            {
                EmployeeId = g.Key, Nip = g.First().Nip, Name = g.First().Name, UnitName = g.First().UnitName, PositionName = g.First().PositionName,
                GapSum = g.Sum(x => x.RequiredLevel - x.AssessedLevel),
                Gaps = g.OrderByDescending(x => x.RequiredLevel - x.AssessedLevel).ThenBy(x => Name(x.CompetencyId), StringComparer.OrdinalIgnoreCase).Select(x => new ImprovementGap
                {
                    CompetencyId = x.CompetencyId, CompetencyCode = info[x.CompetencyId].Code, CompetencyName = Name(x.CompetencyId),
                    RequiredLevel = x.RequiredLevel, AssessedLevel = x.AssessedLevel, Gap = x.RequiredLevel - x.AssessedLevel,
                }).ToList(),
            }).OrderByDescending(s => s.GapSum).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.EmployeeId).ToList(),
            Programs = ranked.Take(MaxPrograms).Select(r =>
            {
                var p = programInfo[r.Program.ProgramId];
                return new ImprovementProgram
                {
                    ProgramId = p.ProgramId, Code = p.Code, Title = p.Title, Form = p.Form, FormLabel = ActivityForms.Label(p.Form), Jp = p.Jp, Score = r.Score,
                    StaffCount = gaps.Where(g => r.Program.Gains.ContainsKey(g.CompetencyId) && !completed.Contains((g.EmployeeId, p.ProgramId))).Select(g => g.EmployeeId).Distinct().Count(),
                    Competencies = r.Closes.Select(c => Name(c.CompetencyId)).ToList(),
                    Reason = r.Reason(Name),
                    OpenSessions = sessions[p.ProgramId].ToList(),
                };
            }).ToList(),
        };
        return new Plan(response, tenantId, gapRows, ranked, programInfo, completed);
    }
}

/// <summary>The period of a plan: both ends inclusive (WIB days); by default the twelve months up to today, as the IKM report.</summary>
internal static class PlanPeriod
{
    public const int MaxYears = 10;

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var end = to ?? SurveyRollups.DayOf(clock.GetUtcNow());
        var start = from ?? end.AddMonths(-12).AddDays(1);
        if (start < new DateOnly(2000, 1, 1)) throw Invalid.Field("from", "Tanggal awal paling awal 1 Januari 2000.");
        if (start > end) throw Invalid.Field("from", "Tanggal awal tidak boleh setelah tanggal akhir.");
        if (end > start.AddYears(MaxYears)) throw Invalid.Field("to", $"Periode paling panjang {MaxYears} tahun.");
        return (start, end);
    }
}
