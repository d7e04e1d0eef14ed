using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

/// <summary>Create and update share one validator and one unit check; they differ only in INSERT against versioned UPDATE.</summary>
public sealed class PositionRequestValidator : AbstractValidator<PositionRequest>
{
    public PositionRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode jabatan wajib diisi.").MaximumLength(50);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama jabatan wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Type).NotNull().WithMessage("Jenis jabatan wajib diisi.").IsInEnum();
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Unit kerja wajib diisi.");
        RuleFor(r => r.ManagerialLevel).NotNull().When(r => r.Type == PositionType.Fungsional)
            .WithMessage("Level manajerial wajib diisi untuk jabatan fungsional.");
        RuleFor(r => r.ManagerialLevel).InclusiveBetween(1, 5).When(r => r.ManagerialLevel is not null)
            .WithMessage("Level manajerial 1 sampai 5.");
    }
}

internal static class PositionRules
{
    [Sql] internal const string ActiveUnit = "SELECT COUNT(*) FROM Units WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";

    public static async Task EnsureUnit(Db db, Guid tenantId, Guid unitId, CancellationToken ct)
    {
        if (await db.Scalar<int>(ActiveUnit, new { Id = unitId, TenantId = tenantId }, ct) == 0)
            throw Invalid.Field("unitId", "Unit kerja tidak ditemukan atau tidak aktif.");
    }

    public static int Level(PositionRequest r) => r.ManagerialLevel ?? PositionLevels.DefaultFor(r.Type!.Value)!.Value;
}

public static class CreatePosition
{
    public sealed record Command(PositionRequest Body) : ICommand<PositionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PositionRequestValidator());
    }

    [Sql] internal const string Insert = """
        INSERT INTO Positions (Id, TenantId, UnitId, Code, Name, Type, ManagerialLevel, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @UnitId, @Code, @Name, @Type, @Level, 1, 1, @Now, @Now)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            await PositionRules.EnsureUnit(db, tenantId, b.UnitId!.Value, ct);
            var id = Guid.NewGuid();
            await db.Execute(Insert, new { Id = id, TenantId = tenantId, b.UnitId, Code = b.Code!.Trim(), Name = b.Name!.Trim(), Type = b.Type!.Value.ToString(), Level = PositionRules.Level(b), Now = clock.GetUtcNow() }, ct);
            audit.Touch("Position", id);
            return await mediator.Send(new GetPosition.Query(id), ct);
        }
    }
}

public static class UpdatePosition
{
    public sealed record Command(Guid Id, PositionRequest Body, int? IfMatch) : ICommand<PositionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PositionRequestValidator());
    }

    [Sql] internal const string Version = "SELECT Version FROM Positions WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Update = """
        UPDATE Positions SET UnitId = @UnitId, Code = @Code, Name = @Name, Type = @Type, ManagerialLevel = @Level,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await db.Single<int?>(Version, new { cmd.Id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Jabatan", cmd.Id);
            if (cmd.IfMatch is { } expected && expected != version) throw new PreconditionFailedException(version);
            var b = cmd.Body;
            await PositionRules.EnsureUnit(db, tenantId, b.UnitId!.Value, ct);
            if (await db.Execute(Update, new { cmd.Id, TenantId = tenantId, b.UnitId, Code = b.Code!.Trim(), Name = b.Name!.Trim(), Type = b.Type!.Value.ToString(), Level = PositionRules.Level(b), Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            audit.Touch("Position", cmd.Id);
            return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
        }
    }
}

public static class DeactivatePosition
{
    public sealed record Command(Guid Id, int? IfMatch) : ICommand<PositionResponse>;

    [Sql] internal const string Deactivate = """
        UPDATE Positions SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await db.Single<int?>(UpdatePosition.Version, new { cmd.Id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Jabatan", cmd.Id);
            if (cmd.IfMatch is { } expected && expected != version) throw new PreconditionFailedException(version);
            if (await db.Execute(Deactivate, new { cmd.Id, TenantId = tenantId, Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            audit.Touch("Position", cmd.Id);
            return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
        }
    }
}
