using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Development;

public static class GetPlan
{
    public sealed record Query(Guid Id) : IQuery<DevelopmentPlanResponse>;

    [Sql] internal const string Sql = $"SELECT {DevelopmentSql.PlanColumns} FROM {DevelopmentSql.PlanFrom} WHERE pl.Id = @Id AND pl.TenantId = @TenantId AND u.Path LIKE @Scope";
    [Sql] internal const string Items = """
        SELECT i.Id, i.CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, i.NeedId, i.TargetLevel, i.Form, i.ActivityName, i.PlannedJp, i.DueDate, i.EnrollmentId, i.CompletedAt
        FROM DevelopmentPlanItems i JOIN Competencies c ON c.Id = i.CompetencyId
        WHERE i.PlanId = @Id AND i.TenantId = @TenantId
        ORDER BY i.Position
        """;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, DevelopmentPlanResponse>
    {
        public async ValueTask<DevelopmentPlanResponse> Handle(Query query, CancellationToken ct)
        {
            var args = new { query.Id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) };
            var plan = await db.Single<DevelopmentPlanResponse>(Sql, args, ct) ?? throw new NotFoundException("Rencana pengembangan", query.Id);
            var items = await db.Query<PlanItemResponse>(Items, args, ct);
            foreach (var item in items) item.IsClassroom = DevelopmentRules.IsClassroom(item.Form);
            plan.Items = items;
            var total = items.Sum(i => i.PlannedJp);
            plan.ClassroomShare = total == 0 ? null : items.Where(i => i.IsClassroom).Sum(i => i.PlannedJp) / (double)total;
            return plan;
        }
    }
}
