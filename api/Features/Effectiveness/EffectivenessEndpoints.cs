using AsnApi.Contracts;
using AsnApi.Features.Survey;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Effectiveness;

public static class EffectivenessEndpoints
{
    public static void MapEffectiveness(this IEndpointRouteBuilder app)
    {
        var t = app.MapGroup("/api/v1/reaction-templates").WithTags("ReactionTemplates").RequireAuthorization(Policies.TenantRead).WithProblems();
        t.MapGet("/", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListReactionTemplates.Query(), ct)))
            .WithName("ReactionTemplates_List").WithSummary("The built-in Indonesian questionnaire (read-only) and the tenant's own (at most 50), by name.");
        t.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new GetReactionTemplate.Query(id), ct);
            return ETags.Ok(http, r, r.Version);
        }).WithName("ReactionTemplates_Get");
        t.MapPost("/", async (ReactionTemplateRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new CreateReactionTemplate.Command(body), ct);
            return ETags.Created(http, $"/api/v1/reaction-templates/{r.Id}", r, r.Version);
        }).WithName("ReactionTemplates_Create").RequireAuthorization(Policies.TenantWrite);
        t.MapPut("/{id:guid}", async (Guid id, ReactionTemplateRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new UpdateReactionTemplate.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, r, r.Version);
        }).WithName("ReactionTemplates_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite)
            .WithSummary("Name, items and default flag. Items of a template with answers cannot change: 409 templateInUse (copy it).");

        var s = app.MapGroup("/api/v1/training-sessions/{id:guid}").WithTags("TrainingEffectiveness").RequireAuthorization(Policies.TenantRead).WithProblems();
        s.MapGet("/effectiveness", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetSessionEffectiveness.Query(id), ct)))
            .WithName("TrainingEffectiveness_Session").WithSummary("One session: reaction per item and overall, learning gain, participants (a unit head's sub-tree) and comments.");
        s.MapPut("/reaction-template", async (Guid id, SessionReactionTemplateRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var r = await m.Send(new SetSessionReactionTemplate.Command(id, body, ETags.IfMatch(http.Request)), ct);
                return ETags.Ok(http, r.Template, r.SessionVersion);
            })
            .WithName("TrainingEffectiveness_SetTemplate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite)
            .WithSummary("The questionnaire the session asks with; null for the tenant's default. If-Match and the ETag are the session's version. 409 templateInUse once the session has answers.");

        var e = app.MapGroup("/api/v1/enrollments/{id:guid}").WithTags("TrainingEffectiveness").RequireAuthorization(Policies.PlanWrite).WithProblems();
        e.MapPost("/reaction", async (Guid id, ReactionAnswerRequest body, IMediator m, CancellationToken ct) =>
                TypedResults.Created((string?)null, await m.Send(new SubmitReaction.Command(id, body), ct)))
            .WithName("TrainingEffectiveness_SubmitReaction")
            .WithSummary("A participant's reaction answer, entered by their supervisor (unit head of their sub-tree) or HR. 409 alreadyAnswered or notParticipated.");
        e.MapPost("/reaction-link", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new IssueReactionLink.Command(id), ct)))
            .WithName("TrainingEffectiveness_IssueReactionLink")
            .WithSummary("A one-time link for the participant (valid 14 days, one answer); the token is shown once and only its hash is kept. A new link retires the unused one.");

        var g = app.MapGroup("/api/v1/training-effectiveness").WithTags("TrainingEffectiveness").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (EffectivenessGrouping? groupBy, DateOnly? from, DateOnly? to, Guid? underUnitId, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListEffectiveness.Query(groupBy, from, to, underUnitId), ct)))
            .WithName("TrainingEffectiveness_List").WithSummary("Levels 1 and 2 by program (default) or partner, sessions ending from–to (default the last twelve months).");
        g.MapGet("/sessions", async (Guid? programId, Guid? partnerId, DateOnly? from, DateOnly? to, Guid? underUnitId, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListEffectivenessSessions.Query(programId, partnerId, from, to, underUnitId), ct)))
            .WithName("TrainingEffectiveness_Sessions").WithSummary("The sessions of a program or partner ending in the period, newest first, with levels 1 and 2.");
        app.MapGroup("/api/v1/training-programs/{id:guid}").WithTags("TrainingEffectiveness").RequireAuthorization(Policies.TenantRead).WithProblems()
            .MapGet("/results-comparison", async (Guid id, int? months, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetResultsComparison.Query(id, months), ct)))
            .WithName("TrainingEffectiveness_Results")
            .WithSummary("Level 4: IKM and complaints of the service units where the program's graduates work, months (1–24, default 6) before and after. A comparison, not a cause.");

        var pub = app.MapGroup("/api/v1/public/reaction/{token:maxlength(64)}").WithTags("Public").AllowAnonymous().WithProblems();
        pub.MapGet("/", async (string token, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPublicReactionForm.Query(token), ct)))
            .WithName("Public_ReactionForm").WithSummary("The questionnaire behind a one-time link, no sign-in. 404 unknown or expired; 409 linkUsed.");
        pub.MapPost("/", async (string token, ReactionAnswerRequest body, HttpContext http, PublicSubmissionLimit limit, IMediator m, CancellationToken ct) =>
            {
                limit.Take(http);
                return TypedResults.Created((string?)null, await m.Send(new SubmitPublicReaction.Command(token, body), ct));
            })
            .WithName("Public_SubmitReaction").ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("The participant's answer through the link, once. 429 over PublicApi:SubmissionsPerMinute per address (one limit for every public form).");
    }
}
