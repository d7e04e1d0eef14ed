using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.CompetencyProfiles;

public static class CompetencyProfileEndpoints
{
    public static void MapCompetencyProfiles(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/competency-profiles").WithTags("CompetencyProfiles").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListCompetencyProfiles.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("CompetencyProfiles_List")
            .WithSummary("Active employees in scope × the competencies of their standard: required, current level, gap, date assessed, and the employee's JPM; sort by name, nip, unit, position, competency, gap, required, assessed, assessedOn.");
        g.MapGet("/export", (HttpContext http, [AsParameters] ExportCompetencyProfiles.Query q, IMediator m, CancellationToken ct) => ExportCompetencyProfiles.Write(http, q, m, ct))
            .WithName("CompetencyProfiles_Export").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableExport.XlsxMediaType)
            .WithSummary("The competency profiles list with its filters, scope and sort, streamed: format=Csv (default; for Excel: UTF-8 with BOM, semicolons, day-first dates) or format=Xlsx. NIPs masked as the list does; every export is audited.");
    }
}
