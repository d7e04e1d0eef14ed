using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Effectiveness;

/// <summary>
/// One session's levels 1 and 2, its questionnaire with the mean per item, the participants the caller may see
/// and the comments. A unit head sees the figures of their sub-tree's participants only. Everything here is bounded
/// by the session's roster (its capacity), so it reads the answers themselves.
/// </summary>
public static class GetSessionEffectiveness
{
    public const int MaxComments = 50;

    public sealed record Query(Guid SessionId) : IQuery<SessionEffectivenessResponse>;

    [Sql] internal const string Session = """
        SELECT s.Id AS SessionId, s.Name AS SessionName, s.ProgramId, p.Title AS ProgramTitle, pa.Name AS PartnerName, s.Status, s.StartDate, s.EndDate
        FROM TrainingSessions s JOIN TrainingPrograms p ON p.Id = s.ProgramId LEFT JOIN Partners pa ON pa.Id = p.PartnerId
        WHERE s.Id = @SessionId AND s.TenantId = @TenantId
        """;

    [Sql] internal const string Sums = $"""
        SELECT {EffectivenessSums.SumColumns}
        FROM EffectivenessRollups r JOIN Units u ON u.Id = r.UnitId
        WHERE r.TenantId = @TenantId AND r.SessionId = @SessionId AND u.Path LIKE @Scope
        """;

    private const string AnswersInScope = """
        ReactionAnswers a JOIN TrainingEnrollments en ON en.Id = a.EnrollmentId JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId
        """;

    [Sql] internal const string Items = $"""
        SELECT a.TemplateId, sc.Position, COUNT(*) AS Respondents, SUM(sc.Score) AS ScoreSum
        FROM {AnswersInScope} JOIN ReactionAnswerScores sc ON sc.AnswerId = a.Id
        WHERE a.TenantId = @TenantId AND a.SessionId = @SessionId AND u.Path LIKE @Scope
        GROUP BY a.TemplateId, sc.Position
        ORDER BY sc.Position
        """;

    [Sql] internal const string Participants = """
        SELECT en.Id AS EnrollmentId, en.EmployeeId, e.Name AS EmployeeName, u.Name AS UnitName, en.Status, en.PreTestScore, en.PostTestScore,
               CASE WHEN a.Id IS NULL THEN 0 ELSE 1 END AS Answered, CAST(a.ScoreSum AS FLOAT) / a.ItemCount AS ReactionMean
        FROM TrainingEnrollments en JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId LEFT JOIN ReactionAnswers a ON a.EnrollmentId = en.Id
        WHERE en.TenantId = @TenantId AND en.SessionId = @SessionId AND en.Status <> 'Withdrawn' AND u.Path LIKE @Scope
        ORDER BY e.Name, en.Id
        """;

    [Sql] internal static string Comments(ISqlDialect d) => $"""
        SELECT a.Comment FROM {AnswersInScope}
        WHERE a.TenantId = @TenantId AND a.SessionId = @SessionId AND u.Path LIKE @Scope AND a.Comment IS NOT NULL
        ORDER BY a.AnsweredAt DESC, a.Id
        {d.Paging}
        """;

    internal sealed class SessionRow
    {
        public Guid SessionId { get; init; }
        public string SessionName { get; init; } = "";
        public Guid ProgramId { get; init; }
        public string ProgramTitle { get; init; } = "";
        public string? PartnerName { get; init; }
        public TrainingSessionStatus Status { get; init; }
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
    }

    internal sealed class ItemRow
    {
        public Guid? TemplateId { get; init; }
        public int Position { get; init; }
        public int Respondents { get; init; }
        public long ScoreSum { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, SessionEffectivenessResponse>
    {
        public async ValueTask<SessionEffectivenessResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var args = new { query.SessionId, TenantId = tenantId, Scope = await user.UnitScope(ct), Skip = 0, Take = MaxComments };
            var s = await db.Single<SessionRow>(Session, args, ct) ?? throw new NotFoundException("Angkatan", query.SessionId);
            var sums = await db.Single<EffectivenessSums.Sums>(Sums, args, ct) ?? new EffectivenessSums.Sums();
            var template = await EffectivenessSql.ForSession(db, tenantId, s.SessionId, ct);
            var itemRows = await db.Query<ItemRow>(Items, args, ct);
            var items = new List<ReactionItemFigures>();
            // The current questionnaire's items first, then any asked earlier with another one (the per-item means never mix statements).
            foreach (var i in template.Items)
            {
                var r = itemRows.FirstOrDefault(x => x.TemplateId == template.Id && x.Position == i.Position);
                items.Add(new ReactionItemFigures { Position = i.Position, Text = i.Text, Respondents = r?.Respondents ?? 0, Mean = r is null ? null : (double)r.ScoreSum / r.Respondents });
            }
            foreach (var group in itemRows.Where(x => x.TemplateId != template.Id).GroupBy(x => x.TemplateId))
            {
                var other = group.Key is { } id
                    ? await EffectivenessSql.Template(db, tenantId, new EffectivenessSql.TemplateHead { Id = id }, ct)
                    : EffectivenessSql.BuiltIn(false);
                foreach (var r in group)
                    items.Add(new ReactionItemFigures
                    {
                        Position = r.Position, Text = other.Items.FirstOrDefault(i => i.Position == r.Position)?.Text ?? "", Respondents = r.Respondents,
                        Mean = (double)r.ScoreSum / r.Respondents,
                    });
            }
            return new SessionEffectivenessResponse
            {
                SessionId = s.SessionId, SessionName = s.SessionName, ProgramId = s.ProgramId, ProgramTitle = s.ProgramTitle, PartnerName = s.PartnerName,
                Status = s.Status, StartDate = s.StartDate, EndDate = s.EndDate, Template = template, Reaction = sums.Reaction(), Items = items,
                Learning = sums.Learning(), Participants = await db.Query<SessionParticipantEffectiveness>(Participants, args, ct),
                Comments = await db.Query<string>(Comments(db.Dialect), args, ct),
            };
        }
    }
}
