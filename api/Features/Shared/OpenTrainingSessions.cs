using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>The open sessions with a seat left of some programs, earliest first: what the recommendations and the improvement plan offer.</summary>
public static class OpenTrainingSessions
{
    [Sql] internal static string Of(ISqlDialect d) => $"""
        SELECT s.ProgramId, s.Id AS SessionId, s.Name, s.StartDate, s.EndDate, s.Capacity - s.SeatsTaken AS SeatsLeft
        FROM TrainingSessions s
        WHERE s.TenantId = @TenantId AND s.Status = '{nameof(TrainingSessionStatus.Open)}' AND s.SeatsTaken < s.Capacity AND s.ProgramId IN ({d.IdsIn("@Programs")})
        ORDER BY s.StartDate, s.Id
        """;

    public sealed class Row
    {
        public Guid ProgramId { get; init; }
        public Guid SessionId { get; init; }
        public string Name { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public int SeatsLeft { get; init; }

        public RecommendedSession ToSession() => new() { SessionId = SessionId, Name = Name, StartDate = StartDate, EndDate = EndDate, SeatsLeft = SeatsLeft };
    }

    /// <summary>Per program, at most <paramref name="perProgram"/> sessions; one query for all the programs.</summary>
    public static async Task<ILookup<Guid, RecommendedSession>> For(Db db, Guid tenantId, IEnumerable<Guid> programIds, int perProgram, CancellationToken ct)
    {
        var rows = await db.Query<Row>(Of(db.Dialect), new { TenantId = tenantId, Programs = SqlIds.Json(programIds) }, ct);
        return rows.GroupBy(r => r.ProgramId).SelectMany(g => g.Take(perProgram)).ToLookup(r => r.ProgramId, r => r.ToSession());
    }
}
