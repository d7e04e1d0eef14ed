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

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, UnitResponse>
    {
        public async ValueTask<UnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            var (path, depth) = ("/" + id + "/", 0);
            if (cmd.Body.ParentId is { } parentId)
            {
                var parent = await db.Single<UnitSql.Row>(UnitSql.Current, new { Id = parentId, TenantId = tenantId }, ct);
                if (parent is null || !parent.IsActive) throw Invalid.Field("parentId", "Unit induk tidak ditemukan atau tidak aktif.");
                (path, depth) = (parent.Path + id + "/", parent.Depth + 1);
            }
            await db.Execute(UnitSql.Insert, new { Id = id, TenantId = tenantId, cmd.Body.ParentId, Code = cmd.Body.Code!.Trim(), Name = cmd.Body.Name!.Trim(), Path = path, Depth = depth, Now = clock.GetUtcNow() }, ct);
            audit.Touch("Unit", id);
            return await mediator.Send(new GetUnit.Query(id), ct);
        }
    }
}
