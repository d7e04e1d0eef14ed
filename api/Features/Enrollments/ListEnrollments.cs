using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>
/// A session's roster. Unit heads see the participants of their sub-tree only; q finds a name by its words' starts
/// or a NIP from its start (the employee list's rules, masked NIPs included).
/// </summary>
public static class ListEnrollments
{
    public sealed record Query(Guid SessionId, int? Page, int? PageSize, EnrollmentStatus? Status, string? Q, string? Sort) : IQuery<Paged<EnrollmentResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["status"] = "en.Status", ["enrolledAt"] = "en.CreatedAt",
    };

    /// <summary>Callers who see masked NIPs sort by the visible digits only: ordering by the whole NIP is ordering by birth date.</summary>
    private static Dictionary<string, string> SortsFor(ISqlDialect d, bool personalData) =>
        personalData ? Sorts : Sorts.ToDictionary(s => s.Key, s => s.Key == "nip" ? d.SubstringFrom("e.Nip", "9") : s.Value);

    internal static (string Count, string Select) Build(ISqlDialect d, bool status, bool name, bool nip, bool q, string orderBy)
    {
        var where = new List<string> { "en.SessionId = @SessionId", "en.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (status) where.Add("en.Status = @Status");
        if (name) where.Add(d.EmployeeNameSearch("e"));
        else if (nip) where.Add(@"e.Nip LIKE @NipPrefix ESCAPE '\'");
        else if (q) where.Add("1 = 0"); // neither a word nor NIP digits: no one
        return (Listing.Count(EnrollmentSql.From, where), Listing.Select(d, EnrollmentSql.Columns, EnrollmentSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from s in Sorts.Keys
        from f in new[] { (true, true, false, true), (true, false, true, true), (false, false, false, true), (false, false, false, false) }
        from sql in Build(d, f.Item1, f.Item2, f.Item3, f.Item4, Listing.OrderBy(s, SortsFor(d, personal), "name", "en.Id")) is var (c, q) ? new[] { c, q } : []
        select sql;

    [Sql] internal const string SessionExists = "SELECT COUNT(*) FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<EnrollmentResponse>>
    {
        public async ValueTask<Paged<EnrollmentResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, SortsFor(db.Dialect, user.CanSeePersonalData), "name", "en.Id");
            var tenantId = await user.TenantId(ct);
            if (await db.Scalar<int>(SessionExists, new { query.SessionId, TenantId = tenantId }, ct) == 0)
                throw new NotFoundException("Angkatan pelatihan", query.SessionId);
            var nipLike = query.Q?.Trim() is { Length: > 0 } t && t.All(c => char.IsAsciiDigit(c) || c is ' ' or '*');
            var name = nipLike ? NameSearch.From(null) : NameSearch.From(query.Q);
            var nipPrefix = nipLike ? PersonalData.NipSearchPattern(query.Q, user.CanSeePersonalData) : null;
            var (countSql, selectSql) = Build(db.Dialect, query.Status is not null, name.NameWordCount > 0, nipPrefix is not null, !string.IsNullOrWhiteSpace(query.Q), orderBy);
            var args = new
            {
                query.SessionId, TenantId = tenantId, Scope = await user.UnitScope(ct), Status = query.Status?.ToString(),
                name.NameMatch, name.NameWords, name.NameWordCount, NipPrefix = nipPrefix, Skip = skip, Take = size,
            };
            return Listing.Page(await db.Query<EnrollmentResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
