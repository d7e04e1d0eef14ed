using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Units;

public static class CreateUnit
{
    public sealed record Command(UnitRequest Body) : ICommand<UnitResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new UnitRequestValidator());
    }

    [Sql] internal const string ParentSql = "SELECT Path, Depth, IsActive FROM Units WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO Units (Id, TenantId, ParentId, Code, Name, Path, Depth, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @ParentId, @Code, @Name, @Path, @Depth, 1, 1, @Now, @Now)
        """;

    internal sealed class ParentRow
    {
        public string Path { get; init; } = "";
        public int Depth { get; init; }
        public bool IsActive { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, UnitResponse>
    {
        public async ValueTask<UnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            var (path, depth) = ("/" + id + "/", 0);
            if (cmd.Body.ParentId is { } parentId)
            {
                var parent = await db.Single<ParentRow>(ParentSql, new { Id = parentId, TenantId = tenantId }, ct);
                if (parent is null || !parent.IsActive) throw Invalid.Field("parentId", "Unit induk tidak ditemukan atau tidak aktif.");
                (path, depth) = (parent.Path + id + "/", parent.Depth + 1);
            }
            await db.Execute(Insert, new { Id = id, TenantId = tenantId, cmd.Body.ParentId, Code = cmd.Body.Code!.Trim(), Name = cmd.Body.Name!.Trim(), Path = path, Depth = depth, Now = clock.GetUtcNow() }, ct);
            audit.Touch("Unit", id);
            return await mediator.Send(new GetUnit.Query(id), ct);
        }
    }
}

public sealed class UnitRequestValidator : AbstractValidator<UnitRequest>
{
    public UnitRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode unit wajib diisi.").MaximumLength(50);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
    }
}
