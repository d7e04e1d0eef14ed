using System.Data.Common;
using System.Security.Cryptography;
using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Effectiveness;

/// <summary>Storing one answer, shared by the staff entry and the participant's link: checks, insert, rollup.</summary>
internal static class ReactionAnswerWrites
{
    [Sql] internal const string Insert = """
        INSERT INTO ReactionAnswers (Id, TenantId, EnrollmentId, SessionId, TemplateId, ScoreSum, ItemCount, Comment, Channel, AnsweredBy, AnsweredAt)
        VALUES (@Id, @TenantId, @EnrollmentId, @SessionId, @TemplateId, @ScoreSum, @ItemCount, @Comment, @Channel, @AnsweredBy, @AnsweredAt)
        """;

    [Sql] internal const string InsertScore = "INSERT INTO ReactionAnswerScores (AnswerId, Position, TenantId, Score) VALUES (@AnswerId, @Position, @TenantId, @Score)";

    public static async Task<ReactionAnswerResponse> Store(Db db, Guid tenantId, EffectivenessSql.EnrollmentState e, ReactionAnswerRequest body,
        ReactionChannel channel, string answeredBy, DateTimeOffset now, CancellationToken ct)
    {
        var template = await EffectivenessSql.ForSession(db, tenantId, e.SessionId, ct);
        var expected = template.Items.Select(i => i.Position).ToHashSet();
        var given = body.Scores!.Select(s => s.Position!.Value).ToHashSet();
        if (!expected.SetEquals(given))
            throw new ValidationException([new ValidationFailure("scores",
                $"Nilai harus diisi untuk setiap pernyataan kuesioner, nomor 1 sampai {template.Items.Count}, masing-masing satu kali.")]);
        var id = Guid.NewGuid();
        var scores = body.Scores!.OrderBy(s => s.Position).Select(s => new ReactionScoreResponse { Position = s.Position!.Value, Score = s.Score!.Value }).ToList();
        var comment = string.IsNullOrWhiteSpace(body.Comment) ? null : body.Comment;
        try
        {
            await db.Execute(Insert, new
            {
                Id = id, TenantId = tenantId, EnrollmentId = e.Id, e.SessionId, TemplateId = template.Id, ScoreSum = scores.Sum(s => s.Score), ItemCount = scores.Count,
                Comment = comment, Channel = channel.ToString(), AnsweredBy = answeredBy, AnsweredAt = now,
            }, ct);
        }
        catch (DbException ex) when (ProblemMapping.IsUniqueViolation(ex)) { throw EffectivenessSql.AlreadyAnswered(); }
        await db.Execute(InsertScore, scores.Select(s => new { AnswerId = id, s.Position, TenantId = tenantId, s.Score }), ct);
        await EffectivenessRollups.RefreshSession(db, tenantId, e.SessionId, ct);
        return new ReactionAnswerResponse
        {
            Id = id, EnrollmentId = e.Id, SessionId = e.SessionId, TemplateId = template.Id, Scores = scores, Mean = scores.Average(s => (double)s.Score),
            Comment = comment, Channel = channel, AnsweredBy = answeredBy, AnsweredAt = now,
        };
    }
}

/// <summary>
/// An answer entered on the participant's behalf: by the supervisor (a unit head whose sub-tree the participant
/// works in), HR (tenant admin) or a write key. One per enrollment: a second is a 409 alreadyAnswered.
/// </summary>
public static class SubmitReaction
{
    public sealed record Command(Guid EnrollmentId, ReactionAnswerRequest Body) : ICommand<ReactionAnswerResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ReactionAnswerRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ReactionAnswerResponse>
    {
        public async ValueTask<ReactionAnswerResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var e = await EffectivenessSql.Enrollment(db, tenantId, await user.UnitScope(ct), cmd.EnrollmentId, ct);
            await EffectivenessSql.EnsureCanAnswer(db, tenantId, e, ct);
            var answer = await ReactionAnswerWrites.Store(db, tenantId, e, cmd.Body, ReactionChannel.Staff, user.Name, clock.GetUtcNow(), ct);
            audit.Touch("ReactionAnswer", answer.Id);
            return answer;
        }
    }
}

/// <summary>
/// A one-time link for the participant: 32 random bytes (base64url), of which only the SHA-256 is stored, valid for
/// <see cref="Days"/> days and for one answer. Issuing a new link retires the unused ones of the same enrollment, so
/// only the latest link handed out works.
/// </summary>
public static class IssueReactionLink
{
    public const int Days = 14;

    public sealed record Command(Guid EnrollmentId) : ICommand<ReactionLinkResponse>;

    [Sql] internal const string RetireUnused = "DELETE FROM ReactionLinks WHERE TenantId = @TenantId AND EnrollmentId = @EnrollmentId AND UsedAt IS NULL";
    [Sql] internal const string Insert = """
        INSERT INTO ReactionLinks (TokenHash, TenantId, EnrollmentId, ExpiresAt, UsedAt, CreatedBy, CreatedAt)
        VALUES (@TokenHash, @TenantId, @EnrollmentId, @ExpiresAt, NULL, @CreatedBy, @Now)
        """;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ReactionLinkResponse>
    {
        public async ValueTask<ReactionLinkResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var e = await EffectivenessSql.Enrollment(db, tenantId, await user.UnitScope(ct), cmd.EnrollmentId, ct);
            await EffectivenessSql.EnsureCanAnswer(db, tenantId, e, ct);
            var token = NewToken();
            var now = clock.GetUtcNow();
            var expires = now.AddDays(Days);
            var args = new { TokenHash = Hash(token), TenantId = tenantId, EnrollmentId = e.Id, ExpiresAt = expires, CreatedBy = user.Name, Now = now };
            await db.Execute(RetireUnused, args, ct);
            await db.Execute(Insert, args, ct);
            audit.Touch("TrainingEnrollment", e.Id);
            audit.Data = new { cmd.EnrollmentId, ExpiresAt = expires };
            return new ReactionLinkResponse { Token = token, Path = $"/reaksi/{token}", ExpiresAt = expires };
        }
    }
}

/// <summary>The participant's side of the link, without sign-in. Unknown, expired or retired tokens are all 404.</summary>
internal static class PublicReaction
{
    public const string Resource = "Tautan kuesioner";
    public const int TokenLength = 43;

    [Sql] internal const string Link = """
        SELECT l.TenantId, l.EnrollmentId, l.ExpiresAt, l.UsedAt FROM ReactionLinks l WHERE l.TokenHash = @TokenHash
        """;

    [Sql] internal const string Use = "UPDATE ReactionLinks SET UsedAt = @Now WHERE TokenHash = @TokenHash AND UsedAt IS NULL AND ExpiresAt > @Now";

    internal sealed class LinkRow
    {
        public Guid TenantId { get; init; }
        public Guid EnrollmentId { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
    }

    /// <summary>A token that cannot be ours (wrong length or alphabet) is a 404 without touching the database.</summary>
    public static bool WellFormed(string token) => token.Length == TokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static async Task<LinkRow> Load(Db db, string token, DateTimeOffset now, CancellationToken ct)
    {
        if (!WellFormed(token)) throw new NotFoundException(Resource);
        var link = await db.Single<LinkRow>(Link, new { TokenHash = IssueReactionLink.Hash(token) }, ct);
        if (link is null || link.ExpiresAt <= now) throw new NotFoundException(Resource);
        if (link.UsedAt is not null)
            throw new ConflictException("Kuesioner ini sudah diisi melalui tautan ini. Terima kasih.", reason: EffectivenessSql.Reasons.LinkUsed);
        return link;
    }
}

public static class GetPublicReactionForm
{
    public sealed record Query(string Token) : IQuery<PublicReactionFormResponse>;

    internal sealed class Handler(Db db, TimeProvider clock) : IQueryHandler<Query, PublicReactionFormResponse>
    {
        public async ValueTask<PublicReactionFormResponse> Handle(Query query, CancellationToken ct)
        {
            var link = await PublicReaction.Load(db, query.Token, clock.GetUtcNow(), ct);
            var e = await EffectivenessSql.Enrollment(db, link.TenantId, "%", link.EnrollmentId, ct);
            var template = await EffectivenessSql.ForSession(db, link.TenantId, e.SessionId, ct);
            return new PublicReactionFormResponse
            {
                TenantName = e.TenantName, ProgramTitle = e.ProgramTitle, SessionName = e.SessionName, StartDate = e.StartDate, EndDate = e.EndDate,
                Items = template.Items, ExpiresAt = link.ExpiresAt,
            };
        }
    }
}

public static class SubmitPublicReaction
{
    public sealed record Command(string Token, ReactionAnswerRequest Body) : ICommand<PublicReactionReceivedResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ReactionAnswerRequestValidator());
    }

    internal sealed class Handler(Db db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, PublicReactionReceivedResponse>
    {
        public async ValueTask<PublicReactionReceivedResponse> Handle(Command cmd, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var link = await PublicReaction.Load(db, cmd.Token, now, ct);
            var e = await EffectivenessSql.Enrollment(db, link.TenantId, "%", link.EnrollmentId, ct);
            await EffectivenessSql.EnsureCanAnswer(db, link.TenantId, e, ct);
            // The link is spent by the same statement that checks it, so two tabs sending at once store one answer.
            if (await db.Execute(PublicReaction.Use, new { TokenHash = IssueReactionLink.Hash(cmd.Token), Now = now }, ct) == 0)
                throw new ConflictException("Kuesioner ini sudah diisi melalui tautan ini. Terima kasih.", reason: EffectivenessSql.Reasons.LinkUsed);
            var answer = await ReactionAnswerWrites.Store(db, link.TenantId, e, cmd.Body, ReactionChannel.Link, "peserta", now, ct);
            audit.TenantId = link.TenantId;
            audit.Actor = "publik";
            audit.Touch("ReactionAnswer", answer.Id);
            // The token is a credential until used: it never enters the log.
            audit.Data = new { answer.EnrollmentId, Channel = ReactionChannel.Link };
            return new PublicReactionReceivedResponse { ReceivedAt = now };
        }
    }
}
