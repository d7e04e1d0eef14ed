using AsnApi.Contracts;
using AsnApi.Features.ServiceUnits;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Effectiveness;

/// <summary>
/// The tenant's reaction questionnaires. The built-in Indonesian one is listed first and is read-only; a tenant
/// starts its own by copying it (the dashboard fills the form with its items). A template that has answers keeps
/// its items (409 templateInUse: copy it), so the per-item figures always mean the statements that were asked.
/// </summary>
public static class ListReactionTemplates
{
    public sealed record Query : IQuery<IReadOnlyList<ReactionTemplateResponse>>;

    /// <summary>A tenant keeps a handful of questionnaires; <see cref="CreateReactionTemplate.MaxTemplates"/> bounds the list.</summary>
    [Sql] internal const string All = "SELECT Id, Name, IsDefault, Version FROM ReactionTemplates WHERE TenantId = @TenantId ORDER BY Name, Id";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<ReactionTemplateResponse>>
    {
        public async ValueTask<IReadOnlyList<ReactionTemplateResponse>> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var heads = await db.Query<EffectivenessSql.TemplateHead>(All, new { TenantId = tenantId }, ct);
            var list = new List<ReactionTemplateResponse> { EffectivenessSql.BuiltIn(!heads.Any(h => h.IsDefault)) };
            foreach (var h in heads) list.Add(await EffectivenessSql.Template(db, tenantId, h, ct));
            return list;
        }
    }
}

public static class GetReactionTemplate
{
    public sealed record Query(Guid Id) : IQuery<ReactionTemplateResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, ReactionTemplateResponse>
    {
        public async ValueTask<ReactionTemplateResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var head = await db.Single<EffectivenessSql.TemplateHead>(EffectivenessSql.TemplateRow, new { query.Id, TenantId = tenantId }, ct)
                ?? throw new NotFoundException(EffectivenessSql.TemplateResource, query.Id);
            return await EffectivenessSql.Template(db, tenantId, head, ct);
        }
    }
}

internal static class ReactionTemplateWrites
{
    [Sql] internal const string NameTaken = "SELECT COUNT(*) FROM ReactionTemplates WHERE TenantId = @TenantId AND Name = @Name AND Id <> @Id";
    [Sql] internal const string ClearDefault = "UPDATE ReactionTemplates SET IsDefault = 0, Version = Version + 1, UpdatedAt = @Now WHERE TenantId = @TenantId AND IsDefault = 1 AND Id <> @Id";
    [Sql] internal const string ClearItems = "DELETE FROM ReactionTemplateItems WHERE TemplateId = @Id AND TenantId = @TenantId";
    [Sql] internal const string InsertItem = "INSERT INTO ReactionTemplateItems (TemplateId, Position, TenantId, Text) VALUES (@Id, @Position, @TenantId, @Text)";

    public static async Task CheckName(Db db, Guid tenantId, Guid id, string name, CancellationToken ct)
    {
        if (await db.Scalar<int>(NameTaken, new { TenantId = tenantId, Name = name, Id = id }, ct) > 0)
            throw new ConflictException($"Nama kuesioner \"{name}\" sudah dipakai.", field: "name");
    }

    public static List<string> Items(ReactionTemplateRequest b) => ListText.Cleaned(b.Items!);

    public static async Task WriteItems(Db db, Guid tenantId, Guid id, IReadOnlyList<string> items, CancellationToken ct)
    {
        await db.Execute(ClearItems, new { Id = id, TenantId = tenantId }, ct);
        await db.Execute(InsertItem, items.Select((t, i) => new { Id = id, Position = i + 1, TenantId = tenantId, Text = t }), ct);
    }
}

public static class CreateReactionTemplate
{
    public const int MaxTemplates = 50;

    public sealed record Command(ReactionTemplateRequest Body) : ICommand<ReactionTemplateResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ReactionTemplateRequestValidator());
    }

    [Sql] internal const string Count = "SELECT COUNT(*) FROM ReactionTemplates WHERE TenantId = @TenantId";
    [Sql] internal const string Insert = """
        INSERT INTO ReactionTemplates (Id, TenantId, Name, IsDefault, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Name, @IsDefault, 1, @Now, @Now)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ReactionTemplateResponse>
    {
        public async ValueTask<ReactionTemplateResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            var b = cmd.Body;
            if (await db.Scalar<int>(Count, new { TenantId = tenantId }, ct) >= MaxTemplates)
                throw new ConflictException($"Paling banyak {MaxTemplates} kuesioner reaksi per instansi; ubah yang sudah ada.");
            await ReactionTemplateWrites.CheckName(db, tenantId, id, b.Name!, ct);
            var now = clock.GetUtcNow();
            if (b.IsDefault == true) await db.Execute(ReactionTemplateWrites.ClearDefault, new { TenantId = tenantId, Id = id, Now = now }, ct);
            await db.Execute(Insert, new { Id = id, TenantId = tenantId, Name = b.Name!, IsDefault = b.IsDefault == true, Now = now }, ct);
            await ReactionTemplateWrites.WriteItems(db, tenantId, id, ReactionTemplateWrites.Items(b), ct);
            audit.Touch("ReactionTemplate", id);
            return await mediator.Send(new GetReactionTemplate.Query(id), ct);
        }
    }
}

public static class UpdateReactionTemplate
{
    public sealed record Command(Guid Id, ReactionTemplateRequest Body, int IfMatch) : ICommand<ReactionTemplateResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ReactionTemplateRequestValidator());
    }

    [Sql] internal const string Current = "SELECT Version FROM ReactionTemplates WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string Update = """
        UPDATE ReactionTemplates SET Name = @Name, IsDefault = @IsDefault, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ReactionTemplateResponse>
    {
        public async ValueTask<ReactionTemplateResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(Current, key, ct) ?? throw new NotFoundException(EffectivenessSql.TemplateResource, cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var b = cmd.Body;
            var items = ReactionTemplateWrites.Items(b);
            var stored = await db.Query<ReactionItemResponse>(EffectivenessSql.TemplateItems, key, ct);
            var itemsChanged = !stored.Select(i => i.Text).SequenceEqual(items);
            if (itemsChanged && await db.Scalar<int>(EffectivenessSql.AnswerCount, key, ct) > 0)
                throw new ConflictException("Kuesioner ini sudah dijawab: pernyataannya tidak dapat diubah. Salin kuesioner ini dan ubah salinannya.",
                    field: "items", reason: EffectivenessSql.Reasons.TemplateInUse);
            await ReactionTemplateWrites.CheckName(db, tenantId, cmd.Id, b.Name!, ct);
            var now = clock.GetUtcNow();
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, Name = b.Name!, IsDefault = b.IsDefault == true, current.Version, Now = now }, Current, key, EffectivenessSql.TemplateResource, ct);
            if (b.IsDefault == true) await db.Execute(ReactionTemplateWrites.ClearDefault, new { TenantId = tenantId, cmd.Id, Now = now }, ct);
            if (itemsChanged) await ReactionTemplateWrites.WriteItems(db, tenantId, cmd.Id, items, ct);
            audit.Touch("ReactionTemplate", cmd.Id);
            return await mediator.Send(new GetReactionTemplate.Query(cmd.Id), ct);
        }
    }
}

/// <summary>
/// Which questionnaire a session asks with: one of the tenant's, or null for the tenant's default. A setting of the
/// session, so it names the session's version (If-Match) and moves it on; the answer's ETag is the session's new version.
/// </summary>
public static class SetSessionReactionTemplate
{
    public sealed record Command(Guid SessionId, SessionReactionTemplateRequest Body, int IfMatch) : ICommand<Result>;

    public sealed record Result(ReactionTemplateResponse Template, int SessionVersion);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull();
    }

    [Sql] internal const string SessionVersion = "SELECT Version FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";
    [Sql] internal const string TouchSession = "UPDATE TrainingSessions SET Version = Version + 1, UpdatedAt = @Now WHERE Id = @SessionId AND TenantId = @TenantId AND Version = @Version";
    [Sql] internal const string SessionAnswers = "SELECT COUNT(*) FROM ReactionAnswers WHERE TenantId = @TenantId AND SessionId = @SessionId";
    [Sql] internal const string TemplateExists = "SELECT COUNT(*) FROM ReactionTemplates WHERE Id = @TemplateId AND TenantId = @TenantId";
    [Sql] internal const string Clear = "DELETE FROM SessionReactionTemplates WHERE SessionId = @SessionId AND TenantId = @TenantId";
    [Sql] internal const string Insert = "INSERT INTO SessionReactionTemplates (SessionId, TenantId, TemplateId) VALUES (@SessionId, @TenantId, @TemplateId)";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.SessionId, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(SessionVersion, key, ct) ?? throw new NotFoundException("Angkatan", cmd.SessionId);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var args = new { cmd.SessionId, TenantId = tenantId, cmd.Body.TemplateId, current.Version, Now = clock.GetUtcNow() };
            if (cmd.Body.TemplateId is not null && await db.Scalar<int>(TemplateExists, args, ct) == 0)
                throw Invalid.Field("templateId", "Kuesioner tidak ditemukan di instansi ini.");
            var before = await EffectivenessSql.ForSession(db, tenantId, cmd.SessionId, ct);
            await db.Execute(Clear, args, ct);
            if (cmd.Body.TemplateId is not null) await db.Execute(Insert, args, ct);
            var after = await EffectivenessSql.ForSession(db, tenantId, cmd.SessionId, ct);
            if (before.Id == after.Id)
            {
                audit.NothingChanged();
                return new Result(after, current.Version);
            }
            if (await db.Scalar<int>(SessionAnswers, args, ct) > 0)
                throw new ConflictException("Angkatan ini sudah memiliki jawaban kuesioner reaksi: kuesionernya tidak dapat diganti.",
                    field: "templateId", reason: EffectivenessSql.Reasons.TemplateInUse);
            await db.Guarded(TouchSession, args, SessionVersion, key, "Angkatan", ct);
            audit.Touch("TrainingSession", cmd.SessionId);
            return new Result(after, current.Version + 1);
        }
    }
}
