using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Levels 1 and 2 per tenant × session × participant's unit: counts and sums, never means (design note "How an
/// aggregate is made flat in tenant size"). Every command that changes an input (a reaction answer, a participant's
/// scores or status) rebuilds its one session's rows in its own transaction; the cost follows one session's roster
/// (at most its capacity), and the program, partner and scope figures read a few rows per session.
/// A participant counts in the unit they belonged to when their session was last rebuilt: training figures stay
/// with the unit that sent the person, and a move afterwards does not rewrite them.
/// </summary>
public static class EffectivenessRollups
{
    [Sql] internal const string Clear = "DELETE FROM EffectivenessRollups WHERE TenantId = @TenantId AND SessionId = @SessionId";

    private const string Both = "en.PreTestScore IS NOT NULL AND en.PostTestScore IS NOT NULL";

    /// <summary>A fresh GROUP BY of the source rows; the consistency test compares the table with it.</summary>
    [Sql] internal const string Source = $"""
        SELECT en.TenantId, en.SessionId, e.UnitId,
               SUM(CASE WHEN en.Status IN {EffectivenessSums.ParticipatedStatuses} THEN 1 ELSE 0 END) AS Participants,
               COUNT(a.Id) AS Respondents, COALESCE(SUM(a.ScoreSum), 0) AS ScoreSum, COALESCE(SUM(a.ItemCount), 0) AS ScoreCount,
               SUM(CASE WHEN {Both} THEN 1 ELSE 0 END) AS Scored,
               COALESCE(SUM(CASE WHEN {Both} THEN en.PreTestScore END), 0) AS PreSum,
               COALESCE(SUM(CASE WHEN {Both} THEN en.PostTestScore END), 0) AS PostSum,
               SUM(CASE WHEN {Both} AND en.PostTestScore > en.PreTestScore THEN 1 ELSE 0 END) AS Improved,
               SUM(CASE WHEN {Both} AND en.PreTestScore < 100 THEN 1 ELSE 0 END) AS NormalisedCount,
               COALESCE(SUM(CASE WHEN {Both} AND en.PreTestScore < 100 THEN CAST(en.PostTestScore - en.PreTestScore AS FLOAT) / (100 - en.PreTestScore) END), 0) AS NormalisedSum
        FROM TrainingEnrollments en JOIN Employees e ON e.Id = en.EmployeeId LEFT JOIN ReactionAnswers a ON a.EnrollmentId = en.Id
        WHERE en.TenantId = @TenantId AND en.SessionId = @SessionId AND en.Status <> 'Withdrawn'
        GROUP BY en.TenantId, en.SessionId, e.UnitId
        HAVING SUM(CASE WHEN en.Status IN {EffectivenessSums.ParticipatedStatuses} THEN 1 ELSE 0 END) > 0 OR COUNT(a.Id) > 0 OR SUM(CASE WHEN {Both} THEN 1 ELSE 0 END) > 0
        """;

    [Sql] internal const string Rebuild = $"""
        INSERT INTO EffectivenessRollups (TenantId, SessionId, UnitId, Participants, Respondents, ScoreSum, ScoreCount, Scored, PreSum, PostSum, Improved, NormalisedCount, NormalisedSum)
        {Source}
        """;

    [Sql] internal const string TenantSessions = "SELECT Id FROM TrainingSessions WHERE TenantId = @TenantId";

    /// <summary>Rebuilds one session's rows; called inside the command's transaction.</summary>
    public static async Task RefreshSession(Db db, Guid tenantId, Guid sessionId, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, SessionId = sessionId };
        await db.Execute(Clear, args, ct);
        await db.Execute(Rebuild, args, ct);
    }

    /// <summary>Every session of the tenant: for bulk loads (the demo seed).</summary>
    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        foreach (var id in await db.Query<Guid>(TenantSessions, new { TenantId = tenantId }, ct))
            await RefreshSession(db, tenantId, id, ct);
    }
}

/// <summary>
/// Levels 1 and 2 for a scope and a period, for other areas (the evaluation cycle's snapshot): participants whose
/// unit path matches <c>unitPathPattern</c> (a LIKE pattern: "%" for the tenant, a unit's path + "%" for its
/// sub-tree) in sessions whose last day is within <c>from</c>–<c>to</c> (inclusive). Reads the rollups only.
/// </summary>
public static class EffectivenessFigures
{
    [Sql] internal const string ScopeSums = $"SELECT COUNT(DISTINCT r.SessionId) AS Sessions, {EffectivenessSums.SumColumns} FROM {EffectivenessSums.RollupFrom} WHERE {EffectivenessSums.RollupWhere}";

    public sealed class ScopeRow : EffectivenessSums.Sums
    {
        public int Sessions { get; init; }
    }

    public sealed record ScopeFigures(int Sessions, ReactionFigures Reaction, LearningFiguresResponse Learning);

    public static async Task<ScopeFigures> ForScope(Db db, Guid tenantId, string unitPathPattern, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var row = await db.Single<ScopeRow>(ScopeSums, new { TenantId = tenantId, Scope = unitPathPattern, UnderPath = "%", From = from, To = to }, ct) ?? new ScopeRow();
        return new ScopeFigures(row.Sessions, row.Reaction(), row.Learning());
    }

    /// <summary>Level 1 of the scope and period (see <see cref="ForScope"/>).</summary>
    public static async Task<ReactionFigures> Reaction(Db db, Guid tenantId, string unitPathPattern, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await ForScope(db, tenantId, unitPathPattern, from, to, ct)).Reaction;

    /// <summary>Level 2 of the scope and period (see <see cref="ForScope"/>).</summary>
    public static async Task<LearningFiguresResponse> Learning(Db db, Guid tenantId, string unitPathPattern, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await ForScope(db, tenantId, unitPathPattern, from, to, ct)).Learning;
}

/// <summary>The sums the rollup keeps and the figures computed from them at read time (alias r, s, p, u in the FROM).</summary>
public static class EffectivenessSums
{
    /// <summary>The enrollment states that took part in the training: they count as participants and may answer.</summary>
    public const string ParticipatedStatuses = "('Attending', 'Completed', 'NotCompleted')";

    /// <summary>Level 1 and 2 sums of a group of rollup rows.</summary>
    public class Sums
    {
        public long Participants { get; init; }
        public long Respondents { get; init; }
        public long ScoreSum { get; init; }
        public long ScoreCount { get; init; }
        public long Scored { get; init; }
        public long PreSum { get; init; }
        public long PostSum { get; init; }
        public long Improved { get; init; }
        public long NormalisedCount { get; init; }
        public double NormalisedSum { get; init; }

        public ReactionFigures Reaction()
        {
            var mean = Domain.Effectiveness.ReactionMean(ScoreSum, ScoreCount);
            var band = mean is { } m ? Domain.Effectiveness.Band(m) : (ReactionBand?)null;
            return new ReactionFigures
            {
                Respondents = (int)Respondents, Participants = (int)Participants, ResponseRate = Domain.Effectiveness.ResponseRate(Respondents, Participants),
                Mean = mean, Band = band, BandLabel = band is { } b ? Domain.Effectiveness.Label(b) : null,
            };
        }

        public LearningFiguresResponse Learning()
        {
            var f = Domain.Effectiveness.Learning(Scored, PreSum, PostSum, Improved, NormalisedCount, NormalisedSum);
            return new LearningFiguresResponse
            {
                Scored = f.Scored, MeanPre = f.MeanPre, MeanPost = f.MeanPost, MeanGain = f.MeanGain, MeanNormalisedGain = f.MeanNormalisedGain,
                ShareImproved = f.ShareImproved, AtMaximum = f.AtMaximum,
            };
        }
    }

    public const string SumColumns = """
        COALESCE(SUM(r.Participants), 0) AS Participants, COALESCE(SUM(r.Respondents), 0) AS Respondents, COALESCE(SUM(r.ScoreSum), 0) AS ScoreSum,
        COALESCE(SUM(r.ScoreCount), 0) AS ScoreCount, COALESCE(SUM(r.Scored), 0) AS Scored, COALESCE(SUM(r.PreSum), 0) AS PreSum,
        COALESCE(SUM(r.PostSum), 0) AS PostSum, COALESCE(SUM(r.Improved), 0) AS Improved, COALESCE(SUM(r.NormalisedCount), 0) AS NormalisedCount,
        COALESCE(SUM(r.NormalisedSum), 0) AS NormalisedSum
        """;

    /// <summary>The rollup rows of sessions ending in the period, of participants in scope (alias r, s, p, u).</summary>
    public const string RollupFrom = """
        EffectivenessRollups r JOIN TrainingSessions s ON s.Id = r.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId JOIN Units u ON u.Id = r.UnitId
        """;

    public const string RollupWhere = "r.TenantId = @TenantId AND s.EndDate >= @From AND s.EndDate <= @To AND u.Path LIKE @Scope AND u.Path LIKE @UnderPath";
}
