using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

/// <summary>
/// Sessions by start date (the default), filtered by program, status and the days they run on. Served by
/// (TenantId, StartDate), (TenantId, Status, StartDate) and (TenantId, ProgramId).
/// </summary>
public static class ListTrainingSessions
{
    /// <summary><c>From</c>: sessions that run on this day or later (by end date); <c>To</c>: on this day or earlier (by start date).</summary>
    public sealed record Query(int? Page, int? PageSize, string? Q, Guid? ProgramId, TrainingSessionStatus? Status, DateOnly? From, DateOnly? To, string? Sort)
        : IQuery<Paged<TrainingSessionResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["startDate"] = "s.StartDate", ["endDate"] = "s.EndDate", ["name"] = "s.Name", ["status"] = "s.Status", ["program"] = "p.Title",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool program, bool status, bool from, bool to, string orderBy)
    {
        var where = new List<string> { "s.TenantId = @TenantId" };
        if (q) where.Add(@"(s.Name LIKE @Q ESCAPE '\' OR p.Title LIKE @Q ESCAPE '\' OR p.Code LIKE @Q ESCAPE '\')");
        if (program) where.Add("s.ProgramId = @ProgramId");
        if (status) where.Add("s.Status = @Status");
        if (from) where.Add("s.EndDate >= @From");
        if (to) where.Add("s.StartDate <= @To");
        return (Listing.Count(TrainingSessionSql.From, where), Listing.Select(d, TrainingSessionSql.Columns, TrainingSessionSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, Listing.OrderBy(s, Sorts, "startDate", "s.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<TrainingSessionResponse>>
    {
        public async ValueTask<Paged<TrainingSessionResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            if (query.From is { } f && query.To is { } t && f > t) throw Invalid.Field("to", "Tanggal akhir tidak boleh sebelum tanggal awal.");
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.ProgramId is not null, query.Status is not null, query.From is not null, query.To is not null,
                Listing.OrderBy(query.Sort, Sorts, "startDate", "s.Id"));
            var args = new
            {
                TenantId = await user.TenantId(ct), Q = Listing.Contains(query.Q), query.ProgramId, Status = query.Status?.ToString(), query.From, query.To, Skip = skip, Take = size,
            };
            var items = TrainingSessionSql.Labelled(await db.Query<TrainingSessionResponse>(selectSql, args, ct));
            return Listing.Page(items, page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
