using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

public static class AnalyticsEndpoints
{
    public static void MapCompetencyAnalytics(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/competency-analytics").WithTags("CompetencyAnalytics").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/heatmap", async ([AsParameters] GetHeatmap.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyAnalytics_Heatmap").WithSummary("Unit × competency: average gap and share meeting the standard; rows roll up their sub-tree unless rollup=Self.");
        g.MapGet("/heatmap/cell", async ([AsParameters] ListHeatmapCellEmployees.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyAnalytics_HeatmapCell").WithSummary("The assessed employees behind one heatmap cell, largest gap first.");
        g.MapGet("/jpm-distribution", async ([AsParameters] GetJpmDistribution.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyAnalytics_JpmDistribution").WithSummary("Employees per JPM category, under both schemes.");
        g.MapGet("/largest-gaps", async ([AsParameters] GetLargestGaps.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyAnalytics_LargestGaps").WithSummary("Competencies ranked by how many assessed employees fall below the standard.");
        g.MapGet("/unassessed", async ([AsParameters] ListUnassessedEmployees.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyAnalytics_Unassessed").WithSummary("Active employees with no assessment in the last N years (default 3).");
    }
}
