using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Riok.Mapperly.Abstractions;

namespace AsnApi.Features.Employees;

/// <summary>
/// Bulk load for HR scripts: up to 5,000 rows keyed by NIP, with units and positions by code. All or
/// nothing: one bad row refuses the batch with field errors named rows[i].field, and nothing is written.
/// A known NIP updates that employee; a new one creates them. dryRun validates and counts only.
/// </summary>
public static class ImportEmployees
{
    public const int MaxRows = 5_000;

    public sealed record Command(EmployeeImportRequest Body) : ICommand<EmployeeImportResponse>;

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

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, EmployeeImportResponse>
    {
        private static readonly EmployeeRequestValidator RowValidator = new();

        public async ValueTask<EmployeeImportResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var args = new { TenantId = tenantId };
            var positions = (await db.Query<CodeRow>(Positions, args, ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
            var units = (await db.Query<CodeRow>(Units, args, ct)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
            var existing = (await db.Query<NipRow>(ExistingNips, args, ct)).ToDictionary(e => e.Nip, e => e.Id);

            var rows = cmd.Body.Rows!;
            var failures = new List<ValidationFailure>();
            var requests = new List<(Guid Id, bool IsNew, EmployeeRequest Request)>();
            var seen = new Dictionary<string, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                Guid? positionId = null, unitId = null;
                if (!string.IsNullOrWhiteSpace(row.PositionCode))
                {
                    if (positions.TryGetValue(row.PositionCode.Trim(), out var p)) (positionId, unitId) = (p.Id, p.UnitId);
                    else failures.Add(new($"rows[{i}].positionCode", $"Kode jabatan {row.PositionCode} tidak ditemukan."));
                }
                if (!string.IsNullOrWhiteSpace(row.UnitCode))
                {
                    if (units.TryGetValue(row.UnitCode.Trim(), out var u)) unitId = u.Id;
                    else failures.Add(new($"rows[{i}].unitCode", $"Kode unit {row.UnitCode} tidak ditemukan."));
                }
                var request = EmployeeImportMapper.ToRequest(row, positionId, unitId);
                foreach (var f in RowValidator.Validate(request).Errors)
                    failures.Add(new($"rows[{i}].{(f.PropertyName == nameof(EmployeeRequest.UnitId) ? "unitCode" : f.PropertyName)}", f.ErrorMessage));

                var nip = Domain.Nip.Normalize(row.Nip);
                if (seen.TryGetValue(nip, out var first)) failures.Add(new($"rows[{i}].nip", $"NIP {nip} sudah ada di baris {first}."));
                else seen[nip] = i;
                var known = existing.TryGetValue(nip, out var id);
                requests.Add((known ? id : Guid.NewGuid(), !known, request));
            }
            if (failures.Count > 0) throw new ValidationException(failures);

            var created = requests.Count(r => r.IsNew);
            audit.Touch("Employee", null);
            audit.Data = new { Rows = rows.Count, Created = created, Updated = rows.Count - created, cmd.Body.DryRun };
            if (!cmd.Body.DryRun)
            {
                var now = clock.GetUtcNow();
                foreach (var (id, isNew, r) in requests)
                {
                    var nip = Domain.Nip.Parse(r.Nip, r.EmploymentType!.Value).Nip!;
                    var values = new
                    {
                        Id = id, TenantId = tenantId, Nip = nip.Value, Name = r.Name!.Trim(), EmploymentType = r.EmploymentType.Value.ToString(),
                        Sex = (r.Sex ?? nip.Sex!.Value).ToString(), BirthDate = nip.BirthDate, Rank = string.IsNullOrWhiteSpace(r.Rank) ? null : r.Rank.Trim(),
                        r.PositionId, r.UnitId, Now = now,
                    };
                    await db.Execute(isNew ? EmployeeSql.Insert : Overwrite, values, ct);
                }
                await CompetencyFacts.RefreshTenant(db, tenantId, ct);
            }
            return new EmployeeImportResponse { Rows = rows.Count, Created = created, Updated = rows.Count - created, DryRun = cmd.Body.DryRun };
        }
    }

    /// <summary>An import row replaces the employee's data (a spreadsheet is the source of truth for what it lists) and reactivates them.</summary>
    [Sql] internal const string Overwrite = """
        UPDATE Employees SET Name = @Name, EmploymentType = @EmploymentType, Sex = @Sex, BirthDate = @BirthDate, Rank = @Rank,
               PositionId = @PositionId, UnitId = @UnitId, IsActive = 1, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId
        """;
}

/// <summary>Import rows become the same request a single create takes, so both pass one validator.</summary>
[Mapper]
public static partial class EmployeeImportMapper
{
    [MapperIgnoreSource(nameof(EmployeeImportRow.PositionCode))]
    [MapperIgnoreSource(nameof(EmployeeImportRow.UnitCode))]
    public static partial EmployeeRequest ToRequest(EmployeeImportRow row, Guid? positionId, Guid? unitId);
}
