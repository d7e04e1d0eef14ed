using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

/// <summary>One employee's external activities, newest first by default; optionally one year.</summary>
public static class ListExternalActivities
{
    public sealed record Query(Guid EmployeeId, int? Year, int? Page, int? PageSize, string? Sort) : IQuery<Paged<ExternalActivityResponse>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null).WithMessage("Tahun 2000 sampai 2100.");
    }

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["date"] = "a.ActivityDate", ["title"] = "a.Title", ["jp"] = "a.Jp", ["form"] = "a.Form",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, bool year, string orderBy)
    {
        var where = new List<string> { "a.TenantId = @TenantId", "a.EmployeeId = @EmployeeId" };
        // The (TenantId, EmployeeId, ActivityDate) index serves a year as a date range.
        if (year) where.Add("a.ActivityDate >= @From AND a.ActivityDate < @To");
        return (Listing.Count("ExternalActivities a", where), Listing.Select(d, ExternalActivitySql.Columns, "ExternalActivities a", where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, Listing.OrderBy(s, Sorts, "-date", "a.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<ExternalActivityResponse>>
    {
        public async ValueTask<Paged<ExternalActivityResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "-date", "a.Id");
            var tenantId = await user.TenantId(ct);
            await ExternalActivitySql.EnsureEmployee(db, user, tenantId, query.EmployeeId, ct);
            var (countSql, selectSql) = Build(db.Dialect, query.Year is not null, orderBy);
            var args = new
            {
                TenantId = tenantId, query.EmployeeId, Skip = skip, Take = size,
                From = query.Year is { } y ? new DateOnly(y, 1, 1) : default, To = query.Year is { } y2 ? new DateOnly(y2 + 1, 1, 1) : default,
            };
            var items = (await db.Query<ExternalActivityResponse>(selectSql, args, ct)).Select(ExternalActivitySql.Labelled).ToList();
            return Listing.Page(items, page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
