using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The IKM report's input: per service unit and day, the respondent count and the nine score sums
/// (design note "How an aggregate is made flat in tenant size"). Every command that stores responses
/// rebuilds the days it touched of that one service unit from its responses, in its own transaction,
/// so a report reads a few rows per service unit and day and never the responses.
/// </summary>
public static class SurveyRollups
{
    /// <summary>The WIB day (UTC+7): its midnight falls outside office hours in all three Indonesian time zones.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;

    public const string Sums = "SUM(S1) AS S1, SUM(S2) AS S2, SUM(S3) AS S3, SUM(S4) AS S4, SUM(S5) AS S5, SUM(S6) AS S6, SUM(S7) AS S7, SUM(S8) AS S8, SUM(S9) AS S9";

    [Sql] internal const string Clear = "DELETE FROM SurveyRollups WHERE TenantId = @TenantId AND ServiceUnitId = @ServiceUnitId AND Day >= @From AND Day <= @To";

    [Sql] internal const string Rebuild = $"""
        INSERT INTO SurveyRollups (TenantId, ServiceUnitId, Day, Year, Quarter, Respondents, S1, S2, S3, S4, S5, S6, S7, S8, S9)
        SELECT TenantId, ServiceUnitId, RespondedOn, Year, Quarter, COUNT(*), {Sums}
        FROM SurveyResponses
        WHERE TenantId = @TenantId AND ServiceUnitId = @ServiceUnitId AND RespondedOn >= @From AND RespondedOn <= @To
        GROUP BY TenantId, ServiceUnitId, RespondedOn, Year, Quarter
        """;

    /// <summary>Rebuilds one service unit's rows for the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task Refresh(Db db, Guid tenantId, Guid serviceUnitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, ServiceUnitId = serviceUnitId, From = from, To = to };
        await db.Execute(Clear, args, ct);
        await db.Execute(Rebuild, args, ct);
    }
}
