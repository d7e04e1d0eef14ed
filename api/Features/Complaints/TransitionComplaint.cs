using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>
/// verify, start, resolve, close, reject: one step of the flow at the version If-Match names, recorded in the
/// history with who, when and the reporter-facing text. The first step out of Received stops the first-response
/// clock; resolve or reject stops the resolution clock. Verify may mark a field check: the longer deadline then applies.
/// </summary>
public static class TransitionComplaint
{
    public sealed record Command(Guid Id, ComplaintAction Action, ComplaintTransitionRequest Body, int IfMatch) : ICommand<ComplaintResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull().SetValidator(new ComplaintTransitionValidator());
            RuleFor(c => c.Body.Response).NotEmpty().When(c => c.Body is not null && ComplaintRules.NeedsResponse(c.Action))
                .WithName("response").OverridePropertyName("response")
                .WithMessage(c => c.Action == ComplaintAction.Reject ? "Alasan penolakan wajib diisi: pelapor membacanya." : "Jawaban penyelesaian wajib diisi: pelapor membacanya.");
            RuleFor(c => c.Body.NeedsFieldCheck).Null().When(c => c.Body is not null && c.Action != ComplaintAction.Verify)
                .OverridePropertyName("needsFieldCheck").WithMessage("Pemeriksaan lapangan hanya ditetapkan saat verifikasi.");
        }
    }

    [Sql] internal const string Visible = "SELECT c.Status, c.Version, c.ReceivedAt, c.ReceivedOn, c.FirstResponseAt FROM Complaints c JOIN ServiceUnits su ON su.Id = c.ServiceUnitId JOIN Units u ON u.Id = su.UnitId WHERE c.Id = @Id AND c.TenantId = @TenantId AND u.Path LIKE @Scope";

    [Sql] internal const string Update = """
        UPDATE Complaints SET Status = @Status, NeedsFieldCheck = @NeedsFieldCheck, ResolutionDue = @ResolutionDue,
               FirstResponseAt = @FirstResponseAt, FirstResponseMinutes = @FirstResponseMinutes,
               ResolvedAt = @ResolvedAt, ResolvedOn = @ResolvedOn, ResolutionMinutes = @ResolutionMinutes,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    [Sql] internal const string Stored = "SELECT NeedsFieldCheck, ResolutionDue, ResolvedAt, ResolvedOn, ResolutionMinutes, FirstResponseMinutes FROM Complaints WHERE Id = @Id AND TenantId = @TenantId";

    internal sealed class StateRow
    {
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public DateOnly ReceivedOn { get; init; }
        public DateTimeOffset? FirstResponseAt { get; init; }
    }

    internal sealed class StoredRow
    {
        public bool NeedsFieldCheck { get; init; }
        public DateOnly ResolutionDue { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public DateOnly? ResolvedOn { get; init; }
        public int? ResolutionMinutes { get; init; }
        public int? FirstResponseMinutes { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ComplaintResponse>
    {
        public async ValueTask<ComplaintResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var state = await db.Single<StateRow>(Visible, new { cmd.Id, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct) ?? throw new NotFoundException("Pengaduan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, state.Version);
            var from = Enum.Parse<ComplaintStatus>(state.Status);
            var to = ComplaintRules.Next(from, cmd.Action)
                ?? throw new ConflictException($"Pengaduan berstatus {ComplaintRules.Label(from)} tidak dapat di-{cmd.Action.ToString().ToLowerInvariant()}.");
            var stored = (await db.Single<StoredRow>(Stored, key, ct))!;
            var (deadlines, _) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            var now = clock.GetUtcNow();
            var minutes = (int)Math.Max(0, (now - state.ReceivedAt).TotalMinutes);
            var fieldCheck = cmd.Action == ComplaintAction.Verify ? cmd.Body.NeedsFieldCheck ?? false : stored.NeedsFieldCheck;
            var first = ComplaintRules.IsFirstResponse(from);
            var settles = ComplaintRules.Settles(to);
            await db.Guarded(Update, new
            {
                cmd.Id, TenantId = tenantId, Status = to.ToString(), NeedsFieldCheck = fieldCheck,
                ResolutionDue = cmd.Action == ComplaintAction.Verify ? ComplaintRules.ResolutionDue(state.ReceivedOn, fieldCheck, deadlines) : stored.ResolutionDue,
                FirstResponseAt = first ? now : state.FirstResponseAt, FirstResponseMinutes = first ? minutes : stored.FirstResponseMinutes,
                ResolvedAt = settles ? now : stored.ResolvedAt, ResolvedOn = settles ? ComplaintSql.DayOf(now) : stored.ResolvedOn,
                ResolutionMinutes = settles ? minutes : stored.ResolutionMinutes, state.Version, Now = now,
            }, ComplaintSql.Current, key, "Pengaduan", ct);
            await db.Execute(ComplaintSql.InsertEvent, new
            {
                EventId = Guid.NewGuid(), TenantId = tenantId, ComplaintId = cmd.Id, Version = state.Version + 1, Status = to.ToString(), At = now, Actor = user.Name,
                Response = CreateComplaint.Blank(cmd.Body.Response),
            }, ct);
            audit.Touch("Complaint", cmd.Id);
            audit.Data = new { Action = cmd.Action.ToString(), From = from.ToString(), To = to.ToString(), NeedsFieldCheck = fieldCheck };
            return await mediator.Send(new GetComplaint.Query(cmd.Id), ct);
        }
    }
}
