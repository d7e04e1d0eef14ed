using System.Data.Common;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>
/// Records an employee's appraisal for a period. The predicate is computed from the two ratings by the matrix
/// (<see cref="Skp.Predicate"/>); the request has no predicate field, so one sent along is ignored.
/// </summary>
public static class CreateAppraisal
{
    public sealed record Command(PerformanceAppraisalRequest Body) : ICommand<PerformanceAppraisalResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PerformanceAppraisalRequestValidator());
    }

    [Sql] internal const string Employee = """
        SELECT e.UnitId, e.IsActive FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @EmployeeId AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal const string Existing = "SELECT Predicate FROM PerformanceAppraisals WHERE TenantId = @TenantId AND PeriodId = @PeriodId AND EmployeeId = @EmployeeId";

    [Sql] internal const string Insert = """
        INSERT INTO PerformanceAppraisals (Id, TenantId, EmployeeId, PeriodId, ResultsRating, BehaviourRating, Predicate, Notes, AppraisedBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @EmployeeId, @PeriodId, @ResultsRating, @BehaviourRating, @Predicate, @Notes, @By, 1, @Now, @Now)
        """;

    internal sealed class EmployeeRow
    {
        public Guid UnitId { get; init; }
        public bool IsActive { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, PerformanceAppraisalResponse>
    {
        public async ValueTask<PerformanceAppraisalResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            var key = new { TenantId = tenantId, EmployeeId = b.EmployeeId!.Value, PeriodId = b.PeriodId!.Value, Scope = await user.UnitScope(ct) };
            var employee = await db.Single<EmployeeRow>(Employee, key, ct) ?? throw new NotFoundException("Pegawai", b.EmployeeId);
            if (!employee.IsActive) throw Invalid.Field("employeeId", "Pegawai tidak aktif tidak dapat dinilai.");
            var period = await AppraisalSql.LoadPeriod(db, tenantId, b.PeriodId.Value, ct);
            if (await db.Single<string>(Existing, key, ct) is { } predicate) throw AlreadyAppraised(period.Name, predicate);

            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            try
            {
                await db.Execute(Insert, new
                {
                    Id = id, TenantId = tenantId, key.EmployeeId, key.PeriodId, ResultsRating = b.ResultsRating!.Value.ToString(), BehaviourRating = b.BehaviourRating!.Value.ToString(),
                    Predicate = Skp.Predicate(b.ResultsRating.Value, b.BehaviourRating.Value).ToString(), Notes = Blank(b.Notes), By = user.Name, Now = now,
                }, ct);
            }
            // Two appraisers of the same person at once: the unique index decides, the loser gets the same 409.
            catch (DbException e) when (ProblemMapping.IsUniqueViolation(e)) { throw AlreadyAppraised(period.Name, null); }
            await AppraisalRollups.RefreshUnits(db, tenantId, [employee.UnitId], ct);
            audit.Touch("PerformanceAppraisal", id);
            return await AppraisalSql.Load(db, user, tenantId, id, ct);
        }
    }

    private static ConflictException AlreadyAppraised(string period, string? predicate) => new(
        $"Pegawai ini sudah dinilai untuk periode {period}{(predicate is null ? "" : $" (predikat {Skp.Label(Enum.Parse<SkpPredicate>(predicate))})")}: koreksi penilaian yang ada, jangan membuat yang kedua.",
        "employeeId", "alreadyAppraised");

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
