using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Effectiveness;

/// <summary>
/// What the effectiveness use cases share: the questionnaire a session asks with, the participation states, and
/// the per-session rollup (<see cref="Shared.EffectivenessRollups"/>) with the figures read from it.
/// </summary>
internal static class EffectivenessSql
{
    public const string TemplateResource = "Kuesioner reaksi";
    public const string EnrollmentResource = "Peserta pelatihan";

    public static bool Participated(EnrollmentStatus s) => s is EnrollmentStatus.Attending or EnrollmentStatus.Completed or EnrollmentStatus.NotCompleted;

    public static class Reasons
    {
        public const string AlreadyAnswered = "alreadyAnswered";
        public const string NotParticipated = "notParticipated";
        public const string TemplateInUse = "templateInUse";
        public const string LinkUsed = "linkUsed";
    }

    [Sql] internal const string SessionTemplate = """
        SELECT t.Id, t.Name, t.IsDefault, t.Version FROM SessionReactionTemplates st JOIN ReactionTemplates t ON t.Id = st.TemplateId
        WHERE st.SessionId = @SessionId AND st.TenantId = @TenantId
        """;

    [Sql] internal const string TenantDefault = "SELECT Id, Name, IsDefault, Version FROM ReactionTemplates WHERE TenantId = @TenantId AND IsDefault = 1";

    [Sql] internal const string TemplateRow = "SELECT Id, Name, IsDefault, Version FROM ReactionTemplates WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string TemplateItems = "SELECT Position, Text FROM ReactionTemplateItems WHERE TemplateId = @Id AND TenantId = @TenantId ORDER BY Position";

    [Sql] internal const string AnswerCount = "SELECT COUNT(*) FROM ReactionAnswers WHERE TenantId = @TenantId AND TemplateId = @Id";

    internal sealed class TemplateHead
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public bool IsDefault { get; init; }
        public int Version { get; init; }
    }

    /// <summary>The built-in questionnaire: not stored, the same for every tenant, never changed through the API.</summary>
    public static ReactionTemplateResponse BuiltIn(bool isDefault) => new()
    {
        Id = null, Name = Domain.Effectiveness.DefaultTemplateName, IsBuiltIn = true, IsDefault = isDefault,
        Items = Domain.Effectiveness.DefaultItems.Select((t, i) => new ReactionItemResponse { Position = i + 1, Text = t }).ToList(),
        AnswerCount = 0, Version = 0,
    };

    public static async Task<ReactionTemplateResponse> Template(Db db, Guid tenantId, TemplateHead head, CancellationToken ct)
    {
        var args = new { head.Id, TenantId = tenantId };
        var items = await db.Query<ReactionItemResponse>(TemplateItems, args, ct);
        return new ReactionTemplateResponse
        {
            Id = head.Id, Name = head.Name, IsBuiltIn = false, IsDefault = head.IsDefault, Items = items,
            AnswerCount = await db.Scalar<int>(AnswerCount, args, ct), Version = head.Version,
        };
    }

    /// <summary>The session's questionnaire: the one chosen for it, else the tenant's default, else the built-in.</summary>
    public static async Task<ReactionTemplateResponse> ForSession(Db db, Guid tenantId, Guid sessionId, CancellationToken ct)
    {
        var args = new { SessionId = sessionId, TenantId = tenantId };
        var head = await db.Single<TemplateHead>(SessionTemplate, args, ct) ?? await db.Single<TemplateHead>(TenantDefault, args, ct);
        return head is null ? BuiltIn(true) : await Template(db, tenantId, head, ct);
    }

    /// <summary>An enrollment as the reaction commands see it, within the caller's unit scope.</summary>
    internal sealed class EnrollmentState
    {
        public Guid Id { get; init; }
        public Guid SessionId { get; init; }
        public EnrollmentStatus Status { get; init; }
        public string TenantName { get; init; } = "";
        public string ProgramTitle { get; init; } = "";
        public string SessionName { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
    }

    private const string EnrollmentColumns = """
        en.Id, en.SessionId, en.Status, t.Name AS TenantName, p.Title AS ProgramTitle, s.Name AS SessionName, s.StartDate, s.EndDate
        FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
             JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId JOIN Tenants t ON t.Id = en.TenantId
        """;

    [Sql] internal const string EnrollmentInScope = $"SELECT {EnrollmentColumns} WHERE en.Id = @Id AND en.TenantId = @TenantId AND u.Path LIKE @Scope";

    [Sql] internal const string Answered = "SELECT COUNT(*) FROM ReactionAnswers WHERE EnrollmentId = @Id AND TenantId = @TenantId";

    /// <summary>404 for another tenant's or, for a unit head, a participant outside their sub-tree.</summary>
    public static async Task<EnrollmentState> Enrollment(Db db, Guid tenantId, string scope, Guid id, CancellationToken ct) =>
        await db.Single<EnrollmentState>(EnrollmentInScope, new { Id = id, TenantId = tenantId, Scope = scope }, ct)
        ?? throw new NotFoundException(EnrollmentResource, id);

    /// <summary>409 unless the participant took part and has not answered yet.</summary>
    public static async Task EnsureCanAnswer(Db db, Guid tenantId, EnrollmentState e, CancellationToken ct)
    {
        if (!Participated(e.Status))
            throw new ConflictException($"Peserta berstatus {StatusLabels.Of(e.Status)}: hanya peserta yang mengikuti pelatihan yang dapat mengisi kuesioner reaksi.", reason: Reasons.NotParticipated);
        if (await db.Scalar<int>(Answered, new { e.Id, TenantId = tenantId }, ct) > 0) throw AlreadyAnswered();
    }

    public static ConflictException AlreadyAnswered() =>
        new("Kuesioner reaksi peserta ini sudah diisi; satu peserta hanya satu jawaban.", reason: Reasons.AlreadyAnswered);
}

/// <summary>A period of session end days, both ends inclusive; by default the twelve months up to today (WIB).</summary>
internal static class EffectivenessPeriod
{
    public const int MaxYears = 10;

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var end = to ?? Shared.SurveyRollups.DayOf(clock.GetUtcNow());
        var start = from ?? end.AddMonths(-12).AddDays(1);
        if (start < new DateOnly(2000, 1, 1)) throw Invalid.Field("from", "Tanggal awal paling awal 1 Januari 2000.");
        if (start > end) throw Invalid.Field("from", "Tanggal awal tidak boleh setelah tanggal akhir.");
        if (end > start.AddYears(MaxYears)) throw Invalid.Field("to", $"Periode paling panjang {MaxYears} tahun.");
        return (start, end);
    }
}
