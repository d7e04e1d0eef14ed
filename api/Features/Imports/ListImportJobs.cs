using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Imports;

/// <summary>The tenant's import jobs, newest first (the dashboard's history), optionally of one status; each with its counts, without the row errors.</summary>
public static class ListImportJobs
{
    public sealed record Query(int? Page, int? PageSize, ImportJobStatus? Status) : IQuery<Paged<ImportJobSummary>>;

    internal static (string Count, string Select) Build(ISqlDialect d, bool status)
    {
        var where = new List<string> { "TenantId = @TenantId" };
        if (status) where.Add("Status = @Status");
        // (TenantId, CreatedAt, Id) serves both, read backwards; the status filter is a residual on the tenant's few jobs.
        return (Listing.Count("ImportJobs", where), Listing.Select(d, ImportJobSql.Columns, "ImportJobs", where, "CreatedAt DESC, Id DESC"));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d)
    {
        var (c, s) = Build(d, true);
        return [c, s, Build(d, false).Select];
    }

    internal sealed class Handler(Db db, CurrentUser user, ImportJobProgress progress) : IQueryHandler<Query, Paged<ImportJobSummary>>
    {
        public async ValueTask<Paged<ImportJobSummary>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.Status is not null);
            var args = new { TenantId = await user.TenantId(ct), Status = query.Status?.ToString(), Skip = skip, Take = size };
            var total = await db.Scalar<int>(countSql, args, ct);
            var rows = await db.Query<ImportJobSql.Row>(selectSql, args, ct);
            return Listing.Page(rows.Select(r => ImportJobSummary.From(r.Response(progress))).ToList(), page, size, total);
        }
    }
}
