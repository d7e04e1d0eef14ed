using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.FollowUps;

/// <summary>
/// The supervisors' queue: completed enrollments with their follow-up's status. A status is a range of session end
/// dates (FollowUpRules.EndDatesDueOn), so the filter and the default order (by due date, i.e. by end date) use the
/// sessions' (TenantId, EndDate) index instead of computing every row's due date.
/// </summary>
public static class ListFollowUps
{
    public sealed record Query(FollowUpStatus? Status, Guid? UnderUnitId, Guid? ProgramId, Guid? SessionId, int? Page, int? PageSize, string? Sort)
        : IQuery<Paged<FollowUpQueueItem>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["dueOn"] = "s.EndDate", ["name"] = "e.Name", ["unit"] = "u.Name", ["program"] = "p.Title",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, FollowUpStatus? status, bool under, bool program, bool session, string orderBy)
    {
        var where = FollowUpSql.BaseWhere();
        where.Add(status switch
        {
            FollowUpStatus.Done => "f.EnrollmentId IS NOT NULL",
            FollowUpStatus.Due => "f.EnrollmentId IS NULL AND s.EndDate >= @DueFrom AND s.EndDate <= @DueTo",
            FollowUpStatus.Overdue => "f.EnrollmentId IS NULL AND s.EndDate < @DueFrom",
            FollowUpStatus.Upcoming => "f.EnrollmentId IS NULL AND s.EndDate > @DueTo",
            _ => "1 = 1",
        });
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (program) where.Add("s.ProgramId = @ProgramId");
        if (session) where.Add("s.Id = @SessionId");
        return (Listing.Count(FollowUpSql.From, where), Listing.Select(d, FollowUpSql.Columns, FollowUpSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from status in new FollowUpStatus?[] { null, FollowUpStatus.Upcoming, FollowUpStatus.Due, FollowUpStatus.Overdue, FollowUpStatus.Done }
        from sort in Sorts.Keys
        from sql in Build(d, status, true, true, true, Listing.OrderBy(sort, Sorts, "dueOn", "en.Id")) is var (c, q) ? new[] { c, q } : []
        select sql;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<FollowUpQueueItem>>
    {
        public async ValueTask<Paged<FollowUpQueueItem>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "dueOn", "en.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var months = await FollowUpSql.Months(db, tenantId, ct);
            var today = FollowUpSql.Today(clock);
            var (dueFrom, dueTo) = FollowUpRules.EndDatesDueOn(today, months);
            var (countSql, selectSql) = Build(db.Dialect, query.Status, underPath is not null, query.ProgramId is not null, query.SessionId is not null, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), UnderPath = underPath, query.ProgramId, query.SessionId, DueFrom = dueFrom, DueTo = dueTo,
                Skip = skip, Take = size,
            };
            var rows = await db.Query<FollowUpSql.Row>(selectSql, args, ct);
            return Listing.Page(rows.Select(r => r.ToItem(today, months)).ToList(), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
