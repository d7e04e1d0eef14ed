using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>One employee's year: target by employment type, JP earned, what is left, and every credit behind it.</summary>
public static class GetEmployeeJpLedger
{
    public sealed record Query(Guid EmployeeId, int? Year) : IQuery<EmployeeJpLedgerResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun 2000 sampai 2100.");
    }

    internal sealed class EmployeeRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Nip { get; init; } = "";
        public EmploymentType EmploymentType { get; init; }
    }

    [Sql] internal const string Employee = """
        SELECT e.Id, e.Name, e.Nip, e.EmploymentType
        FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    /// <summary>Entries shown for one year (the contract's maxItems); the figures count them all.</summary>
    public const int MaxEntries = 1000;

    // The session of an enrollment, for a link; an entry whose source is gone still shows (LEFT JOIN).
    [Sql] internal static string Entries(ISqlDialect d) => $"""
        SELECT l.Id, l.EntryDate AS Date, l.Form, l.Jp, l.Source, l.Title, l.SourceId, en.SessionId
        FROM JpLedgerEntries l LEFT JOIN TrainingEnrollments en ON en.Id = l.SourceId AND l.Source = 'Enrollment'
        WHERE l.TenantId = @TenantId AND l.EmployeeId = @Id AND l.Year = @Year
        ORDER BY l.EntryDate, l.Id {d.Paging}
        """;

    /// <summary>The year's figures, kept per employee by JpLedgerRollups beside the entries (no row: nothing earned).</summary>
    [Sql] internal const string Year = "SELECT EarnedJp, ClassroomJp FROM JpEmployeeYears WHERE TenantId = @TenantId AND EmployeeId = @Id AND Year = @Year";

    internal sealed class YearRow
    {
        public int EarnedJp { get; init; }
        public int ClassroomJp { get; init; }
    }

    internal sealed class EntryRow
    {
        public Guid Id { get; init; }
        public DateOnly Date { get; init; }
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
        public JpLedgerSource Source { get; init; }
        public string Title { get; init; } = "";
        public Guid SourceId { get; init; }
        public Guid? SessionId { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, EmployeeJpLedgerResponse>
    {
        public async ValueTask<EmployeeJpLedgerResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var year = query.Year ?? clock.GetUtcNow().Year;
            var employee = await db.Single<EmployeeRow>(Employee, new { Id = query.EmployeeId, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
                ?? throw new NotFoundException("Pegawai", query.EmployeeId);
            var key = new { Id = employee.Id, TenantId = tenantId, Year = year, Skip = 0, Take = MaxEntries };
            var rows = await db.Query<EntryRow>(Entries(db.Dialect), key, ct);
            var figures = await db.Single<YearRow>(Year, key, ct) ?? new YearRow();
            var target = (await TrainingSettings.Load(db, tenantId, ct)).TargetFor(employee.EmploymentType);
            var (earned, classroom) = (figures.EarnedJp, figures.ClassroomJp);
            return new EmployeeJpLedgerResponse
            {
                EmployeeId = employee.Id, EmployeeName = employee.Name, Nip = employee.Nip, EmploymentType = employee.EmploymentType, Year = year,
                TargetJp = target, EarnedJp = earned, RemainingJp = TrainingRules.RemainingJp(target, earned), ReachedTarget = earned >= target,
                ClassroomJp = classroom, ClassroomSharePercent = TrainingRules.SharePercent(classroom, earned),
                Entries = rows.Select(r => new JpLedgerEntryResponse
                {
                    Id = r.Id, Date = r.Date, Form = r.Form, FormLabel = ActivityForms.Label(r.Form), IsClassroom = DevelopmentRules.IsClassroom(r.Form), Jp = r.Jp,
                    Source = r.Source, Title = r.Title, SessionId = r.SessionId,
                    EnrollmentId = r.Source == JpLedgerSource.Enrollment ? r.SourceId : null,
                    ExternalActivityId = r.Source == JpLedgerSource.ExternalActivity ? r.SourceId : null,
                }).ToList(),
            };
        }
    }
}
