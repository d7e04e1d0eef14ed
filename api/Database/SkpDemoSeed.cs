using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Appraisals;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Demo SKP for each tenant: last year's period with appraisals for about nine in ten employees (mostly Baik, a few
/// of every other predicate, so the distribution and the performance needs show), and this year's period, still empty,
/// for entering appraisals. Deterministic per tenant; sent through the features' own INSERT statements.
/// </summary>
internal static class SkpDemoSeed
{
    // (results, behaviour, weight): about 10 % Sangat Baik, 70 % Baik, 12 % Butuh Perbaikan, 4 % Kurang/Misconduct, 4 % Sangat Kurang.
    private static readonly (SkpRating Results, SkpRating Behaviour, int Weight)[] Cells =
    [
        (SkpRating.DiAtasEkspektasi, SkpRating.DiAtasEkspektasi, 10),
        (SkpRating.SesuaiEkspektasi, SkpRating.SesuaiEkspektasi, 55),
        (SkpRating.DiAtasEkspektasi, SkpRating.SesuaiEkspektasi, 10),
        (SkpRating.SesuaiEkspektasi, SkpRating.DiAtasEkspektasi, 5),
        (SkpRating.DiBawahEkspektasi, SkpRating.SesuaiEkspektasi, 10),
        (SkpRating.DiBawahEkspektasi, SkpRating.DiAtasEkspektasi, 2),
        (SkpRating.SesuaiEkspektasi, SkpRating.DiBawahEkspektasi, 4),
        (SkpRating.DiBawahEkspektasi, SkpRating.DiBawahEkspektasi, 4),
    ];

    public static async Task Seed(Db db, int index, Guid tenantId, IReadOnlyList<Guid> employees, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(9100 + index);
        var lastYear = now.Year - 1;
        var last = Guid.NewGuid();
        foreach (var (id, year) in new[] { (last, lastYear), (Guid.NewGuid(), now.Year) })
        {
            var (start, end) = Skp.Annual(year);
            await db.Execute(CreateAppraisalPeriod.Insert, new { Id = id, TenantId = tenantId, Name = $"SKP {year}", StartDate = start, EndDate = end, Now = now }, ct);
        }

        var total = Cells.Sum(c => c.Weight);
        var rows = new List<object>();
        foreach (var employeeId in employees)
        {
            if (random.Next(10) == 0) continue;
            var pick = random.Next(total);
            var cell = Cells.First(c => (pick -= c.Weight) < 0);
            var predicate = Skp.Predicate(cell.Results, cell.Behaviour);
            rows.Add(new
            {
                Id = Guid.NewGuid(), TenantId = tenantId, EmployeeId = employeeId, PeriodId = last, ResultsRating = cell.Results.ToString(), BehaviourRating = cell.Behaviour.ToString(),
                Predicate = predicate.ToString(), Notes = predicate == SkpPredicate.KurangMisconduct ? "Perilaku kerja perlu pembinaan atasan langsung." : (string?)null,
                By = "demo", Now = now,
            });
        }
        await db.Execute(CreateAppraisal.Insert, rows, ct);
        await AppraisalRollups.RefreshTenant(db, tenantId, ct);
    }
}
