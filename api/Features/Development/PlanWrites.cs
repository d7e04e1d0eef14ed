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
    [Sql] internal const string ClearItems = "DELETE FROM DevelopmentPlanItems WHERE PlanId = @PlanId AND TenantId = @TenantId";
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
