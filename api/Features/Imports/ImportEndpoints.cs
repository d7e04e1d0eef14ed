using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AsnApi.Features.Imports;

public static class ImportEndpoints
{
    public static void MapImports(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(Policies.Import).WithProblems();
        g.MapPost("/{kind:maxlength(30)}", async Task<Results<Ok<ImportReport>, Accepted<ImportJobResponse>>> (string kind, HttpRequest request, IMediator m,
            IOptions<ImportJobOptions> jobs, ImportJobWorker.Signal worker, CancellationToken ct, bool? dryRun, string? mode, string? sheet) =>
        {
            var k = RunImport.KindOf(kind);
            var t = ImportText.From(request);
            var parsedMode = ParseMode(mode, t);
            var (bytes, format) = await ImportFile.Body(request, t, ct);
            var table = ImportFile.Parse(bytes, format, sheet, t, Math.Max(jobs.Value.MaxJobRows, jobs.Value.JobRowThreshold));
            if (table.Rows.Count <= jobs.Value.JobRowThreshold)
            {
                var source = new RecordImport.Source(format, string.IsNullOrWhiteSpace(sheet) ? null : sheet.Trim());
                try { return TypedResults.Ok(await m.Send(new RunImport.Command(k, table, dryRun ?? false, parsedMode, t) { History = source }, ct)); }
                catch (ImportRejectedException r) when (dryRun != true)
                {
                    // Nothing of it was written (its transaction rolled back); the history still shows it, failed, as a refused job.
                    await m.Send(new RecordImport.Command(k, source, r.Report, r.Message, t), ct);
                    throw;
                }
            }
            // Too many rows for one request's transaction: the file becomes a job that a worker (of any instance) runs.
            var job = await m.Send(new StartImportJob.Command(k, bytes, format, string.IsNullOrWhiteSpace(sheet) ? null : sheet.Trim(), dryRun ?? false, parsedMode, t, table.Rows.Count), ct);
            worker.Wake();
            return TypedResults.Accepted($"/api/v1/imports/jobs/{job.Id}", job);
        })
            .WithName("Imports_Run").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportFile.MaxBytes + 64 * 1024), new IdempotentAttribute())
            .Produces<ImportReport>(StatusCodes.Status200OK)
            .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
            .WithSummary("Imports employees, units, positions, position-standards, assessments, training-records or survey-responses from CSV (text/csv or multipart; comma or semicolon, UTF-8 or Windows-1252), XLSX (multipart or the XLSX media type; ?sheet= or the first) or a JSON array. ?dryRun=true checks only; mode=atomic (default) or valid-only. Idempotent by natural key; an Idempotency-Key header replays the first response for 24 hours. A file above the job threshold (Imports:JobRowThreshold, default 5,000 rows) is answered 202 with Location /api/v1/imports/jobs/{id} and runs in the background.");
        g.MapGet("/jobs/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetImportJob.Query(id), ct)))
            .WithName("Imports_GetJob")
            .WithSummary("A background import of the caller's tenant: status (Queued, Running, Succeeded, Failed), rows processed of total, then the report (the same as a direct import's). Another tenant's job is a 404.");
        g.MapGet("/jobs", async ([AsParameters] ListImportJobs.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Imports_ListJobs")
            .WithSummary("The tenant's import history, newest first, with their counts (page, pageSize, status): background jobs, and imports run in the request (not dry runs), a file refused in atomic mode as Failed.");
        g.MapGet("/templates/{kind:maxlength(30)}.csv", (string kind) =>
        {
            var k = RunImport.KindOf(kind);
            return Results.Text(ImportTemplates.Csv(k), "text/csv; charset=utf-8", System.Text.Encoding.UTF8);
        })
            .WithName("Imports_TemplateCsv").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("A CSV template for a kind: its headers (Indonesian) and one example row, semicolon-separated for Excel.");
        g.MapGet("/templates/{kind:maxlength(30)}.xlsx", async (string kind, HttpContext http, CancellationToken ct) =>
        {
            var k = RunImport.KindOf(kind);
            http.Response.ContentType = Shared.TableExport.XlsxMediaType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"templat-{k.Name}.xlsx\"";
            await ImportTemplates.WriteXlsx(k, http.Response.Body, ct);
            return Results.Empty;
        })
            .WithName("Imports_TemplateXlsx").Produces(StatusCodes.Status200OK, typeof(Stream), Shared.TableExport.XlsxMediaType)
            .WithSummary("An XLSX template for a kind: its headers and one example row on the sheet Data, and on the sheet Petunjuk each column: required or not, format and allowed values, other names read.");
    }

    private static Contracts.ImportMode ParseMode(string? mode, ImportText t) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" or "atomic" => Contracts.ImportMode.Atomic,
        "valid-only" or "validonly" => Contracts.ImportMode.ValidOnly,
        _ => throw new QueryValueException("mode", t.T("Nilai tidak valid; pilihan: atomic, valid-only.", "Invalid value; use atomic or valid-only.")),
    };
}
