using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Employees;

public static class GetEmployee
{
    public sealed record Query(Guid Id) : IQuery<EmployeeResponse>;

    [Sql] internal const string Sql = $"SELECT {EmployeeSql.Columns} FROM {EmployeeSql.From} WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Query query, CancellationToken ct) =>
            await db.Single<EmployeeResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct), ShowPersonal = user.CanSeePersonalData }, ct)
            ?? throw new NotFoundException("Pegawai", query.Id);
    }
}
