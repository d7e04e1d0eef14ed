using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>The public tracking page: status, dates and the public answers. Never the reporter, the text, staff names or ids.</summary>
public static class TrackComplaint
{
    public sealed record Query(string TenantCode, string TrackingCode) : IQuery<PublicComplaintStatus>;

    [Sql] internal const string Sql = """
        SELECT c.Id, c.TenantId, c.TrackingCode, su.Name AS ServiceUnitName, c.Type, c.Status, c.ReceivedAt, c.FirstResponseDue, c.ResolutionDue, c.ResolvedAt
        FROM Complaints c JOIN ServiceUnits su ON su.Id = c.ServiceUnitId JOIN Tenants t ON t.Id = c.TenantId
        WHERE t.Code = @TenantCode AND c.TrackingCode = @TrackingCode
        """;

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid TenantId { get; init; }
        public string TrackingCode { get; init; } = "";
        public string ServiceUnitName { get; init; } = "";
        public string Type { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTimeOffset ReceivedAt { get; init; }
        public DateOnly FirstResponseDue { get; init; }
        public DateOnly ResolutionDue { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
    }

    internal sealed class Handler(Db db) : IQueryHandler<Query, PublicComplaintStatus>
    {
        public async ValueTask<PublicComplaintStatus> Handle(Query query, CancellationToken ct)
        {
            // Codes are read back case-insensitively (people type them); anything else is simply not found.
            if (!ComplaintRules.IsTrackingCode(query.TrackingCode)) throw new NotFoundException("Pengaduan");
            var row = await db.Single<Row>(Sql, new { query.TenantCode, TrackingCode = query.TrackingCode.ToUpperInvariant() }, ct) ?? throw new NotFoundException("Pengaduan");
            var history = await ComplaintSql.History(db, row.TenantId, row.Id, ct);
            return new PublicComplaintStatus
            {
                TrackingCode = row.TrackingCode, ServiceUnitName = row.ServiceUnitName, Type = Enum.Parse<ComplaintType>(row.Type), Status = Enum.Parse<ComplaintStatus>(row.Status),
                ReceivedAt = row.ReceivedAt, FirstResponseDue = row.FirstResponseDue, ResolutionDue = row.ResolutionDue, ResolvedAt = row.ResolvedAt,
                History = history.Select(e => new ComplaintEventResponse { Status = Enum.Parse<ComplaintStatus>(e.Status), At = e.At, Response = e.Response }).ToList(),
            };
        }
    }
}
