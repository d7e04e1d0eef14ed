using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Imports;

public static class ImportEndpoints
{
    public static void MapImports(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(Policies.Import).WithProblems();
        g.MapPost("/{kind:maxlength(30)}", async (string kind, HttpRequest request, IMediator m, CancellationToken ct, bool? dryRun, string? mode, string? sheet) =>
        {
            var k = RunImport.KindOf(kind);
            var t = ImportText.From(request);
            var parsedMode = ParseMode(mode, t);
            var table = await ImportFile.Read(request, sheet, t, ct);
            return TypedResults.Ok(await m.Send(new RunImport.Command(k, table, dryRun ?? false, parsedMode, t), ct));
        })
            .WithName("Imports_Run").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportFile.MaxBytes + 64 * 1024), new IdempotentAttribute())
            .Produces<ImportReport>(StatusCodes.Status200OK)
            .WithSummary("Imports employees, units, positions, position-standards, assessments, training-records or survey-responses from CSV (text/csv or multipart; comma or semicolon, UTF-8 or Windows-1252), XLSX (multipart or the XLSX media type; ?sheet= or the first) or a JSON array. ?dryRun=true checks only; mode=atomic (default) or valid-only. Idempotent by natural key; an Idempotency-Key header replays the first response for 24 hours.");
        g.MapGet("/templates/{kind:maxlength(30)}.csv", (string kind) =>
        {
            var k = RunImport.KindOf(kind);
            return Results.Text(ImportTemplates.Csv(k), "text/csv; charset=utf-8", System.Text.Encoding.UTF8);
        })
            .WithName("Imports_TemplateCsv").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("A CSV template for a kind: its headers (Indonesian) and one example row, semicolon-separated for Excel.");
    }

    private static Contracts.ImportMode ParseMode(string? mode, ImportText t) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" or "atomic" => Contracts.ImportMode.Atomic,
        "valid-only" or "validonly" => Contracts.ImportMode.ValidOnly,
        _ => throw new QueryValueException("mode", t.T("Nilai tidak valid; pilihan: atomic, valid-only.", "Invalid value; use atomic or valid-only.")),
    };
}
