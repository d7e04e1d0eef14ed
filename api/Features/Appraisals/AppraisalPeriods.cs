using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>Creates an appraisal period; a body with only a year is that calendar year.</summary>
public static class CreateAppraisalPeriod
{
    public sealed record Command(AppraisalPeriodRequest Body) : ICommand<AppraisalPeriodResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new AppraisalPeriodRequestValidator());
    }

    [Sql] internal const string Insert = """
        INSERT INTO AppraisalPeriods (Id, TenantId, Name, StartDate, EndDate, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Name, @StartDate, @EndDate, 1, @Now, @Now)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AppraisalPeriodResponse>
    {
        public async ValueTask<AppraisalPeriodResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            var (name, start, end) = AppraisalSql.PeriodValues(cmd.Body);
            await AppraisalSql.EnsurePeriodFree(db, tenantId, id, name, start, end, ct);
            await db.Execute(Insert, new { Id = id, TenantId = tenantId, Name = name, StartDate = start, EndDate = end, Now = clock.GetUtcNow() }, ct);
            audit.Touch("AppraisalPeriod", id);
            return await AppraisalSql.LoadPeriod(db, tenantId, id, ct);
        }
    }
}

/// <summary>Renames or re-dates a period; the dates may not leave out an appraisal already recorded in it (they name the period, not a day).</summary>
public static class UpdateAppraisalPeriod
{
    public sealed record Command(Guid Id, AppraisalPeriodRequest Body, int IfMatch) : ICommand<AppraisalPeriodResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new AppraisalPeriodRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE AppraisalPeriods SET Name = @Name, StartDate = @StartDate, EndDate = @EndDate, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AppraisalPeriodResponse>
    {
        public async ValueTask<AppraisalPeriodResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var before = await AppraisalSql.LoadPeriod(db, tenantId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, before.Version);
            var (name, start, end) = AppraisalSql.PeriodValues(cmd.Body);
            await AppraisalSql.EnsurePeriodFree(db, tenantId, cmd.Id, name, start, end, ct);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, Name = name, StartDate = start, EndDate = end, before.Version, Now = clock.GetUtcNow() },
                AppraisalSql.CurrentPeriod, new { cmd.Id, TenantId = tenantId }, "Periode penilaian", ct);
            audit.Touch("AppraisalPeriod", cmd.Id);
            var after = await AppraisalSql.LoadPeriod(db, tenantId, cmd.Id, ct);
            audit.Data = new { before, after };
            return after;
        }
    }
}

/// <summary>Deletes a period created by mistake; one with appraisals is history and stays (409).</summary>
public static class DeleteAppraisalPeriod
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<Unit>;

    [Sql] internal const string Delete = """
        DELETE FROM AppraisalPeriods WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
          AND NOT EXISTS (SELECT 1 FROM PerformanceAppraisals a WHERE a.PeriodId = AppraisalPeriods.Id)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await AppraisalSql.LoadPeriod(db, tenantId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            if (current.AppraisalCount > 0)
                throw new ConflictException($"Periode {current.Name} sudah berisi {current.AppraisalCount} penilaian kinerja dan tidak dapat dihapus.", null, "inUse");
            await db.Guarded(Delete, new { cmd.Id, TenantId = tenantId, current.Version }, AppraisalSql.CurrentPeriod, new { cmd.Id, TenantId = tenantId }, "Periode penilaian", ct);
            audit.Touch("AppraisalPeriod", cmd.Id);
            audit.Data = current;
            return Unit.Value;
        }
    }
}

public static class GetAppraisalPeriod
{
    public sealed record Query(Guid Id) : IQuery<AppraisalPeriodResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, AppraisalPeriodResponse>
    {
        public async ValueTask<AppraisalPeriodResponse> Handle(Query query, CancellationToken ct) => await AppraisalSql.LoadPeriod(db, await user.TenantId(ct), query.Id, ct);
    }
}

/// <summary>A tenant has one period a year or so: a handful of rows, served by (TenantId, StartDate).</summary>
public static class ListAppraisalPeriods
{
    public sealed record Query(int? Page, int? PageSize, int? Year, string? Sort) : IQuery<Paged<AppraisalPeriodResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["start"] = "p.StartDate", ["name"] = "p.Name" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool year, string orderBy)
    {
        var where = new List<string> { "p.TenantId = @TenantId" };
        // A period belongs to a year when it touches it.
        if (year) where.Add("p.StartDate <= @YearEnd AND p.EndDate >= @YearStart");
        return (Listing.Count("AppraisalPeriods p", where), Listing.Select(d, AppraisalSql.PeriodColumns, "AppraisalPeriods p", where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, Listing.OrderBy(s, Sorts, "-start", "p.Id")); return new[] { c, q }; });

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun 2000 sampai 2100.");
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AppraisalPeriodResponse>>
    {
        public async ValueTask<Paged<AppraisalPeriodResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.Year is not null, Listing.OrderBy(query.Sort, Sorts, "-start", "p.Id"));
            var (yearStart, yearEnd) = query.Year is { } y ? Domain.Skp.Annual(y) : default;
            var args = new { TenantId = await user.TenantId(ct), YearStart = yearStart, YearEnd = yearEnd, Skip = skip, Take = size };
            return Listing.Page(await db.Query<AppraisalPeriodResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
