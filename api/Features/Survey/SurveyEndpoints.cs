using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnApi.Features.Survey;

public static class SurveyEndpoints
{
    /// <summary>
    /// The public address names the tenant by its code: a slug is unique in its tenant only, and two regions may
    /// both call their office "dukcapil".
    /// </summary>
    public const string PublicUnitRoute = "/api/v1/public/{tenantCode:maxlength(20)}/service-units/{slug:maxlength(80)}";

    public static void MapSurvey(this IEndpointRouteBuilder app)
    {
        var pub = app.MapGroup(PublicUnitRoute).WithTags("Public").AllowAnonymous().WithProblems();
        pub.MapGet("/", async (string tenantCode, string slug, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPublicServiceUnit.Query(tenantCode, slug), ct)))
            .WithName("Public_ServiceUnit").WithSummary("The public survey form's service unit: name, service types, whether the survey is open, the nine questions. No sign-in.");
        pub.MapPost("/survey-responses", async Task<Results<Created<SurveySubmissionResponse>, Ok<SurveySubmissionResponse>>> (string tenantCode, string slug, SurveySubmissionRequest body,
                HttpContext http, PublicSubmissionLimit limit, IMediator m, CancellationToken ct) =>
            {
                limit.Take(http);
                var result = await m.Send(new SubmitSurvey.Command(tenantCode, slug, body), ct);
                return result.Created ? TypedResults.Created((string?)null, result.Response) : TypedResults.Ok(result.Response);
            })
            .WithName("Public_SubmitSurvey").ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit one SKM survey, no sign-in. 201 when stored; 200 with the first answer when the same submissionId was stored before; 409 when the survey is closed; 429 over PublicApi:SubmissionsPerMinute per address.");

        var staff = app.MapGroup("/api/v1/service-units").WithTags("ServiceUnits").RequireAuthorization(Policies.TenantRead).WithProblems();
        staff.MapGet("/{id:guid}/survey-responses", async (Guid id, int? page, int? pageSize, DateOnly? from, DateOnly? to, SurveyChannel? channel, string? serviceType, bool? withSuggestion, string? sort,
                IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListSurveyResponses.Query(id, page, pageSize, from, to, channel, serviceType, withSuggestion, sort), ct)))
            .WithName("ServiceUnits_ListSurveyResponses").WithSummary("A service unit's responses, newest first; filter by period, channel, service type, with or without a suggestion. Profile and suggestion are personal data.");
        staff.MapPost("/{id:guid}/survey-responses", async (Guid id, PaperSurveyBatchRequest body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new SubmitPaperSurveys.Command(id, body), ct)))
            .RequireAuthorization(Policies.TenantWrite).WithName("ServiceUnits_SubmitPaperSurveys").WithSummary("Paper survey forms, up to 1,000 a call, all or nothing; errors name responses[i].field.");
    }
}
