using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Employees;

public static class GetEmployee
{
    public sealed record Query(Guid Id) : IQuery<EmployeeResponse>;

    [Sql] internal const string Sql = $"SELECT {EmployeeSql.Columns} FROM {EmployeeSql.From} WHERE e.Id = @Id AND e.TenantId = @TenantId";

    /// <summary>
    /// A unit head's: the row is found by its id and the sub-tree only filters it. A bare <c>LIKE @Scope</c> would make
    /// SQLite compile the statement again at every run (its LIKE optimisation plans with the bound pattern); as an
    /// expression the pattern is just a filter, and the compiled statement is reused.
    /// </summary>
    [Sql] internal const string Scoped = Sql + " AND u.Path LIKE COALESCE(@Scope, '')";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await user.UnitScope(ct);
            return await db.Single<EmployeeResponse>(scope == "%" ? Sql : Scoped, new { query.Id, TenantId = await user.TenantId(ct), Scope = scope, ShowPersonal = user.CanSeePersonalData }, ct)
                ?? throw new NotFoundException("Pegawai", query.Id);
        }
    }
}
