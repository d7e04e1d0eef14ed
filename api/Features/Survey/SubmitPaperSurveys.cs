using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Survey;

/// <summary>
/// Paper forms typed in by staff: up to 1,000 in one call, all stored or none (one transaction), each error
/// named by its place (responses[i].field). The rollup days the batch touches are rebuilt once, from the responses.
/// </summary>
public static class SubmitPaperSurveys
{
    public const int MaxResponses = 1000;

    public sealed record Command(Guid ServiceUnitId, PaperSurveyBatchRequest Body) : ICommand<PaperSurveyBatchResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.Responses).NotEmpty().WithMessage("Isi minimal satu jawaban survei.")
                .MaxItems(MaxResponses).WithMessage($"Paling banyak {MaxResponses:N0} jawaban sekaligus.".Replace(',', '.')).When(c => c.Body is not null);
            RuleForEach(c => c.Body.Responses).NotNull().WithMessage("Jawaban tidak boleh kosong (null).")
                .SetValidator(new PaperSurveyResponseValidator(clock)).When(c => c.Body?.Responses is { Count: <= MaxResponses });
        }
    }

    [Sql] internal const string Unit = """
        SELECT su.ServiceTypes FROM ServiceUnits su JOIN Units u ON u.Id = su.UnitId
        WHERE su.Id = @Id AND su.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, PaperSurveyBatchResponse>
    {
        public async ValueTask<PaperSurveyBatchResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var types = await db.Single<string>(Unit, new { Id = cmd.ServiceUnitId, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
                ?? throw new NotFoundException("Unit layanan", cmd.ServiceUnitId);
            var offered = ServiceTypeList.Parse(types);
            var responses = cmd.Body.Responses!;
            var chosen = responses.Select(r => SurveyAnswerRules.Offered(offered, r.ServiceType)).ToList();
            var failures = chosen.Select((t, i) => (t, i)).Where(x => x.t is null)
                .Select(x => new ValidationFailure($"responses[{x.i}].serviceType", SurveyAnswerRules.NotOffered(offered))).ToList();
            if (failures.Count > 0) throw new ValidationException(failures);

            var now = clock.GetUtcNow();
            var rows = responses.Select((r, i) => SurveySql.Row(tenantId, cmd.ServiceUnitId, Guid.NewGuid(), nameof(SurveyChannel.Paper), r.RespondedOn!.Value, now,
                chosen[i]!, r.Scores!, r.Respondent, r.Suggestion, user.Name)).ToList();
            await db.Execute(SurveySql.Insert, rows, ct); // one prepared statement, run per row inside the command's transaction
            await SurveyRollups.Refresh(db, tenantId, cmd.ServiceUnitId, responses.Min(r => r.RespondedOn!.Value), responses.Max(r => r.RespondedOn!.Value), ct);

            audit.Touch("ServiceUnit", cmd.ServiceUnitId);
            audit.Data = new { cmd.ServiceUnitId, Responses = responses.Count, From = responses.Min(r => r.RespondedOn), To = responses.Max(r => r.RespondedOn) };
            return new PaperSurveyBatchResponse { ServiceUnitId = cmd.ServiceUnitId, Accepted = responses.Count };
        }
    }
}
