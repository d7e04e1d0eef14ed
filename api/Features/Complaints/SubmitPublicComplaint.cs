using AsnApi.Contracts;
using AsnApi.Features.Survey;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>
/// A complaint from the public form, without signing in. Idempotent by the form's submissionId like the survey:
/// one upsert whose update never applies decides, so of racing retries one inserts and the others read its row and
/// answer the same tracking code.
/// </summary>
public static class SubmitPublicComplaint
{
    public sealed record Command(string TenantCode, PublicComplaintRequest Body) : ICommand<Result>;

    public sealed record Result(PublicComplaintReceipt Receipt, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PublicComplaintValidator());
    }

    [Sql] internal const string Stored = """
        SELECT c.TrackingCode, c.ReceivedAt, c.Type, c.Text, c.ServiceUnitId, su.Name AS ServiceUnitName
        FROM Complaints c JOIN ServiceUnits su ON su.Id = c.ServiceUnitId WHERE c.TenantId = @TenantId AND c.SubmissionId = @SubmissionId
        """;

    internal sealed class StoredRow
    {
        public string TrackingCode { get; init; } = "";
        public DateTimeOffset ReceivedAt { get; init; }
        public string Type { get; init; } = "";
        public string Text { get; init; } = "";
        public Guid ServiceUnitId { get; init; }
        public string ServiceUnitName { get; init; } = "";
    }

    internal sealed class Handler(Db db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var b = cmd.Body;
            var su = await db.Single<SurveySql.PublicUnitRow>(SurveySql.PublicUnit, new { cmd.TenantCode, Slug = b.ServiceUnitSlug!.Trim().ToLowerInvariant() }, ct)
                ?? (await db.Scalar<int>(TenantExists, new { cmd.TenantCode }, ct) == 0 ? throw new NotFoundException("Instansi") : throw Invalid.Field("serviceUnitSlug", "Unit layanan tidak ditemukan."));
            var key = new { su.TenantId, SubmissionId = b.SubmissionId!.Value };
            if (await db.Single<StoredRow>(Stored, key, ct) is { } earlier) return Replay(su, b, earlier);

            var (deadlines, _) = await ComplaintSql.LoadSettings(db, su.TenantId, ct);
            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            var row = ComplaintSql.NewRow(su.TenantId, id, b.SubmissionId.Value, su.Id, ComplaintChannel.Web, b.Type!.Value, CreateComplaint.Blank(b.Category), b.Text!, null,
                CreateComplaint.Blank(b.ReporterName), CreateComplaint.Blank(b.ReporterContact), now, deadlines);
            if (await db.Execute(ComplaintSql.InsertOnce(db.Dialect), row, ct) == 0)
                return Replay(su, b, (await db.Single<StoredRow>(Stored, key, ct))!); // another retry won the race
            await db.Execute(ComplaintSql.InsertEvent, new { EventId = Guid.NewGuid(), su.TenantId, ComplaintId = id, Version = 1, Status = nameof(ComplaintStatus.Received), At = now, Actor = "publik", Response = (string?)null }, ct);

            audit.TenantId = su.TenantId;
            audit.Actor = "publik";
            audit.Touch("Complaint", id);
            // Text and reporter stay out of the log: free text from the internet and contacts are personal data.
            audit.Data = new { cmd.TenantCode, b.ServiceUnitSlug, b.SubmissionId, b.Type, b.Category };
            var stored = (await db.Single<StoredRow>(Stored, key, ct))!;
            return new Result(new PublicComplaintReceipt { TrackingCode = stored.TrackingCode, ServiceUnitName = su.Name, ReceivedAt = now }, true);
        }

        private Result Replay(SurveySql.PublicUnitRow su, PublicComplaintRequest b, StoredRow earlier)
        {
            if (earlier.ServiceUnitId != su.Id || earlier.Type != b.Type.ToString() || earlier.Text != b.Text)
                throw new ConflictException("submissionId ini sudah dipakai untuk pengaduan lain; buat UUID baru untuk setiap pengaduan.", "submissionId");
            audit.NothingChanged();
            return new Result(new PublicComplaintReceipt { TrackingCode = earlier.TrackingCode, ServiceUnitName = earlier.ServiceUnitName, ReceivedAt = earlier.ReceivedAt }, false);
        }
    }

    [Sql] internal const string TenantExists = "SELECT COUNT(*) FROM Tenants WHERE Code = @TenantCode";
}
