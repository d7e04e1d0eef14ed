using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>The tenant's complaint deadlines; the domain defaults (version 0) until a tenant admin changes them.</summary>
public static class GetComplaintSettings
{
    public sealed record Query : IQuery<ComplaintSettingsDto>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, ComplaintSettingsDto>
    {
        public async ValueTask<ComplaintSettingsDto> Handle(Query query, CancellationToken ct)
        {
            var (d, version) = await ComplaintSql.LoadSettings(db, await user.TenantId(ct), ct);
            return UpdateComplaintSettings.ToDto(d, version);
        }
    }
}

/// <summary>New deadlines apply to complaints received from now on; a complaint keeps the due days it was given.</summary>
public static class UpdateComplaintSettings
{
    public sealed record Command(ComplaintSettingsDto Body, int IfMatch) : ICommand<ComplaintSettingsDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).Custom((body, ctx) =>
        {
            if (body is null) { ctx.AddFailure(new ValidationFailure("body", "Isi pengaturan wajib diisi.")); return; }
            foreach (var (field, message) in From(body).Problems()) ctx.AddFailure(new ValidationFailure(field, message));
        });
    }

    public static ComplaintDeadlines From(ComplaintSettingsDto b)
    {
        var d = ComplaintDeadlines.Default;
        return new(b.FirstResponseDays ?? d.FirstResponseDays, b.ResolutionDays ?? d.ResolutionDays, b.FieldCheckDays ?? d.FieldCheckDays, b.EscalateAfterDays ?? d.EscalateAfterDays);
    }

    public static ComplaintSettingsDto ToDto(ComplaintDeadlines d, int version) => new()
    {
        FirstResponseDays = d.FirstResponseDays, ResolutionDays = d.ResolutionDays, FieldCheckDays = d.FieldCheckDays, EscalateAfterDays = d.EscalateAfterDays, Version = version,
    };

    /// <summary>The tenant's row is created on the first change (version 0 → 1); after that it is only overwritten at the version If-Match named.</summary>
    [Sql]
    internal static string Upsert(ISqlDialect d) => d.Upsert("ComplaintSettings", ["TenantId"],
        ["FirstResponseDays", "ResolutionDays", "FieldCheckDays", "EscalateAfterDays", "Version", "UpdatedAt"], t => $"{t}.Version = @Expected");

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ComplaintSettingsDto>
    {
        public async ValueTask<ComplaintSettingsDto> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var (_, version) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            Versioning.Expect(cmd.IfMatch, version);
            var d = From(cmd.Body);
            await db.Guarded(Upsert(db.Dialect), new
            {
                TenantId = tenantId, d.FirstResponseDays, d.ResolutionDays, d.FieldCheckDays, d.EscalateAfterDays, Version = version + 1, UpdatedAt = clock.GetUtcNow(), Expected = version,
            }, ComplaintSql.Settings, new { TenantId = tenantId }, "Pengaturan pengaduan", ct);
            audit.Touch("ComplaintSetting", tenantId);
            audit.Data = d;
            return ToDto(d, version + 1);
        }
    }
}
