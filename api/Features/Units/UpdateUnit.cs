using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Units;

/// <summary>Renames or moves a unit. Moving re-roots the unit's whole sub-tree in the same transaction.</summary>
public static class UpdateUnit
{
    public sealed record Command(Guid Id, UnitRequest Body, int IfMatch) : ICommand<UnitResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new UnitRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE Units SET Code = @Code, Name = @Name, ParentId = @ParentId, Path = @Path, Depth = @Depth,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    /// <summary>Swaps the old path prefix of every descendant for the new one.</summary>
    [Sql] internal static string Reroot(ISqlDialect d) => $"""
        UPDATE Units SET Path = {d.Concat("@NewPath", d.SubstringFrom("Path", "@OldLength + 1"))},
               Depth = Depth + @DepthDelta, Version = Version + 1, UpdatedAt = @Now
        WHERE TenantId = @TenantId AND Path LIKE @OldPrefix AND Id <> @Id
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator, IdentityCache identities) : ICommandHandler<Command, UnitResponse>
    {
        public async ValueTask<UnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var row = await db.Single<UnitSql.Row>(UnitSql.Current, key, ct) ?? throw new NotFoundException("Unit kerja", cmd.Id);
            Versioning.Expect(cmd.IfMatch, row.Version);

            var (path, depth) = (row.Path, row.Depth);
            if (cmd.Body.ParentId != row.ParentId)
            {
                if (cmd.Body.ParentId is { } parentId)
                {
                    var parent = await db.Single<UnitSql.Row>(UnitSql.Current, new { Id = parentId, TenantId = tenantId }, ct);
                    if (parent is null || !parent.IsActive) throw Invalid.Field("parentId", "Unit induk tidak ditemukan atau tidak aktif.");
                    if (parent.Path.StartsWith(row.Path, StringComparison.OrdinalIgnoreCase))
                        throw Invalid.Field("parentId", "Unit tidak dapat dipindahkan ke bawah dirinya sendiri.");
                    (path, depth) = (parent.Path + cmd.Id + "/", parent.Depth + 1);
                }
                else (path, depth) = ("/" + cmd.Id + "/", 0);
            }

            var now = clock.GetUtcNow();
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, Code = cmd.Body.Code!.Trim(), Name = cmd.Body.Name!.Trim(), cmd.Body.ParentId, Path = path, Depth = depth, row.Version, Now = now },
                UnitSql.Current, key, "Unit kerja", ct);
            if (path != row.Path)
            {
                await db.Execute(Reroot(db.Dialect), new { TenantId = tenantId, cmd.Id, NewPath = path, OldLength = row.Path.Length, OldPrefix = row.Path + "%", DepthDelta = depth - row.Depth, Now = now }, ct);
                identities.ForgetUnitPaths();
            }

            audit.Touch("Unit", cmd.Id);
            return await mediator.Send(new GetUnit.Query(cmd.Id), ct);
        }
    }
}
