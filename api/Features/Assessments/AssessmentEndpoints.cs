using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Assessments;

public static class AssessmentEndpoints
{
    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assessments").WithTags("Assessments").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListAssessments.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Assessments_List").WithSummary("Assessment history, newest first; filter by employee, method, date range.");
        g.MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetAssessment.Query(id), ct)))
            .WithName("Assessments_Get");
        g.MapPost("/", async (AssessmentRequest body, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new CreateAssessment.Command(body), ct);
            return TypedResults.Created($"/api/v1/assessments/{a.Id}", a);
        }).WithName("Assessments_Create").RequireAuthorization(Policies.TenantWrite)
            .WithSummary("Records an assessment and its results. History is never overwritten.");

        app.MapGroup("/api/v1/employees").WithTags("Employees").RequireAuthorization(Policies.TenantRead).WithProblems()
            .MapGet("/{id:guid}/competency-profile", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetCompetencyProfile.Query(id), ct)))
            .WithName("Employees_CompetencyProfile").WithSummary("Required vs assessed level per competency, gaps, JPM and both category schemes.");
    }
}
