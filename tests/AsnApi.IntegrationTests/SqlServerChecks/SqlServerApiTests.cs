using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests.SqlServerChecks;

/// <summary>
/// The flows that exercise every dialect difference (paging, upsert, concatenation in the unit move,
/// type handlers, window functions, the read model), over HTTP against a real SQL Server 2022.
/// </summary>
[Collection(SqlServerCollection.Name)]
public class SqlServerApiTests(SqlServerFixture sql)
{
    private ApiFactory Api()
    {
        Skip.If(sql.Unavailable is not null, "SQL Server tests need a Docker engine: " + sql.Unavailable);
        return sql.Api!;
    }

    [SkippableFact]
    public async Task Health_sign_in_and_paged_sorted_searched_lists()
    {
        var api = Api();
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health")).StatusCode);
        var admin = await api.As("admin@tpi");
        var page2 = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?page=2&pageSize=10&sort=-nip");
        Assert.Equal(10, page2.Items.Count);
        Assert.True(page2.Total >= 200);
        Assert.Equal(page2.Items.Select(e => e.Nip).OrderDescending(StringComparer.Ordinal), page2.Items.Select(e => e.Nip));
        var someone = page2.Items[0];
        Assert.Contains((await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={someone.Nip[..10]}")).Items, e => e.Id == someone.Id);
        Assert.Equal(someone.BirthDate, (await admin.Get<EmployeeResponse>($"/api/v1/employees/{someone.Id}")).BirthDate);
    }

    [SkippableFact]
    public async Task Create_update_with_etag_duplicate_and_tenant_isolation()
    {
        var api = Api();
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var request = TestData.Employee(position);
        var created = await (await admin.Post("/api/v1/employees", request)).Read<EmployeeResponse>(HttpStatusCode.Created);
        await (await admin.Post("/api/v1/employees", request)).Problem(HttpStatusCode.Conflict, "nip");
        await (await admin.Put($"/api/v1/employees/{created.Id}", request, ifMatch: 1)).Read<EmployeeResponse>();
        await (await admin.Put($"/api/v1/employees/{created.Id}", request, ifMatch: 1)).Problem(HttpStatusCode.PreconditionFailed);
        await (await (await api.As("admin@jmb")).GetAsync($"/api/v1/employees/{created.Id}")).Problem(HttpStatusCode.NotFound);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=Employee&entityId={created.Id}");
        Assert.Equal(2, audit.Total);
    }

    [SkippableFact]
    public async Task Moving_a_unit_re_roots_its_sub_tree()
    {
        var admin = await Api().As("admin@tpi");
        string Code() => "SQL" + Guid.NewGuid().ToString("N")[..6];
        var a = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "A" })).Read<UnitResponse>(HttpStatusCode.Created);
        var b = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "B", ParentId = a.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var c = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "C", ParentId = b.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var root = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "R" })).Read<UnitResponse>(HttpStatusCode.Created);
        var moved = await (await admin.Put($"/api/v1/units/{b.Id}", new UnitRequest { Code = b.Code, Name = "B", ParentId = root.Id })).Read<UnitResponse>();
        var cAfter = await admin.Get<UnitResponse>($"/api/v1/units/{c.Id}");
        Assert.Equal(moved.Path + c.Id + "/", cAfter.Path);
        Assert.Equal(2, cAfter.Depth);
    }

    [SkippableFact]
    public async Task Assessments_profiles_aggregates_and_needs()
    {
        var admin = await Api().As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Administrator&active=true&pageSize=1");
        await (await admin.Put($"/api/v1/positions/{position}/standard", new PositionStandardRequest { Items = [] })).Read<PositionStandardResponse>();
        var employee = await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
        var results = NationalCompetencies.All.Select(n => new AssessmentResultRequest { CompetencyId = n.Id, Level = n.Code == "M.3" ? 1 : 3 }).ToList();
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest { EmployeeId = employee.Id, AssessedOn = new DateOnly(2025, 5, 5), Method = AssessmentMethod.AssessmentCenter, Results = results }))
            .Read<AssessmentResponse>(HttpStatusCode.Created);
        // A back-dated assessment does not replace the newer result (the MERGE's condition).
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employee.Id, AssessedOn = new DateOnly(2020, 1, 1), Method = AssessmentMethod.Portfolio,
            Results = [new() { CompetencyId = NationalCompetencies.IdOf("M.3"), Level = 5 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);

        var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{employee.Id}/competency-profile");
        Assert.Equal(92.59m, profile.JpmRounded);
        Assert.Equal(1, profile.Items.Single(i => i.Code == "M.3").AssessedLevel);

        var distribution = await admin.Get<JpmDistributionResponse>("/api/v1/competency-analytics/jpm-distribution");
        Assert.True(distribution.Fit.Sum(f => f.Employees) > 0);
        Assert.NotEmpty((await admin.Get<HeatmapResponse>("/api/v1/competency-analytics/heatmap")).Cells);
        Assert.NotEmpty(await admin.Get<List<CompetencyGapSummary>>("/api/v1/competency-analytics/largest-gaps"));
        var generated = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2035 })).Read<GenerateNeedsResponse>();
        Assert.True(generated.Created > 0);
        Assert.Equal(1, (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2035&employeeId={employee.Id}")).Total);
    }
}
