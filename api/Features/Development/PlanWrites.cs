using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Features.Development;

/// <summary>What create and update share: the employee in the caller's scope, the competencies and needs, and replacing the items.</summary>
internal static class PlanWrites
{
    [Sql]
    internal static string NeedsOf(ISqlDialect d) =>
        $"SELECT Id FROM DevelopmentNeeds WHERE TenantId = @TenantId AND EmployeeId = @EmployeeId AND Status <> 'Rejected' AND Id IN ({d.IdsIn("@Ids")})";
    [Sql] internal const string ItemsOfPlan = """
        SELECT pi.Id, pi.ActivityName, CASE WHEN EXISTS (SELECT 1 FROM EvaluationActions a WHERE a.PlanItemId = pi.Id) THEN 1 ELSE 0 END AS InUse
        FROM DevelopmentPlanItems pi WHERE pi.PlanId = @PlanId AND pi.TenantId = @TenantId
        """;
    [Sql] internal const string DeleteItem = "DELETE FROM DevelopmentPlanItems WHERE Id = @Id AND PlanId = @PlanId AND TenantId = @TenantId";
    [Sql] internal const string UpdateItem = """
        UPDATE DevelopmentPlanItems SET CompetencyId = @CompetencyId, NeedId = @NeedId, TargetLevel = @TargetLevel, Form = @Form, ActivityName = @ActivityName,
            PlannedJp = @PlannedJp, DueDate = @DueDate, Position = @Position
        WHERE Id = @Id AND PlanId = @PlanId AND TenantId = @TenantId
        """;
    internal const string InsertItem = Shared.PlanRecords.InsertItem;

    public static async Task Check(Db db, CurrentUser user, Guid tenantId, DevelopmentPlanRequest b, CancellationToken ct)
    {
        await DevelopmentSql.EnsureEmployeeInScope(db, user, b.EmployeeId!.Value, "employeeId", ct);
        var failures = new List<ValidationFailure>();
        var items = b.Items!;
        var usable = await CompetencyDictionary.Active(db, tenantId, items.Select(i => i.CompetencyId!.Value), ct);
        var needIds = items.Where(i => i.NeedId is not null).Select(i => i.NeedId!.Value).Distinct().ToList();
        var needs = needIds.Count == 0 ? [] : (await db.Query<Guid>(NeedsOf(db.Dialect), new { TenantId = tenantId, b.EmployeeId, Ids = SqlIds.Json(needIds) }, ct)).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!usable.Contains(item.CompetencyId!.Value))
                failures.Add(new($"items[{i}].competencyId", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
            if (item.NeedId is { } need && !needs.Contains(need))
                failures.Add(new($"items[{i}].needId", "Kebutuhan pengembangan tidak ditemukan untuk pegawai ini."));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    /// <summary>
    /// Writes the plan's items as the request lists them. An item that names its <c>id</c> (one of this plan's) is updated
    /// in place, so what refers to it (an evaluation cycle's follow-up action) still does; the others are new rows; the
    /// plan's items the request leaves out are deleted, unless a follow-up action names one (409 on items). Bounded by the
    /// 50 items a plan may have.
    /// </summary>
    public static async Task ReplaceItems(Db db, Guid tenantId, Guid planId, IReadOnlyList<PlanItemRequest> items, CancellationToken ct)
    {
        var key = new { PlanId = planId, TenantId = tenantId };
        var current = (await db.Query<ItemRow>(ItemsOfPlan, key, ct)).ToDictionary(r => r.Id);
        var failures = items.Select((item, i) => (item, i)).Where(x => x.item.Id is { } id && !current.ContainsKey(id))
            .Select(x => new ValidationFailure($"items[{x.i}].id", "Butir ini tidak ada pada rencana ini; kirim tanpa id untuk butir baru.")).ToList();
        if (failures.Count > 0) throw new ValidationException(failures);
        var kept = items.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        var removed = current.Values.Where(r => !kept.Contains(r.Id)).ToList();
        if (removed.FirstOrDefault(r => r.InUse > 0) is { } used)
            throw new ConflictException($"Butir \"{used.ActivityName}\" menjadi tindak lanjut temuan evaluasi, sehingga tidak dapat dihapus dari rencana; ubah isinya bila perlu.",
                "items", "itemInUse");
        if (removed.Count > 0) await db.Execute(DeleteItem, removed.Select(r => new { r.Id, PlanId = planId, TenantId = tenantId }), ct);
        var rows = items.Select((i, n) => new
        {
            Id = i.Id ?? Guid.NewGuid(), PlanId = planId, TenantId = tenantId, CompetencyId = i.CompetencyId!.Value, i.NeedId, TargetLevel = i.TargetLevel!.Value,
            Form = i.Form!.Value.ToString(), ActivityName = i.ActivityName!.Trim(), PlannedJp = i.PlannedJp!.Value, DueDate = i.DueDate!.Value, Position = n, Keep = i.Id is not null,
        }).ToList();
        if (rows.Any(r => r.Keep)) await db.Execute(UpdateItem, rows.Where(r => r.Keep), ct);
        if (rows.Any(r => !r.Keep)) await db.Execute(InsertItem, rows.Where(r => !r.Keep), ct);
    }

    private sealed class ItemRow
    {
        public Guid Id { get; init; }
        public string ActivityName { get; init; } = "";
        public int InUse { get; init; }
    }
}
