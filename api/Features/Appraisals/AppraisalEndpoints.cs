using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Appraisals;

public static class AppraisalEndpoints
{
    public static void MapAppraisals(this IEndpointRouteBuilder app)
    {
        var periods = app.MapGroup("/api/v1/appraisal-periods").WithTags("AppraisalPeriods").RequireAuthorization(Policies.TenantRead).WithProblems();
        periods.MapGet("/", async ([AsParameters] ListAppraisalPeriods.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("AppraisalPeriods_List").WithSummary("SKP appraisal periods, newest first; filter by a year they touch.");
        periods.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new GetAppraisalPeriod.Query(id), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("AppraisalPeriods_Get");
        periods.MapPost("/", async (AppraisalPeriodRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new CreateAppraisalPeriod.Command(body), ct);
            return ETags.Created(http, $"/api/v1/appraisal-periods/{p.Id}", p, p.Version);
        }).WithName("AppraisalPeriods_Create").RequireAuthorization(Policies.TenantWrite).WithSummary("A period; with only a year, 1 January to 31 December. Periods do not overlap (409).");
        periods.MapPut("/{id:guid}", async (Guid id, AppraisalPeriodRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new UpdateAppraisalPeriod.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("AppraisalPeriods_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        periods.MapDelete("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new DeleteAppraisalPeriod.Command(id, ETags.IfMatch(http.Request)), ct);
            return TypedResults.NoContent();
        }).WithName("AppraisalPeriods_Delete").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite).WithSummary("Deletes a period without appraisals (409 otherwise).");

        var g = app.MapGroup("/api/v1/performance-appraisals").WithTags("PerformanceAppraisals").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListAppraisals.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("PerformanceAppraisals_List").WithSummary("Appraisals, paged; filter by period, unit sub-tree, predicate, employee.");
        g.MapGet("/matrix", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetSkpMatrix.Query(), ct)))
            .WithName("PerformanceAppraisals_Matrix").WithSummary("The predicate matrix: ratings, predicates and the nine cells, with labels.");
        g.MapGet("/distribution", async ([AsParameters] GetAppraisalDistribution.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("PerformanceAppraisals_Distribution").WithSummary("Predicates of a period in a unit sub-tree, and the employees without an appraisal.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new GetAppraisal.Query(id), ct);
            return ETags.Ok(http, a, a.Version);
        }).WithName("PerformanceAppraisals_Get");
        g.MapPost("/", async (PerformanceAppraisalRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new CreateAppraisal.Command(body), ct);
            return ETags.Created(http, $"/api/v1/performance-appraisals/{a.Id}", a, a.Version);
        }).WithName("PerformanceAppraisals_Create").RequireAuthorization(Policies.PlanWrite)
            .WithSummary("One appraisal per employee and period (409); the predicate comes from the matrix, never from the body.");
        g.MapPut("/{id:guid}", async (Guid id, PerformanceAppraisalUpdateRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new UpdateAppraisal.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, a, a.Version);
        }).WithName("PerformanceAppraisals_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite).WithSummary("A correction of the ratings and notes.");
    }
}
