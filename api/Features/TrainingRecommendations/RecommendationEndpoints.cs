using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingRecommendations;

public static class RecommendationEndpoints
{
    public static void MapTrainingRecommendations(this IEndpointRouteBuilder app)
    {
        var employee = app.MapGroup("/api/v1/employees/{id:guid}/training-recommendations").WithTags("TrainingRecommendations").RequireAuthorization(Policies.TenantRead).WithProblems();
        employee.MapGet("/", async (Guid id, int? top, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetEmployeeRecommendations.Query(id, top), ct)))
            .WithName("TrainingRecommendations_ForEmployee")
            .WithSummary("Active programs that develop the employee's largest gaps (Σ gap × expected gain), without those completed, with their open sessions.");

        var session = app.MapGroup("/api/v1/training-sessions/{id:guid}/candidates").WithTags("TrainingRecommendations").RequireAuthorization(Policies.TenantRead).WithProblems();
        session.MapGet("/", async (Guid id, Guid? underUnitId, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListSessionCandidates.Query(id, underUnitId, page, pageSize), ct)))
            .WithName("TrainingRecommendations_Candidates")
            .WithSummary("Active employees whose gaps the session's program develops, not yet enrolled, highest score first, with those gaps.");

        var programs = app.MapGroup("/api/v1/training-programs/recommended").WithTags("TrainingRecommendations").RequireAuthorization(Policies.TenantRead).WithProblems();
        programs.MapGet("/", async ([AsParameters] ListRecommendedPrograms.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("TrainingRecommendations_Programs")
            .WithSummary("The programs that would close the most gap in a unit sub-tree (Σ expected gain × the gaps summed in scope).");
    }
}
