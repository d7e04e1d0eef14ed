using AsnApi.Features.Survey;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Ikm;

public static class IkmEndpoints
{
    public static void MapIkm(this IEndpointRouteBuilder app)
    {
        var su = app.MapGroup("/api/v1/service-units/{id:guid}/ikm").WithTags("Ikm").RequireAuthorization(Policies.TenantRead).WithProblems();
        su.MapGet("/", async (Guid id, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetServiceUnitIkm.Query(id, from, to), ct)))
            .WithName("Ikm_ServiceUnit").WithSummary("A service unit's IKM (SKM, PermenPAN-RB 14/2017) from..to (default: the last 12 months): NRR per unsur, the unrounded index, grade, weakest unsur, sample check.");
        su.MapGet("/trend", async (Guid id, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetIkmTrend.Query(id, null, from, to), ct)))
            .WithName("Ikm_ServiceUnitTrend").WithSummary("A service unit's IKM by quarter (default: the last eight quarters).");

        var g = app.MapGroup("/api/v1/ikm").WithTags("Ikm").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (Guid? underUnitId, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetTenantIkm.Query(underUnitId, from, to), ct)))
            .WithName("Ikm_Tenant").WithSummary("Every service unit of the tenant or of a unit's sub-tree with its IKM, and the combined figure.");
        g.MapGet("/trend", async (Guid? underUnitId, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetIkmTrend.Query(null, underUnitId, from, to), ct)))
            .WithName("Ikm_TenantTrend").WithSummary("The combined IKM of the tenant or a sub-tree by quarter (default: the last eight quarters).");
        g.MapGet("/export", (HttpContext http, [AsParameters] ExportIkm.Query q, IMediator m, CancellationToken ct) => ExportIkm.Write(http, q, m, ct))
            .WithName("Ikm_Export").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Shared.TableExport.XlsxMediaType)
            .WithSummary("The report of GET /ikm as a file, one row per service unit and the combined row last: respondents, sample check, NRR and weighted NRR of U1-U9, IKM, grade and label. format=Csv (default; for Excel: UTF-8 with BOM, semicolons, decimal commas, day-first dates) or format=Xlsx.");

        app.MapGroup(SurveyEndpoints.PublicUnitRoute).WithTags("Public").AllowAnonymous().WithProblems()
            .MapGet("/ikm", async (string tenantCode, string slug, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPublicIkm.Query(tenantCode, slug), ct)))
            .WithName("Public_Ikm").WithSummary("A service unit's published IKM and grade over the last 12 months: figures only, no personal data, no suggestions. No sign-in.");
    }
}
