using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

// The namespace is not "JpLedger": that would hide Shared.JpLedger from every AsnApi.Features namespace.
namespace AsnApi.Features.TrainingLedger;

public static class JpLedgerEndpoints
{
    public static void MapJpLedger(this IEndpointRouteBuilder app)
    {
        var employee = app.MapGroup("/api/v1/employees/{id:guid}/jp-ledger").WithTags("JpLedger").RequireAuthorization(Policies.TenantRead).WithProblems();
        employee.MapGet("/", async (Guid id, int? year, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetEmployeeJpLedger.Query(id, year), ct)))
            .WithName("JpLedger_GetEmployee").WithSummary("One employee's JP for a year (default: this year) against the target of their employment type, with every credit.");

        var g = app.MapGroup("/api/v1/jp-ledger").WithTags("JpLedger").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] GetJpLedgerSummary.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("JpLedger_Summary").WithSummary("Employees counted, reached target and its share, JP by form and the classroom share, for the tenant or a sub-tree.");
        g.MapGet("/below-target", async ([AsParameters] ListBelowTarget.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("JpLedger_BelowTarget").WithSummary("Active employees below their target, largest remainder first; sort by remaining, earned, name, nip, unit.");
        g.MapGet("/below-target/export", (HttpContext http, [AsParameters] ExportBelowTarget.Query q, IMediator m, TimeProvider clock, CancellationToken ct) =>
                ExportBelowTarget.Write(http, q.Year ?? clock.GetUtcNow().Year, q.Format, m.CreateStream(q, ct), ct))
            .WithName("JpLedger_BelowTargetExport").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Features.Shared.TableExport.XlsxMediaType)
            .WithSummary("The below-target list with its filters and sort, streamed: format=Csv (default; for Excel: UTF-8 with BOM, semicolon-separated, Indonesian headers) or format=Xlsx.");
        g.MapGet("/employees", async ([AsParameters] ListJpEmployees.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("JpLedger_Employees").WithSummary("Every active employee in scope for a year: target, earned (classroom / non-classroom), remaining, reached; filter reached=true|false; sort by name, nip, unit, earned, classroom, remaining.");
        g.MapGet("/employees/export", (HttpContext http, [AsParameters] ExportJpEmployees.Query q, IMediator m, TimeProvider clock, CancellationToken ct) =>
                ExportJpEmployees.Write(http, q, q.Year ?? clock.GetUtcNow().Year, m, ct))
            .WithName("JpLedger_EmployeesExport").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Features.Shared.TableExport.XlsxMediaType)
            .WithSummary("The per-employee JP summary with its filters and sort, streamed: format=Csv (default; for Excel: UTF-8 with BOM, semicolons) or format=Xlsx. NIPs masked as the list does; every export is audited.");
    }
}
