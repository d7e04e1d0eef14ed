using AsnApi.Features.Shared;

namespace AsnApi.Features.Imports;

/// <summary>
/// The one place where an employee import (the file kind and the older JSON endpoint) brings the read models up to date
/// after its writes, in its transaction, for the employees it wrote only: <see cref="ImportContext.Touched"/> are the
/// updated ones (facts rebuilt, set-based), <see cref="ImportContext.Created"/> the new ones (no assessments, so no facts),
/// <see cref="ImportContext.Units"/> the units they left or joined (rollups recomputed per unit); then the employee copies (need names, JP standings). Another read model kept
/// per employee adds its refresh here.
/// </summary>
public static class EmployeeImportRefresh
{
    public static async Task Run(ImportContext ctx, CancellationToken ct)
    {
        await CompetencyFacts.RefreshEmployees(ctx.Db, ctx.TenantId, ctx.Touched, ctx.Units, ct);
        // Names, employment types and reactivation feed the copies the needs and below-target lists sort by; a new
        // employee has a JP standing (zero earned) in every year with entries, though no facts.
        await EmployeeCopies.Refresh(ctx.Db, ctx.TenantId, [.. ctx.Touched, .. ctx.Created], ct);
    }
}
