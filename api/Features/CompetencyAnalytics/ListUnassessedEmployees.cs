using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>Active employees never assessed, or not assessed in the last N years (default 3): the next assessment round.</summary>
public static class ListUnassessedEmployees
{
    public sealed record Query(int? Years, Guid? UnderUnitId, PositionType? PositionType, int? Page, int? PageSize) : IQuery<Paged<UnassessedEmployee>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Years).InclusiveBetween(1, 20).When(q => q.Years is not null).WithMessage("years 1 sampai 20.");
    }

    private const string From = $"""
        {AnalyticsScope.EmployeeJoins}
        LEFT JOIN (SELECT EmployeeId, MAX(AssessedOn) AS LastAssessedOn FROM CurrentCompetencies WHERE TenantId = @TenantId GROUP BY EmployeeId) la ON la.EmployeeId = e.Id
        """;

    internal static (string Count, string Select) Build(ISqlDialect d, bool under, bool type)
    {
        var where = AnalyticsScope.Where(under, type);
        where.Add("(la.LastAssessedOn IS NULL OR la.LastAssessedOn < @Since)");
        return (Listing.Count(From, where),
            Listing.Select(d, "e.Id, e.Nip, e.Name, u.Name AS UnitName, p.Name AS PositionName, la.LastAssessedOn", From, where, "la.LastAssessedOn ASC, e.Name ASC, e.Id ASC"));
    }

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) { var (c, s) = Build(d, true, true); return [c, s]; }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<UnassessedEmployee>>
    {
        public async ValueTask<Paged<UnassessedEmployee>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-(query.Years ?? 3));
            var (countSql, selectSql) = Build(db.Dialect, scope.UnderPath is not null, scope.PositionType is not null);
            var args = new { scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, Since = since, Skip = skip, Take = size };
            return Listing.Page(await db.Query<UnassessedEmployee>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
