using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>
/// One click from the plan to development-plan items: for every gap of the plan's staff, an item with the competency,
/// its required level as the target and the best ranked program the person has not completed (its form, title and JP),
/// or coaching when no program develops it. Items go into the employee's draft plan of the year, created when there is
/// none. Idempotent: a competency that already has an item in that draft, or a plan no longer in draft, is skipped with
/// the reason, so a second click adds nothing.
/// </summary>
public static class DraftPlanItems
{
    public sealed record Command(Guid ServiceUnitId, DraftPlanItemsRequest Body) : ICommand<DraftPlanItemsResponse>;

    public const int MaxItemsPerPlan = 50;
    /// <summary>A day of coaching when no program develops the competency.</summary>
    public const int CoachingJp = 8;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull().WithMessage("Isi permintaan wajib diisi (boleh {}).");
            RuleFor(c => c.Body.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year").WithMessage("Tahun 2000 sampai 2100.").When(c => c.Body is not null);
        }
    }

    [Sql] internal static string Plans(ISqlDialect d) => $"""
        SELECT Id, EmployeeId, Status FROM DevelopmentPlans
        WHERE TenantId = @TenantId AND Year = @Year AND EmployeeId IN ({d.IdsIn("@Employees")})
        """;

    [Sql] internal static string Items(ISqlDialect d) => $"""
        SELECT PlanId, CompetencyId, Position FROM DevelopmentPlanItems WHERE TenantId = @TenantId AND PlanId IN ({d.IdsIn("@Plans")})
        """;

    [Sql] internal static string Needs(ISqlDialect d) => $"""
        SELECT Id, EmployeeId, CompetencyId FROM DevelopmentNeeds
        WHERE TenantId = @TenantId AND Year = @Year AND Status <> '{nameof(DevelopmentNeedStatus.Rejected)}' AND EmployeeId IN ({d.IdsIn("@Employees")})
        """;

    /// <summary>A draft that gained items has changed: its version moves on, so an editor holding the old ETag re-reads it.</summary>
    [Sql] internal const string Touch = $"""
        UPDATE DevelopmentPlans SET Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Status = '{nameof(DevelopmentPlanStatus.Draft)}'
        """;

    internal sealed class PlanRow
    {
        public Guid Id { get; init; }
        public Guid EmployeeId { get; init; }
        public DevelopmentPlanStatus Status { get; init; }
    }

    internal sealed class ItemRow
    {
        public Guid PlanId { get; init; }
        public Guid CompetencyId { get; init; }
        public int Position { get; init; }
    }

    internal sealed class NeedRow
    {
        public Guid Id { get; init; }
        public Guid EmployeeId { get; init; }
        public Guid CompetencyId { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, DraftPlanItemsResponse>
    {
        public async ValueTask<DraftPlanItemsResponse> Handle(Command cmd, CancellationToken ct)
        {
            var (from, to) = PlanPeriod.Resolve(cmd.Body.From, cmd.Body.To, clock);
            var now = clock.GetUtcNow();
            var year = cmd.Body.Year ?? SurveyRollups.DayOf(now).Year;
            var plan = await ImprovementPlanSql.Build(db, user, cmd.ServiceUnitId, from, to, ct);
            var tenantId = plan.TenantId;
            var created = new List<DraftedPlanItem>();
            var skipped = new List<SkippedPlanItem>();
            var touched = new HashSet<Guid>();
            var newPlans = new HashSet<Guid>();
            var plansCreated = 0;

            if (plan.Gaps.Count > 0)
            {
                var employees = SqlIds.Json(plan.Gaps.Select(g => g.EmployeeId).Distinct());
                var plans = (await db.Query<PlanRow>(Plans(db.Dialect), new { TenantId = tenantId, Year = year, Employees = employees }, ct)).ToDictionary(p => p.EmployeeId);
                var items = plans.Count == 0 ? [] : await db.Query<ItemRow>(Items(db.Dialect), new { TenantId = tenantId, Plans = SqlIds.Json(plans.Values.Select(p => p.Id)) }, ct);
                var existing = items.Select(i => (i.PlanId, i.CompetencyId)).ToHashSet();
                var counts = items.GroupBy(i => i.PlanId).ToDictionary(g => g.Key, g => (Count: g.Count(), Next: g.Max(i => i.Position) + 1));
                var needs = (await db.Query<NeedRow>(Needs(db.Dialect), new { TenantId = tenantId, Year = year, Employees = employees }, ct))
                    .ToDictionary(n => (n.EmployeeId, n.CompetencyId), n => n.Id);
                var competencyNames = plan.Response.Competencies.ToDictionary(c => c.CompetencyId, c => c.Name);
                var title = Truncate($"Rencana perbaikan layanan {plan.Response.ServiceUnitName} {year}", 200);

                foreach (var staff in plan.Response.Staff)
                    foreach (var gap in staff.Gaps)
                    {
                        SkippedPlanItem Skip(string reason) => new()
                        {
                            EmployeeId = staff.EmployeeId, EmployeeName = staff.Name, CompetencyId = gap.CompetencyId, CompetencyName = gap.CompetencyName, Reason = reason,
                        };
                        plans.TryGetValue(staff.EmployeeId, out var existingPlan);
                        if (existingPlan is { Status: not DevelopmentPlanStatus.Draft })
                        {
                            skipped.Add(Skip($"Rencana {year} pegawai ini berstatus {StatusLabels.Of(existingPlan.Status)}; kegiatan baru hanya dapat ditambahkan ke rencana berstatus Draf."));
                            continue;
                        }
                        if (existingPlan is null)
                        {
                            existingPlan = new PlanRow { Id = Guid.NewGuid(), EmployeeId = staff.EmployeeId, Status = DevelopmentPlanStatus.Draft };
                            await db.Execute(PlanRecords.InsertPlan, new { existingPlan.Id, TenantId = tenantId, staff.EmployeeId, Year = year, Title = title, CreatedBy = user.Name, Now = now }, ct);
                            plans[staff.EmployeeId] = existingPlan;
                            plansCreated++;
                            newPlans.Add(existingPlan.Id);
                        }
                        if (existing.Contains((existingPlan.Id, gap.CompetencyId)))
                        {
                            skipped.Add(Skip("Rencana Draf pegawai ini sudah memuat kegiatan untuk kompetensi ini."));
                            continue;
                        }
                        var (count, next) = counts.GetValueOrDefault(existingPlan.Id);
                        if (count >= MaxItemsPerPlan)
                        {
                            skipped.Add(Skip($"Rencana Draf pegawai ini sudah memuat {MaxItemsPerPlan} kegiatan (batas satu rencana)."));
                            continue;
                        }

                        var program = ImprovementPlanRules.Suggest(plan.Ranked, new ImprovementPlanRules.Gap(staff.EmployeeId, gap.CompetencyId, gap.Gap), plan.Completed);
                        var info = program is null ? null : plan.ProgramInfo[program.ProgramId];
                        var form = info?.Form ?? DevelopmentActivityForm.Coaching;
                        var activity = info is null ? Truncate($"Coaching {gap.CompetencyName}", 200) : Truncate($"{info.Title} ({info.Code})", 200);
                        await db.Execute(PlanRecords.InsertItem, new
                        {
                            Id = Guid.NewGuid(), PlanId = existingPlan.Id, TenantId = tenantId, gap.CompetencyId,
                            NeedId = needs.TryGetValue((staff.EmployeeId, gap.CompetencyId), out var need) ? need : (Guid?)null,
                            TargetLevel = gap.RequiredLevel, Form = form.ToString(), ActivityName = activity, PlannedJp = info?.Jp ?? CoachingJp,
                            DueDate = new DateOnly(year, 12, 31), Position = next,
                        }, ct);
                        existing.Add((existingPlan.Id, gap.CompetencyId));
                        counts[existingPlan.Id] = (count + 1, next + 1);
                        if (!newPlans.Contains(existingPlan.Id)) touched.Add(existingPlan.Id);
                        created.Add(new DraftedPlanItem
                        {
                            EmployeeId = staff.EmployeeId, EmployeeName = staff.Name, PlanId = existingPlan.Id, PlanCreated = newPlans.Contains(existingPlan.Id),
                            CompetencyId = gap.CompetencyId, CompetencyName = competencyNames.GetValueOrDefault(gap.CompetencyId, gap.CompetencyName),
                            Form = form, ActivityName = activity, ProgramId = info?.ProgramId,
                        });
                    }
                await db.Execute(Touch, touched.Select(id => new { Id = id, TenantId = tenantId, Now = now }), ct);
            }

            if (created.Count == 0) audit.NothingChanged();
            audit.Touch("ServiceUnit", cmd.ServiceUnitId);
            audit.Data = new { Year = year, From = from, To = to, PlansCreated = plansCreated, Items = created.Select(c => new { c.EmployeeId, c.PlanId, c.CompetencyId, c.ProgramId }), Skipped = skipped.Count };
            return new DraftPlanItemsResponse { ServiceUnitId = cmd.ServiceUnitId, Year = year, PlansCreated = plansCreated, Created = created, Skipped = skipped };
        }

        private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
    }
}
