using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Survey;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnApi.Features.Complaints;

public static class ComplaintEndpoints
{
    public const string PublicRoute = "/api/v1/public/{tenantCode:maxlength(20)}/complaints";

    public static void MapComplaints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/complaints").WithTags("Complaints").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListComplaints.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Complaints_List").WithSummary("Complaints, newest first; filter by status, service unit, sub-tree, type, category, channel, overdue, received period.");
        g.MapGet("/export", (HttpContext http, [AsParameters] ExportComplaints.Query q, CurrentUser user, IMediator m, CancellationToken ct) => ExportComplaints.Write(http, q, user, m, ct))
            .WithName("Complaints_Export").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Features.Shared.TableExport.XlsxMediaType)
            .WithSummary("The complaints list with its filters, scope and sort as a file: deadlines and whether they were kept, the time of each step, the last step's actor. Reporter name and contact filled only for tenant admins and unit heads (empty for others; such an export is audited). format=Csv (default; for Excel) or format=Xlsx.");
        g.MapGet("/stats", async (Guid? underUnitId, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ComplaintStats.Query(underUnitId, from, to), ct)))
            .WithName("Complaints_Stats").WithSummary("Deadline compliance per service unit, median hours to first response and resolution, volume by type and category.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new GetComplaint.Query(id), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("Complaints_Get");
        g.MapPost("/", async (ComplaintRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new CreateComplaint.Command(body), ct);
            return ETags.Created(http, $"/api/v1/complaints/{c.Id}", c, c.Version);
        }).WithName("Complaints_Create").RequireAuthorization(Policies.TenantWrite);
        foreach (var action in Enum.GetValues<ComplaintAction>())
        {
            var name = action.ToString().ToLowerInvariant();
            g.MapPost($"/{{id:guid}}/{name}", async (Guid id, ComplaintTransitionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var c = await m.Send(new TransitionComplaint.Command(id, action, body, ETags.IfMatch(http.Request)), ct);
                return ETags.Ok(http, c, c.Version);
            }).WithName("Complaints_" + action).RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        }

        var settings = app.MapGroup("/api/v1/settings/complaints").WithTags("Settings").RequireAuthorization(Policies.TenantRead).WithProblems();
        settings.MapGet("/", async (HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetComplaintSettings.Query(), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_GetComplaints").WithSummary("Complaint deadlines in working days (defaults: first response 3, resolution 5, field check 14, escalation 1).");
        settings.MapPut("/", async (ComplaintSettingsDto body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateComplaintSettings.Command(body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_UpdateComplaints").RequiresIfMatch().RequireAuthorization(Policies.TenantAdmin);

        var form = app.MapGroup("/api/v1/public/{tenantCode:maxlength(20)}/complaint-form").WithTags("Public").AllowAnonymous().WithProblems();
        form.MapGet("/", async (string tenantCode, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPublicComplaintForm.Query(tenantCode), ct)))
            .WithName("Public_ComplaintForm")
            .WithSummary("The public complaint form's choices, no sign-in: the tenant's name and its service units (name and slug).");

        var pub = app.MapGroup(PublicRoute).WithTags("Public").AllowAnonymous().WithProblems();
        pub.MapPost("/", async Task<Results<Created<PublicComplaintReceipt>, Ok<PublicComplaintReceipt>>> (string tenantCode, PublicComplaintRequest body, HttpContext http,
                PublicSubmissionLimit limit, IMediator m, CancellationToken ct) =>
            {
                limit.Take(http);
                var result = await m.Send(new SubmitPublicComplaint.Command(tenantCode, body), ct);
                return result.Created ? TypedResults.Created((string?)null, result.Receipt) : TypedResults.Ok(result.Receipt);
            })
            .WithName("Public_SubmitComplaint").ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit a complaint, no sign-in: 201 with a tracking code; 200 with the first answer for the same submissionId; 429 over PublicApi:SubmissionsPerMinute per address.");
        pub.MapGet("/{trackingCode:maxlength(20)}", async (string tenantCode, string trackingCode, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new TrackComplaint.Query(tenantCode, trackingCode), ct)))
            .WithName("Public_TrackComplaint").WithSummary("A complaint's status, dates and public answers by its tracking code; no personal data.");
    }
}
