using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>
/// Predicates of a period in the caller's scope or a sub-tree: counts, shares of the appraised, and the active
/// employees without an appraisal. Read from the rollups (<see cref="AppraisalDistribution"/>), flat in tenant size.
/// </summary>
public static class GetAppraisalDistribution
{
    public sealed record Query(Guid? PeriodId, Guid? UnderUnitId) : IQuery<AppraisalDistributionResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PeriodId).NotEmpty().WithMessage("Periode penilaian wajib diisi.");
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, AppraisalDistributionResponse>
    {
        public async ValueTask<AppraisalDistributionResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var period = await AppraisalSql.LoadPeriod(db, tenantId, query.PeriodId!.Value, ct);
            var path = await user.UnitScope(ct);
            if (query.UnderUnitId is { } under)
            {
                await UnitTree.EnsureVisible(db, user, under, ct);
                path = (await UnitTree.SubtreePattern(db, tenantId, under, ct))!;
            }
            var f = await AppraisalDistribution.ForScope(db, tenantId, path, period.Id, ct);
            return new AppraisalDistributionResponse
            {
                PeriodId = period.Id, PeriodName = period.Name, UnderUnitId = query.UnderUnitId,
                EmployeesInScope = f.EmployeesInScope, Appraised = f.Appraised, WithoutAppraisal = f.WithoutAppraisal, Predicates = f.Predicates,
            };
        }
    }
}
