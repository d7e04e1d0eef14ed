using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>
/// The ledger of the tenant or a unit sub-tree for one year, from the rollups (a few rows per unit, whatever the
/// headcount): active employees counted, who reached the target of their employment type, and JP by form.
/// </summary>
public static class GetJpLedgerSummary
{
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType) : IQuery<JpLedgerSummaryResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => JpLedgerScope.Year(this, q => q.Year);
    }

    internal static string ByForm(bool under, bool type) =>
        $"SELECT x.Form, SUM(x.Jp) AS Jp FROM {AnalyticsScope.Rollups("JpFormRollups", under, type)} AND x.Year = @Year GROUP BY x.Form";

    [Sql] internal static IEnumerable<string> AllVariants() => [JpLedgerScope.Counted(true, true), JpLedgerScope.Reached(true, true), ByForm(true, true)];

    internal sealed class FormRow
    {
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, JpLedgerSummaryResponse>
    {
        public async ValueTask<JpLedgerSummaryResponse> Handle(Query query, CancellationToken ct) =>
            await ForScope(db, await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct), query.Year ?? clock.GetUtcNow().Year, ct);
    }

    /// <summary>The ledger of a resolved scope and year; also what an evaluation cycle snapshots.</summary>
    internal static async Task<JpLedgerSummaryResponse> ForScope(Db db, AnalyticsScope scope, int year, CancellationToken ct)
    {
        var targets = await TrainingSettings.Load(db, scope.TenantId, ct);
        var (under, type) = (scope.UnderPath is not null, scope.PositionType is not null);
        var args = new
        {
            scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, Year = year,
            TargetPns = targets.TargetFor(EmploymentType.Pns), TargetPppk = targets.TargetFor(EmploymentType.Pppk),
        };
        var counted = await db.Scalar<int>(JpLedgerScope.Counted(under, type), args, ct);
        var reached = await db.Scalar<int>(JpLedgerScope.Reached(under, type), args, ct);
        var forms = (await db.Query<FormRow>(ByForm(under, type), args, ct)).Where(f => f.Jp > 0).ToList();
        var total = forms.Sum(f => f.Jp);
        var classroom = forms.Where(f => DevelopmentRules.IsClassroom(f.Form)).Sum(f => f.Jp);
        return new JpLedgerSummaryResponse
        {
            Year = year, TargetJpPns = args.TargetPns, TargetJpPppk = args.TargetPppk,
            EmployeesCounted = counted, ReachedTarget = reached, BelowTarget = counted - reached, ReachedSharePercent = TrainingRules.SharePercent(reached, counted),
            TotalJp = total, ClassroomJp = classroom, ClassroomSharePercent = TrainingRules.SharePercent(classroom, total),
            ByForm = forms.OrderBy(f => f.Form).Select(f => new JpByForm
            {
                Form = f.Form, FormLabel = ActivityForms.Label(f.Form), IsClassroom = DevelopmentRules.IsClassroom(f.Form), Jp = f.Jp,
                SharePercent = TrainingRules.SharePercent(f.Jp, total),
            }).ToList(),
        };
    }
}
