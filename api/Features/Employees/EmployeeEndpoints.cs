using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Employees;

public static class EmployeeEndpoints
{
    public static void MapEmployees(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/employees").WithTags("Employees").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListEmployees.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Employees_List").WithSummary("Pegawai ASN, paged; search name or NIP, filter by unit, sub-tree, position, type, active.");
        g.MapGet("/export", (HttpContext http, [AsParameters] ExportEmployees.Query q, IMediator m, CancellationToken ct) => ExportEmployees.Write(http, q, m, ct))
            .WithName("Employees_Export").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Shared.TableExport.XlsxMediaType)
            .WithSummary("The employee list with its filters, scope and sort, streamed: format=Csv (default; for Excel: UTF-8 with BOM, semicolons, day-first dates) or format=Xlsx. NIPs masked and birth dates left out as the list does; every export is audited.");
        g.MapPost("/import", async (EmployeeImportRequest body, HttpRequest request, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ImportEmployees.Command(body, Imports.ImportText.From(request)), ct)))
            .WithName("Employees_Import").RequireAuthorization(Policies.Import).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportEmployees.MaxRows * 400), new IdempotentAttribute())
            .WithSummary("Bulk create or update by NIP, with units and positions by code; all or nothing; dryRun validates only.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new GetEmployee.Query(id), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("Employees_Get");
        g.MapPost("/", async (EmployeeRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new CreateEmployee.Command(body), ct);
            return ETags.Created(http, $"/api/v1/employees/{e.Id}", e, e.Version);
        }).WithName("Employees_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, EmployeeRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new UpdateEmployee.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("Employees_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new SetEmployeeActive.Command(id, false, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("Employees_Deactivate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/activate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new SetEmployeeActive.Command(id, true, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("Employees_Activate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
