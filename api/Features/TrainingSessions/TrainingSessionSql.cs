using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.TrainingSessions;

/// <summary>
/// What the session use cases (and the demo seed) share. Seats are read from the row's own counter (SeatsTaken), which
/// the enrollment statement moves without touching Version: an editor's If-Match must not fail because someone enrolled.
/// </summary>
internal static class TrainingSessionSql
{
    public const string Columns = """
        s.Id, s.ProgramId, p.Code AS ProgramCode, p.Title AS ProgramTitle, p.Jp AS ProgramJp, p.Form AS ProgramForm, s.Name, s.StartDate, s.EndDate,
        s.Location, s.OnlineLink, s.Capacity, s.SeatsTaken, s.Capacity - s.SeatsTaken AS SeatsLeft, s.Status, s.Version
        """;
    public const string From = "TrainingSessions s JOIN TrainingPrograms p ON p.Id = s.ProgramId";

    /// <summary>A session as a change sees it.</summary>
    internal sealed class State
    {
        public int Version { get; init; }
        public string Status { get; init; } = "";
        public int SeatsTaken { get; init; }
        public Guid ProgramId { get; init; }
        public TrainingSessionStatus Current => Enum.Parse<TrainingSessionStatus>(Status);
    }

    [Sql] internal const string Current = "SELECT Version, Status, SeatsTaken, ProgramId FROM TrainingSessions WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO TrainingSessions (Id, TenantId, ProgramId, Name, StartDate, EndDate, Location, OnlineLink, Capacity, SeatsTaken, Status, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @ProgramId, @Name, @StartDate, @EndDate, @Location, @OnlineLink, @Capacity, 0, 'Planned', 1, @Now, @Now)
        """;

    [Sql] internal const string ProgramActive = "SELECT COUNT(*) FROM TrainingPrograms WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";

    public static T Labelled<T>(T sessions) where T : IEnumerable<TrainingSessionResponse>
    {
        foreach (var s in sessions) s.StatusLabel = StatusLabels.Of(s.Status);
        return sessions;
    }

    public static object Values(Guid id, Guid tenantId, TrainingSessionRequest b, DateTimeOffset now, int version = 0) => new
    {
        Id = id, TenantId = tenantId, Version = version, ProgramId = b.ProgramId!.Value, Name = b.Name!.Trim(), StartDate = b.StartDate!.Value, EndDate = b.EndDate!.Value,
        Location = Optional(b.Location), OnlineLink = Optional(b.OnlineLink), Capacity = b.Capacity!.Value, Now = now,
    };

    public static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
