using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>The complaints board: paged, filtered, sorted; items carry no history (read one complaint for it).</summary>
public static class ListComplaints
{
    public sealed record Query(int? Page, int? PageSize, ComplaintStatus? Status, Guid? ServiceUnitId, Guid? UnderUnitId, ComplaintType? Type, string? Category,
        ComplaintChannel? Channel, bool? Overdue, DateOnly? From, DateOnly? To, string? Sort) : IQuery<Paged<ComplaintResponse>>;

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["receivedAt"] = "c.ReceivedAt", ["resolutionDue"] = "c.ResolutionDue", ["firstResponseDue"] = "c.FirstResponseDue", ["status"] = "c.Status", ["serviceUnit"] = "su.Name",
    };

    /// <summary>Overdue: a due day before today with its step not done (the same rule as ComplaintRules.Overdue).</summary>
    internal const string OverdueWhere = "((c.FirstResponseAt IS NULL AND c.FirstResponseDue < @Today) OR (c.ResolvedAt IS NULL AND c.ResolutionDue < @Today))";

    internal static (string Count, string Select) Build(ISqlDialect d, bool status, bool unit, bool under, bool type, bool category, bool channel, bool? overdue, bool from, bool to, string orderBy)
    {
        var where = Where(status, unit, under, type, category, channel, overdue, from, to);
        return (Listing.Count(ComplaintSql.From, where), Listing.Select(d, ComplaintSql.Columns, ComplaintSql.From, where, orderBy));
    }

    /// <summary>The list's conditions, which the export applies too.</summary>
    internal static List<string> Where(bool status, bool unit, bool under, bool type, bool category, bool channel, bool? overdue, bool from, bool to)
    {
        var where = new List<string> { "c.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (status) where.Add("c.Status = @Status");
        if (unit) where.Add("c.ServiceUnitId = @ServiceUnitId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (type) where.Add("c.Type = @Type");
        if (category) where.Add("c.Category = @Category");
        if (channel) where.Add("c.Channel = @Channel");
        if (overdue is { } o) where.Add(o ? OverdueWhere : "NOT " + OverdueWhere);
        if (from) where.Add("c.ReceivedOn >= @From");
        if (to) where.Add("c.ReceivedOn <= @To");
        return where;
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, true, true, true, true, Listing.OrderBy("-" + s, Sorts, "-receivedAt", "c.Id")); return new[] { c, q }; })
            .Concat(new[] { Build(d, false, false, false, false, false, false, false, false, false, "c.Id").Select });

    internal static void Check(DateOnly? from, DateOnly? to, string? category)
    {
        if (from is { } f && to is { } t && f > t) throw Invalid.Field("to", "Tanggal akhir tidak boleh sebelum tanggal awal.");
        if (category is { Length: > ComplaintLimits.Category }) throw Invalid.Field("category", $"Kategori paling panjang {ComplaintLimits.Category} karakter.");
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<ComplaintResponse>>
    {
        public async ValueTask<Paged<ComplaintResponse>> Handle(Query query, CancellationToken ct)
        {
            Check(query.From, query.To, query.Category);
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "-receivedAt", "c.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var category = CreateComplaint.Blank(query.Category);
            var (countSql, selectSql) = Build(db.Dialect, query.Status is not null, query.ServiceUnitId is not null, underPath is not null, query.Type is not null, category is not null,
                query.Channel is not null, query.Overdue, query.From is not null, query.To is not null, orderBy);
            var today = ComplaintSql.DayOf(clock.GetUtcNow());
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), Status = query.Status?.ToString(), query.ServiceUnitId, UnderPath = underPath, Type = query.Type?.ToString(),
                Category = category, Channel = query.Channel?.ToString(), Today = today, query.From, query.To, Skip = skip, Take = size,
            };
            var total = await db.Scalar<int>(countSql, args, ct);
            var rows = await db.Query<ComplaintSql.Row>(selectSql, args, ct);
            var (deadlines, _) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            var personal = ComplaintSql.SeesReporter(user);
            return Listing.Page(rows.Select(r => r.ToResponse(personal, today, deadlines, [])).ToList(), page, size, total);
        }
    }
}
