using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Features.Development;

public sealed class DevelopmentPlanRequestValidator : AbstractValidator<DevelopmentPlanRequest>
{
    public DevelopmentPlanRequestValidator()
    {
        RuleFor(r => r.EmployeeId).NotEmpty().WithMessage("Pegawai wajib diisi.");
        RuleFor(r => r.Year).NotNull().WithMessage("Tahun wajib diisi.").InclusiveBetween(2000, 2100).WithMessage("Tahun tidak masuk akal.");
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul rencana wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Items).NotEmpty().WithMessage("Isi minimal satu kegiatan pengembangan.").MaxItems(50).WithMessage("Paling banyak 50 kegiatan.");
        RuleForEach(r => r.Items).NotNull().WithMessage("Kegiatan tidak boleh kosong (null).");
        RuleForEach(r => r.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
            i.RuleFor(x => x.TargetLevel).NotNull().InclusiveBetween(1, 5).WithMessage("Level target 1 sampai 5.");
            i.RuleFor(x => x.Form).NotNull().WithMessage("Bentuk pengembangan wajib diisi.").IsInEnum();
            i.RuleFor(x => x.ActivityName).NotEmpty().WithMessage("Nama kegiatan wajib diisi.").MaximumLength(200);
            i.RuleFor(x => x.PlannedJp).NotNull().InclusiveBetween(1, 1000).WithMessage("JP rencana 1 sampai 1000.");
            i.RuleFor(x => x.DueDate).NotNull().WithMessage("Target waktu wajib diisi.");
        });
        RuleForEach(r => r.Items).Must((r, item) => r.Year is null || item?.DueDate is null || (item.DueDate.Value.Year >= r.Year && item.DueDate.Value.Year <= r.Year + 1))
            .WithMessage("Target waktu harus di tahun rencana atau tahun berikutnya.");
    }
}

/// <summary>What create and update share: the employee in the caller's scope, the competencies and needs, and replacing the items.</summary>
internal static class PlanWrites
{
    [Sql] internal const string ActiveCompetency = "SELECT COUNT(*) FROM Competencies c WHERE c.Id = @Id AND (c.TenantId = @TenantId OR c.TenantId IS NULL) AND c.IsActive = 1";
    [Sql] internal const string NeedOf = "SELECT COUNT(*) FROM DevelopmentNeeds WHERE Id = @Id AND TenantId = @TenantId AND EmployeeId = @EmployeeId AND Status <> 'Rejected'";
    [Sql] internal const string ClearItems = "DELETE FROM DevelopmentPlanItems WHERE PlanId = @PlanId AND TenantId = @TenantId";
    [Sql] internal const string InsertItem = """
        INSERT INTO DevelopmentPlanItems (Id, PlanId, TenantId, CompetencyId, NeedId, TargetLevel, Form, ActivityName, PlannedJp, DueDate, Position)
        VALUES (@Id, @PlanId, @TenantId, @CompetencyId, @NeedId, @TargetLevel, @Form, @ActivityName, @PlannedJp, @DueDate, @Position)
        """;

    public static async Task Check(Db db, CurrentUser user, Guid tenantId, DevelopmentPlanRequest b, CancellationToken ct)
    {
        await DevelopmentSql.EnsureEmployeeInScope(db, user, b.EmployeeId!.Value, "employeeId", ct);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < b.Items!.Count; i++)
        {
            var item = b.Items[i];
            if (await db.Scalar<int>(ActiveCompetency, new { Id = item.CompetencyId, TenantId = tenantId }, ct) == 0)
                failures.Add(new($"items[{i}].competencyId", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
            if (item.NeedId is { } need && await db.Scalar<int>(NeedOf, new { Id = need, TenantId = tenantId, b.EmployeeId }, ct) == 0)
                failures.Add(new($"items[{i}].needId", "Kebutuhan pengembangan tidak ditemukan untuk pegawai ini."));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    public static async Task ReplaceItems(Db db, Guid tenantId, Guid planId, IReadOnlyList<PlanItemRequest> items, CancellationToken ct)
    {
        await db.Execute(ClearItems, new { PlanId = planId, TenantId = tenantId }, ct);
        await db.Execute(InsertItem, items.Select((i, n) => new
        {
            Id = Guid.NewGuid(), PlanId = planId, TenantId = tenantId, CompetencyId = i.CompetencyId!.Value, i.NeedId, TargetLevel = i.TargetLevel!.Value,
            Form = i.Form!.Value.ToString(), ActivityName = i.ActivityName!.Trim(), PlannedJp = i.PlannedJp!.Value, DueDate = i.DueDate!.Value, Position = n,
        }), ct);
    }
}
