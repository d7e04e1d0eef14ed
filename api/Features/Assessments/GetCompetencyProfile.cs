using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Settings;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Assessments;

/// <summary>Where one civil servant stands against their position's standard: gaps, JPM and its categories.</summary>
public static class GetCompetencyProfile
{
    public sealed record Query(Guid EmployeeId) : IQuery<CompetencyProfileResponse>;

    internal sealed class EmployeeRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Nip { get; init; } = "";
        public Guid? PositionId { get; init; }
        public string? PositionName { get; init; }
        public DateOnly? LastAssessedOn { get; init; }
    }

    [Sql] internal const string Employee = """
        SELECT e.Id, e.Name, e.Nip, e.PositionId, p.Name AS PositionName,
               (SELECT MAX(cc.AssessedOn) FROM CurrentCompetencies cc WHERE cc.EmployeeId = e.Id) AS LastAssessedOn
        FROM Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal const string Items = """
        SELECT s.CompetencyId, c.Code, c.Name, c.Kind, s.RequiredLevel, cc.Level AS AssessedLevel, cc.AssessedOn
        FROM PositionStandards s
        JOIN Competencies c ON c.Id = s.CompetencyId
        LEFT JOIN CurrentCompetencies cc ON cc.EmployeeId = @Id AND cc.CompetencyId = s.CompetencyId
        WHERE s.PositionId = @PositionId AND s.TenantId = @TenantId
        ORDER BY c.Kind, c.Code
        """;

    internal sealed class ItemRow
    {
        public Guid CompetencyId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public CompetencyKind Kind { get; init; }
        public int RequiredLevel { get; init; }
        public int? AssessedLevel { get; init; }
        public DateOnly? AssessedOn { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, IMediator mediator) : IQueryHandler<Query, CompetencyProfileResponse>
    {
        public async ValueTask<CompetencyProfileResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var employee = await db.Single<EmployeeRow>(Employee, new { Id = query.EmployeeId, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
                ?? throw new NotFoundException("Pegawai", query.EmployeeId);
            var rows = employee.PositionId is null ? []
                : await db.Query<ItemRow>(Items, new { Id = employee.Id, employee.PositionId, TenantId = tenantId }, ct);
            var thresholds = (await mediator.Send(new GetCompetencySettings.Query(), ct)).ToThresholds();
            var jpm = Jpm.Compute(rows.Select(r => new LevelPair(r.RequiredLevel, r.AssessedLevel)), thresholds);

            return new CompetencyProfileResponse
            {
                EmployeeId = employee.Id, EmployeeName = employee.Name, Nip = employee.Nip,
                PositionId = employee.PositionId, PositionName = employee.PositionName,
                HasStandard = rows.Count > 0,
                Items = rows.Select(r => new ProfileItem
                {
                    CompetencyId = r.CompetencyId, Code = r.Code, Name = r.Name, Kind = r.Kind, RequiredLevel = r.RequiredLevel,
                    AssessedLevel = r.AssessedLevel, Gap = Jpm.Gap(r.RequiredLevel, r.AssessedLevel), AssessedOn = r.AssessedOn,
                }).ToList(),
                Jpm = jpm.Value, JpmRounded = jpm.Rounded,
                FitCategory = jpm.Fit, FitLabel = JpmLabels.Of(jpm.Fit),
                MappingCategory = jpm.Mapping, MappingLabel = JpmLabels.Of(jpm.Mapping),
                IsComplete = jpm.IsComplete,
                NeverAssessed = rows.Where(r => r.AssessedLevel is null).Select(r => r.Code).ToList(),
                LastAssessedOn = employee.LastAssessedOn,
            };
        }
    }
}
