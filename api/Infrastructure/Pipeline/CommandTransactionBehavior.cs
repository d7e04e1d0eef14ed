using System.Text.Json;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Infrastructure.Pipeline;

/// <summary>What a command touched, set by its handler, for the audit row.</summary>
public sealed class AuditTrail
{
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    /// <summary>Replaces the default audit payload (the command itself), e.g. to leave secrets out.</summary>
    public object? Data { get; set; }

    /// <summary>
    /// For anonymous commands (a public survey submission), which have no tenant or name in a token: the tenant
    /// whose record they wrote and how to name the actor, so the tenant's audit log shows them.
    /// </summary>
    public Guid? TenantId { get; set; }
    public string? Actor { get; set; }

    /// <summary>The command changed nothing (e.g. deactivating what is already inactive): no audit row.</summary>
    public bool Unchanged { get; private set; }

    public void Touch(string entityType, object? entityId)
    {
        EntityType = entityType;
        EntityId = entityId?.ToString();
    }

    public void NothingChanged() => Unchanged = true;
}

/// <summary>
/// Every command runs in one transaction and leaves one append-only audit row (who, when, what,
/// which record) in that same transaction: a command that fails leaves neither data nor audit.
/// </summary>
public sealed class CommandTransactionBehavior<TMessage, TResponse>(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IBaseCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Sql] internal const string InsertAudit = """
        INSERT INTO AuditLog (TenantId, At, Actor, Action, EntityType, EntityId, Data)
        VALUES (@TenantId, @At, @Actor, @Action, @EntityType, @EntityId, @Data)
        """;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Guid? tenantId = null;
        try { tenantId = await user.TenantId(cancellationToken); } catch (ForbiddenException) { /* national or system command */ }

        await using var tx = await db.Begin(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            var action = typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name;
            if (!audit.Unchanged)
            {
                await db.Execute(InsertAudit, new
                {
                    TenantId = tenantId ?? audit.TenantId,
                    At = clock.GetUtcNow(),
                    Actor = audit.Actor ?? user.Name,
                    Action = action,
                    EntityType = audit.EntityType ?? action,
                    audit.EntityId,
                    Data = JsonSerializer.Serialize(audit.Data ?? message, audit.Data?.GetType() ?? typeof(TMessage), Json),
                }, cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
            return response;
        }
        finally
        {
            db.EndTransaction();
        }
    }
}
