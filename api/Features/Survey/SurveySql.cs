using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Survey;

/// <summary>What the survey use cases (and the demo seed) share: the service unit a response is for, and the insert.</summary>
internal static class SurveySql
{
    public const string Columns = "Id, TenantId, ServiceUnitId, SubmissionId, Channel, RespondedOn, Year, Quarter, ReceivedAt, ServiceType, S1, S2, S3, S4, S5, S6, S7, S8, S9, Sex, AgeBand, Education, Occupation, Suggestion, EnteredBy";

    [Sql] internal const string Insert = $"""
        INSERT INTO SurveyResponses ({Columns})
        VALUES (@Id, @TenantId, @ServiceUnitId, @SubmissionId, @Channel, @RespondedOn, @Year, @Quarter, @ReceivedAt, @ServiceType, @S1, @S2, @S3, @S4, @S5, @S6, @S7, @S8, @S9, @Sex, @AgeBand, @Education, @Occupation, @Suggestion, @EnteredBy)
        """;

    /// <summary>The service unit a public address names: the tenant by its code, the unit by its slug in that tenant.</summary>
    [Sql] internal const string PublicUnit = """
        SELECT su.Id, su.TenantId, su.Name, su.Slug, su.ServiceTypes, su.SurveyOpen, su.PopulationPerYear, t.Name AS TenantName, u.Name AS UnitName
        FROM ServiceUnits su JOIN Tenants t ON t.Id = su.TenantId JOIN Units u ON u.Id = su.UnitId
        WHERE t.Code = @TenantCode AND su.Slug = @Slug
        """;

    internal sealed class PublicUnitRow
    {
        public Guid Id { get; init; }
        public Guid TenantId { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public string ServiceTypes { get; init; } = "[]";
        public bool SurveyOpen { get; init; }
        public int PopulationPerYear { get; init; }
        public string TenantName { get; init; } = "";
        public string UnitName { get; init; } = "";
    }

    /// <summary>One response's row, scores S1–S9 in the order of domain.md.</summary>
    public static object Row(Guid tenantId, Guid serviceUnitId, Guid submissionId, string channel, DateOnly respondedOn, DateTimeOffset receivedAt,
        string serviceType, IReadOnlyList<int> s, Contracts.RespondentProfileRequest? who, string? suggestion, string? enteredBy) => new
        {
            Id = Guid.NewGuid(), TenantId = tenantId, ServiceUnitId = serviceUnitId, SubmissionId = submissionId, Channel = channel,
            RespondedOn = respondedOn, Year = respondedOn.Year, Quarter = Shared.SurveyRollups.QuarterOf(respondedOn), ReceivedAt = receivedAt, ServiceType = serviceType,
            S1 = s[0], S2 = s[1], S3 = s[2], S4 = s[3], S5 = s[4], S6 = s[5], S7 = s[6], S8 = s[7], S9 = s[8],
            Sex = who?.Sex?.ToString(), AgeBand = who?.AgeBand?.ToString(), Education = who?.Education?.ToString(), Occupation = who?.Occupation?.ToString(),
            Suggestion = string.IsNullOrWhiteSpace(suggestion) ? null : suggestion, EnteredBy = enteredBy,
        };
}
