using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using FluentValidation;

namespace AsnApi.Features.TrainingRecommendations;

/// <summary>
/// What the recommendation use cases share. A gap is required − assessed for an assessed competency of the position's
/// standard (CompetencyFacts, active employees only); a program's score for it is gap × the level gain it expects
/// (TrainingRules.RecommendationScore), summed in SQL.
/// </summary>
internal static class RecommendationSql
{
    public const int DefaultTop = 10;
    public const int MaxTop = 50;
    public const int SessionsPerProgram = 5;

    public static void Top<T>(AbstractValidator<T> v, Func<T, int?> top) =>
        v.RuleFor(q => top(q)).InclusiveBetween(1, MaxTop).OverridePropertyName("top").WithMessage($"top 1 sampai {MaxTop}.");

    /// <summary>The positive gap of fact f, and its score for program competency pc.</summary>
    public const string Gap = "(f.RequiredLevel - f.AssessedLevel)";
    public const string Score = $"SUM({Gap} * pc.ExpectedGain)";
    public const string HasGap = "f.AssessedLevel IS NOT NULL AND f.AssessedLevel < f.RequiredLevel";

    /// <summary>A program the employee (SQL expression) completed in any of its sessions.</summary>
    public static string Completed(string employee, string program) => $"""
        EXISTS (SELECT 1 FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId
                WHERE en.TenantId = @TenantId AND en.EmployeeId = {employee} AND en.Status = '{nameof(EnrollmentStatus.Completed)}' AND s.ProgramId = {program})
        """;

    /// <summary>Shared with the improvement plan (Features/Shared/OpenTrainingSessions).</summary>
    internal static string OpenSessions(ISqlDialect d) => Shared.OpenTrainingSessions.Of(d);

    internal sealed class SessionRow
    {
        public Guid ProgramId { get; init; }
        public Guid SessionId { get; init; }
        public string Name { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public int SeatsLeft { get; init; }
    }

    internal sealed class GapRow
    {
        public Guid OwnerId { get; init; }
        public Guid CompetencyId { get; init; }
        public string CompetencyCode { get; init; } = "";
        public string CompetencyName { get; init; } = "";
        public int RequiredLevel { get; init; }
        public int AssessedLevel { get; init; }
        public int Gap { get; init; }
        public int ExpectedGain { get; init; }

        public GapAddressed ToGap() => new()
        {
            CompetencyId = CompetencyId, CompetencyCode = CompetencyCode, CompetencyName = CompetencyName,
            RequiredLevel = RequiredLevel, AssessedLevel = AssessedLevel, Gap = Gap, ExpectedGain = ExpectedGain,
        };
    }
}
