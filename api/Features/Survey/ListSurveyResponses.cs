using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Survey;

/// <summary>
/// A service unit's responses, newest first, for staff reading the suggestions. The profile and the suggestion
/// are personal data (free text from citizens may name people): null for callers without personal-data access.
/// </summary>
public static class ListSurveyResponses
{
    public sealed record Query(Guid ServiceUnitId, int? Page, int? PageSize, DateOnly? From, DateOnly? To, SurveyChannel? Channel, string? ServiceType, bool? WithSuggestion, string? Sort)
        : IQuery<Paged<SurveyResponseItem>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["respondedOn"] = "r.RespondedOn", ["receivedAt"] = "r.ReceivedAt" };

    private const string Columns = "r.Id, r.Channel, r.RespondedOn, r.ReceivedAt, r.ServiceType, r.S1, r.S2, r.S3, r.S4, r.S5, r.S6, r.S7, r.S8, r.S9, r.Sex, r.AgeBand, r.Education, r.Occupation, r.Suggestion, r.EnteredBy";
    private const string From = "SurveyResponses r";

    internal static (string Count, string Select) Build(ISqlDialect d, bool from, bool to, bool channel, bool type, bool? suggestion, string orderBy)
    {
        var where = new List<string> { "r.TenantId = @TenantId", "r.ServiceUnitId = @ServiceUnitId" };
        if (from) where.Add("r.RespondedOn >= @From");
        if (to) where.Add("r.RespondedOn <= @To");
        if (channel) where.Add("r.Channel = @Channel");
        if (type) where.Add("r.ServiceType = @ServiceType");
        if (suggestion is { } s) where.Add(s ? "r.Suggestion IS NOT NULL" : "r.Suggestion IS NULL");
        return (Listing.Count(From, where), Listing.Select(d, Columns, From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, Listing.OrderBy("-" + s, Sorts, "-respondedOn", "r.Id")); return new[] { c, q }; });

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Channel { get; init; } = "";
        public DateOnly RespondedOn { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public string ServiceType { get; init; } = "";
        public int S1 { get; init; }
        public int S2 { get; init; }
        public int S3 { get; init; }
        public int S4 { get; init; }
        public int S5 { get; init; }
        public int S6 { get; init; }
        public int S7 { get; init; }
        public int S8 { get; init; }
        public int S9 { get; init; }
        public string? Sex { get; init; }
        public string? AgeBand { get; init; }
        public string? Education { get; init; }
        public string? Occupation { get; init; }
        public string? Suggestion { get; init; }
        public string? EnteredBy { get; init; }

        public SurveyResponseItem ToItem(bool personal) => new()
        {
            Id = Id, Channel = Enum.Parse<SurveyChannel>(Channel), RespondedOn = RespondedOn, ReceivedAt = ReceivedAt, ServiceType = ServiceType,
            Scores = [S1, S2, S3, S4, S5, S6, S7, S8, S9],
            Sex = personal ? Parse<Sex>(Sex) : null, AgeBand = personal ? Parse<AgeBand>(AgeBand) : null,
            Education = personal ? Parse<Education>(Education) : null, Occupation = personal ? Parse<Occupation>(Occupation) : null,
            Suggestion = personal ? Suggestion : null, EnteredBy = EnteredBy,
        };

        private static T? Parse<T>(string? value) where T : struct, Enum => value is null ? null : Enum.Parse<T>(value);
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<SurveyResponseItem>>
    {
        public async ValueTask<Paged<SurveyResponseItem>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "-respondedOn", "r.Id");
            var tenantId = await user.TenantId(ct);
            await Shared.ServiceUnitScope.EnsureVisible(db, user, query.ServiceUnitId, ct);
            var (countSql, selectSql) = Build(db.Dialect, query.From is not null, query.To is not null, query.Channel is not null, query.ServiceType is not null, query.WithSuggestion, orderBy);
            var args = new
            {
                TenantId = tenantId, query.ServiceUnitId, query.From, query.To, Channel = query.Channel?.ToString(), ServiceType = query.ServiceType?.Trim(), Skip = skip, Take = size,
            };
            var total = await db.Scalar<int>(countSql, args, ct);
            var rows = await db.Query<Row>(selectSql, args, ct);
            return Listing.Page(rows.Select(r => r.ToItem(user.CanSeePersonalData)).ToList(), page, size, total);
        }
    }
}
