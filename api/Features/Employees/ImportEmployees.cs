using AsnApi.Contracts;
using AsnApi.Features.Imports;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Employees;

/// <summary>
/// Bulk load for HR scripts: up to 5,000 rows keyed by NIP, with units and positions by code. All or
/// nothing: one bad row refuses the batch with field errors named rows[i].field, and nothing is written.
/// A known NIP updates that employee; a new one creates them. dryRun validates and counts only.
/// </summary>
public static class ImportEmployees
{
    public const int MaxRows = 5_000;

    public sealed record Command(EmployeeImportRequest Body, ImportText? Text = null) : ICommand<EmployeeImportResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.Rows).NotEmpty().WithMessage("Isi minimal satu baris.")
                .MaxItems(MaxRows).WithMessage($"Paling banyak {MaxRows} baris sekali impor.");
            RuleForEach(c => c.Body.Rows).NotNull().WithMessage("Baris tidak boleh kosong (null).");
            RuleForEach(c => c.Body.Rows).ChildRules(r =>
            {
                r.RuleFor(x => x.Nip).MaximumLength(30);
                r.RuleFor(x => x.Name).MaximumLength(200);
                r.RuleFor(x => x.Rank).MaximumLength(10);
                r.RuleFor(x => x.PositionCode).MaximumLength(50);
                r.RuleFor(x => x.UnitCode).MaximumLength(50);
            });
        }
    }

    [Sql] internal const string Positions = "SELECT Code, Id, UnitId FROM Positions WHERE TenantId = @TenantId AND IsActive = 1";
    [Sql] internal const string Units = "SELECT Code, Id FROM Units WHERE TenantId = @TenantId AND IsActive = 1";
    [Sql] internal const string ExistingNips = "SELECT Nip, Id FROM Employees WHERE TenantId = @TenantId";

    internal sealed class CodeRow { public string Code { get; init; } = ""; public Guid Id { get; init; } public Guid UnitId { get; init; } }
    internal sealed class NipRow { public string Nip { get; init; } = ""; public Guid Id { get; init; } }

    /// <summary>The rows as the employees kind's columns, so the JSON endpoint and the import engine check and write them alike.</summary>
    private static readonly string[] Headers = ["nip", "name", "employmentType", "sex", "birthDate", "rank", "positionCode", "unitCode"];

    internal static ImportTable Table(IReadOnlyList<EmployeeImportRow> rows) => new(Headers, rows.Select((r, i) => new ImportTable.Row(i + 1,
        [r.Nip, r.Name, r.EmploymentType?.ToString(), r.Sex?.ToString(), r.BirthDate?.ToString("yyyy-MM-dd"), r.Rank, r.PositionCode, r.UnitCode])).ToList());

    /// <summary>
    /// Delegates to the <c>employees</c> import kind (one engine behind both addresses), atomically. The answer keeps its
    /// shape: <c>created</c> = inserted, <c>updated</c> = updated + unchanged (a known NIP, as before); field errors keep
    /// their names rows[i].field with i counted from 0.
    /// </summary>
    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, EmployeeImportResponse>
    {
        public async ValueTask<EmployeeImportResponse> Handle(Command cmd, CancellationToken ct)
        {
            var rows = cmd.Body.Rows!;
            var ctx = new ImportContext(db, await user.TenantId(ct), clock.GetUtcNow(), cmd.Text ?? new ImportText(false), user.Name);
            ImportReport report;
            try { report = await RunImport.Execute(RunImport.KindOf("employees"), Table(rows), cmd.Body.DryRun, ImportMode.Atomic, ctx, ct); }
            catch (ImportRejectedException r)
            {
                throw new ValidationException(r.Report.Errors.Select(e => new ValidationFailure($"rows[{e.Row - 1}].{e.Column}", e.Message)));
            }
            var updated = report.Updated + report.Unchanged;
            audit.Touch("Employee", null);
            audit.Data = new { Rows = rows.Count, Created = report.Inserted, Updated = updated, cmd.Body.DryRun };
            return new EmployeeImportResponse { Rows = rows.Count, Created = report.Inserted, Updated = updated, DryRun = cmd.Body.DryRun };
        }
    }

    /// <summary>An import row replaces the employee's data (a spreadsheet is the source of truth for what it lists) and reactivates them.</summary>
    [Sql] internal const string Overwrite = """
        UPDATE Employees SET Name = @Name, EmploymentType = @EmploymentType, Sex = @Sex, BirthDate = @BirthDate, Rank = @Rank,
               PositionId = @PositionId, UnitId = @UnitId, IsActive = 1, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId
        """;
}
