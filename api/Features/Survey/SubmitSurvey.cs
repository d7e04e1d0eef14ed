using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Survey;

/// <summary>
/// A survey filled in on a phone, without signing in. Idempotent by the form's submissionId: the row is
/// inserted only if the tenant has no row with that id, in one statement (SQLite's write transaction and SQL
/// Server's MERGE … HOLDLOCK make it atomic), so of two racing retries one inserts and the other reads the
/// first one's row; both answer the same result and the response is counted once.
/// </summary>
public static class SubmitSurvey
{
    public sealed record Command(string TenantCode, string Slug, SurveySubmissionRequest Body) : ICommand<Result>;

    /// <summary>The answer, and whether this call stored it (false: a retry of one stored before).</summary>
    public sealed record Result(SurveySubmissionResponse Response, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new SurveySubmissionValidator());
    }

    private static readonly string[] Keys = ["TenantId", "SubmissionId"];
    private static readonly string[] Rest = SurveySql.Columns.Split(", ").Where(c => !Keys.Contains(c)).ToArray();

    /// <summary>Insert unless the tenant has this submissionId: an upsert whose update never applies.</summary>
    [Sql] internal static string InsertOnce(ISqlDialect d) => d.Upsert("SurveyResponses", Keys, Rest, _ => "1 = 0");

    [Sql] internal const string Stored = """
        SELECT ServiceUnitId, ReceivedAt, ServiceType, S1, S2, S3, S4, S5, S6, S7, S8, S9
        FROM SurveyResponses WHERE TenantId = @TenantId AND SubmissionId = @SubmissionId
        """;

    internal sealed class StoredRow
    {
        public Guid ServiceUnitId { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public string ServiceType { get; init; } = "";
        public int S1 { get; init; }
        public int S2 { get; init; }
        public int S3 { get; init; }
        public int S4 { get; init; }
        public int S5 { get; init; }
        public int S6 { get; init; }
        public int S7 { get; init; }
        public int S8 { get; init; }
        public int S9 { get; init; }
        public int[] Scores => [S1, S2, S3, S4, S5, S6, S7, S8, S9];
    }

    internal sealed class Handler(Db db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var su = await db.Single<SurveySql.PublicUnitRow>(SurveySql.PublicUnit, new { cmd.TenantCode, cmd.Slug }, ct) ?? throw new NotFoundException("Unit layanan");
            var b = cmd.Body;
            var key = new { TenantId = su.TenantId, SubmissionId = b.SubmissionId!.Value };
            // A retry answers what the first call stored, even if the survey closed in between.
            if (await db.Single<StoredRow>(Stored, key, ct) is { } earlier) return Replay(su, b, earlier);

            if (!su.SurveyOpen) throw new ConflictException($"Survei {su.Name} sedang ditutup; jawaban tidak dapat diterima.");
            var offered = ServiceTypeList.Parse(su.ServiceTypes);
            var serviceType = SurveyAnswerRules.Offered(offered, b.ServiceType) ?? throw Invalid.Field("serviceType", SurveyAnswerRules.NotOffered(offered));

            var now = clock.GetUtcNow();
            var day = SurveyRollups.DayOf(now);
            var row = SurveySql.Row(su.TenantId, su.Id, b.SubmissionId.Value, nameof(SurveyChannel.Online), day, now, serviceType, b.Scores!, b.Respondent, b.Suggestion, null);
            if (await db.Execute(InsertOnce(db.Dialect), row, ct) == 0)
                return Replay(su, b, (await db.Single<StoredRow>(Stored, key, ct))!); // another retry won the race
            await SurveyRollups.Refresh(db, su.TenantId, su.Id, day, day, ct);

            audit.TenantId = su.TenantId;
            audit.Actor = "publik";
            audit.Touch("SurveyResponse", b.SubmissionId);
            // The suggestion and the profile stay out of the log: free text from the internet may carry personal data.
            audit.Data = new { cmd.TenantCode, cmd.Slug, b.SubmissionId, ServiceType = serviceType, b.Scores };
            return new Result(new SurveySubmissionResponse { SubmissionId = b.SubmissionId.Value, ServiceUnitName = su.Name, ReceivedAt = now }, true);
        }

        private Result Replay(SurveySql.PublicUnitRow su, SurveySubmissionRequest b, StoredRow earlier)
        {
            // The same id with other answers is not a retry: a form that reuses ids would otherwise lose responses silently.
            if (earlier.ServiceUnitId != su.Id || !earlier.Scores.SequenceEqual(b.Scores!) || !string.Equals(earlier.ServiceType, b.ServiceType?.Trim(), StringComparison.OrdinalIgnoreCase))
                throw new ConflictException("submissionId ini sudah dipakai untuk jawaban lain; buat UUID baru untuk setiap pengisian.", "submissionId");
            audit.NothingChanged();
            return new Result(new SurveySubmissionResponse { SubmissionId = b.SubmissionId!.Value, ServiceUnitName = su.Name, ReceivedAt = earlier.ReceivedAt }, false);
        }
    }
}
