using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The rows of a development plan as every writer inserts them: the plans' own use cases and the improvement plan's
/// one-click drafting, which must create exactly what a hand-made draft would be.
/// </summary>
public static class PlanRecords
{
    /// <summary>A new plan is a draft.</summary>
    [Sql] internal const string InsertPlan = """
        INSERT INTO DevelopmentPlans (Id, TenantId, EmployeeId, Year, Title, Status, CreatedBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @EmployeeId, @Year, @Title, 'Draft', @CreatedBy, 1, @Now, @Now)
        """;

    [Sql] internal const string InsertItem = """
        INSERT INTO DevelopmentPlanItems (Id, PlanId, TenantId, CompetencyId, NeedId, TargetLevel, Form, ActivityName, PlannedJp, DueDate, Position)
        VALUES (@Id, @PlanId, @TenantId, @CompetencyId, @NeedId, @TargetLevel, @Form, @ActivityName, @PlannedJp, @DueDate, @Position)
        """;
}
