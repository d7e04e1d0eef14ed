using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>
/// The API over HTTP against a real SQL Server 2022 (Testcontainers): the flows that exercise the dialect
/// differences (OFFSET/FETCH paging, CONCAT/SUBSTRING in the unit move, MERGE upserts, the type handlers
/// for uniqueidentifier/date/datetimeoffset, rowversion-style ETags, unique-index violations mapped to 409,
/// the aggregates, the enrollment race and the certificate sequence). Skipped, with the reason, where no Docker engine is reachable.
/// </summary>
public class SqlServerApiTests(SqlServerFixture sql) : IClassFixture<SqlServerFixture>
{
    private SqlServerApiFactory Api()
    {
        Skip.If(sql.Unavailable is not null, "SQL Server tests need a Docker engine: " + sql.Unavailable);
        if (sql.StartupError is not null) throw new InvalidOperationException("The API did not start on SQL Server (migrations or demo seed failed).", sql.StartupError);
        return sql.Api!;
    }

    private static string Code() => "SQL" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Task<Guid> APosition(HttpClient c, PositionType type = PositionType.Pelaksana) =>
        c.FirstId<PositionResponse>($"/api/v1/positions?type={type}&active=true&pageSize=1");

    // The enrollment seat counter (one conditional UPDATE) and the unique (session, employee) index under parallel
    // requests, and the certificate sequence (MERGE … OUTPUT here, ON CONFLICT … RETURNING on SQLite).
    [SkippableFact]
    public Task Fifty_parallel_enrollments_for_ten_seats_give_ten_and_forty_409s() => EnrollmentRace.ForSeats(Api(), "admin@tpi");

    [SkippableFact]
    public Task Parallel_duplicate_enrollments_of_one_employee_give_one() => EnrollmentRace.Duplicates(Api(), "admin@tpi");

    [SkippableFact]
    public Task Parallel_withdrawals_naming_one_version_free_the_seat_once() => EnrollmentRace.Withdrawals(Api(), "admin@tpi");

    [SkippableFact]
    public Task Parallel_completions_number_certificates_once_each() => EnrollmentRace.Certificates(Api(), "admin@tpi");

    // Issue 11: a file above the job threshold runs as a job; its employees go by SqlBulkCopy into a staging table and one
    // MERGE (EmployeesBulk), the name-word trigger and the read models follow, and a second run changes nothing.
    [SkippableFact]
    public async Task A_large_employee_file_is_a_job_written_by_bulk_copy_and_merge()
    {
        var admin = await Api().As("admin@jmb");
        var rows = 5_100;
        var csv = ImportJobTests.EmployeesCsv(rows, name: "Pegawai Curah");
        var dry = await ImportJobTests.Poll(admin, (await ImportJobTests.Start(admin, "/api/v1/imports/employees?dryRun=true", csv)).Location);
        Assert.Equal((ImportJobStatus.Succeeded, rows, false), (dry.Status, dry.Report!.Inserted, dry.Report.Written));

        var done = await ImportJobTests.Poll(admin, (await ImportJobTests.Start(admin, "/api/v1/imports/employees", csv)).Location);
        Assert.Equal((ImportJobStatus.Succeeded, rows, 0, true), (done.Status, done.Report!.Inserted, done.Report.Rejected, done.Report.Written));
        Assert.Equal(rows, (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?q=pegawai%20curah&pageSize=1")).Total);

        // Renamed rows are overwritten through the same MERGE (a new version); the rest are unchanged.
        var renamed = csv.Replace("Pegawai Curah 1;", "Pegawai Curah Baru 1;");
        var again = await ImportJobTests.Poll(admin, (await ImportJobTests.Start(admin, "/api/v1/imports/employees", renamed)).Location);
        Assert.Equal((1, rows - 1, 0), (again.Report!.Updated, again.Report.Unchanged, again.Report.Inserted));
        var one = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?q=curah%20baru&pageSize=5")).Items;
        Assert.Equal(2, Assert.Single(one).Version);
    }

    [SkippableFact]
    public async Task Health_is_200_on_SQL_Server()
    {
        var response = await Api().Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task An_admin_signs_in_and_reads_who_they_are()
    {
        var admin = await Api().As("admin@tpi");
        var me = await admin.Get<MeResponse>("/api/v1/auth/me");
        Assert.Equal("admin@tpi", me.Username);
        Assert.Equal("tpi", me.TenantCode);
        Assert.NotNull(me.TenantId);
    }

    [SkippableFact]
    public async Task The_employee_list_pages_sorts_searches_and_filters_a_sub_tree()
    {
        var admin = await Api().As("admin@tpi");
        var page1 = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=7&sort=nip");
        var page2 = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=7&page=2&sort=nip");
        Assert.Equal(7, page1.Items.Count);
        Assert.Equal(7, page2.Items.Count);
        Assert.True(page1.Total >= 200, $"only {page1.Total} employees seeded");
        Assert.Equal(page1.Items.Select(e => e.Nip).Order(StringComparer.Ordinal), page1.Items.Select(e => e.Nip));
        Assert.True(string.CompareOrdinal(page1.Items[^1].Nip, page2.Items[0].Nip) < 0, "page 2 does not follow page 1");

        var desc = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=50&sort=-name");
        Assert.Equal(desc.Items.Select(e => e.Name).OrderDescending(StringComparer.OrdinalIgnoreCase), desc.Items.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);

        var someone = page1.Items[3];
        Assert.Contains((await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={someone.Nip[..12]}")).Items, e => e.Id == someone.Id);
        // Names by any word's start, case- and accent-insensitive, through EmployeeNameWords (kept by its trigger).
        Assert.Contains((await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={Uri.EscapeDataString(someone.Name.Split(' ')[^1][..3].ToUpperInvariant())}&pageSize=500")).Items, e => e.Id == someone.Id);
        // The type handlers: a DATE round-trips as DateOnly, a uniqueidentifier as Guid.
        var one = await admin.Get<EmployeeResponse>($"/api/v1/employees/{someone.Id}");
        Assert.Equal(someone.BirthDate, one.BirthDate);
        Assert.Equal(someone.UnitId, one.UnitId);

        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");
        var dinkesUnits = (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={dinkes.Id}")).Items.Select(u => u.Id).ToHashSet();
        Assert.Equal(3, dinkesUnits.Count);
        var subTree = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&pageSize=500");
        Assert.NotEmpty(subTree.Items);
        Assert.All(subTree.Items, e => Assert.Contains(e.UnitId, dinkesUnits));
        var direct = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={dinkes.Id}&pageSize=500");
        Assert.True(direct.Total < subTree.Total);
    }

    [SkippableFact]
    public async Task Create_then_update_with_the_etag_and_a_stale_if_match_is_412()
    {
        var admin = await Api().As("admin@tpi");
        var position = await APosition(admin);
        var request = TestData.Employee(position, "Nama Lama");
        var response = await admin.Post("/api/v1/employees", request);
        var created = await response.Read<EmployeeResponse>(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);

        var renamed = new EmployeeRequest { Nip = request.Nip, Name = "Nama Baru", EmploymentType = EmploymentType.Pns, PositionId = position, Rank = "III/b" };
        var ok = await admin.Put($"/api/v1/employees/{created.Id}", renamed, ifMatch: 1);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);
        Assert.Equal("III/b", (await ok.Read<EmployeeResponse>()).Rank);

        var stale = await admin.Put($"/api/v1/employees/{created.Id}", new EmployeeRequest { Nip = request.Nip, Name = "Tertimpa", EmploymentType = EmploymentType.Pns, PositionId = position }, ifMatch: 1);
        var problem = await stale.Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, (int)problem["currentVersion"]!);
        Assert.Equal("Nama Baru", (await admin.Get<EmployeeResponse>($"/api/v1/employees/{created.Id}")).Name);
    }

    [SkippableFact]
    public async Task A_duplicate_nip_is_409_in_the_tenant_but_allowed_in_another()
    {
        var api = Api();
        var tpi = await api.As("admin@tpi");
        var jmb = await api.As("admin@jmb");
        var (nip, _) = TestData.NewNip();
        await (await tpi.Post("/api/v1/employees", TestData.Employee(await APosition(tpi), nip: nip))).Read<EmployeeResponse>(HttpStatusCode.Created);
        await (await tpi.Post("/api/v1/employees", TestData.Employee(await APosition(tpi), nip: nip))).Problem(HttpStatusCode.Conflict, "nip");
        await (await jmb.Post("/api/v1/employees", TestData.Employee(await APosition(jmb), nip: nip))).Read<EmployeeResponse>(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task Moving_a_unit_re_roots_its_sub_tree()
    {
        var admin = await Api().As("admin@tpi");
        var a = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Dinas A" })).Read<UnitResponse>(HttpStatusCode.Created);
        var b = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Bidang B", ParentId = a.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var c = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Seksi C", ParentId = b.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var d = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Subseksi D", ParentId = c.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var root = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Dinas Baru" })).Read<UnitResponse>(HttpStatusCode.Created);

        // CONCAT(@NewPath, SUBSTRING(Path, @OldLength + 1, 4000)) on SQL Server.
        var moved = await (await admin.Put($"/api/v1/units/{b.Id}", new UnitRequest { Code = b.Code, Name = "Bidang B", ParentId = root.Id }, ifMatch: b.Version)).Read<UnitResponse>();
        Assert.Equal(root.Path + b.Id + "/", moved.Path);
        var cAfter = await admin.Get<UnitResponse>($"/api/v1/units/{c.Id}");
        var dAfter = await admin.Get<UnitResponse>($"/api/v1/units/{d.Id}");
        Assert.Equal(moved.Path + c.Id + "/", cAfter.Path);
        Assert.Equal(cAfter.Path + d.Id + "/", dAfter.Path);
        Assert.Equal((2, 3), (cAfter.Depth, dAfter.Depth));
        Assert.DoesNotContain((await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={a.Id}")).Items, u => u.Id != a.Id);
        Assert.Equal(4, (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={root.Id}")).Total);
    }

    [SkippableFact]
    public async Task Every_command_writes_an_audit_row()
    {
        var admin = await Api().As("admin@tpi");
        var position = await APosition(admin);
        var request = TestData.Employee(position);
        var created = await (await admin.Post("/api/v1/employees", request)).Read<EmployeeResponse>(HttpStatusCode.Created);
        await (await admin.Step($"/api/v1/employees/{created.Id}", "deactivate")).Read<EmployeeResponse>();

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=Employee&entityId={created.Id}");
        Assert.Equal(2, audit.Total);
        Assert.All(audit.Items, e => Assert.Equal("admin@tpi", e.Actor));
        Assert.True(audit.Items[0].Id > audit.Items[1].Id, "the newest entry comes first (IDENTITY order)");
        Assert.True(audit.Items[0].At >= audit.Items[1].At);
        Assert.True(DateTimeOffset.UtcNow - audit.Items[0].At < TimeSpan.FromHours(1), $"audit time {audit.Items[0].At:O} is off (datetimeoffset handling)");
    }

    [SkippableFact]
    public async Task Another_tenant_sees_404_not_the_record()
    {
        var api = Api();
        var tpi = await api.As("admin@tpi");
        var jmb = await api.As("admin@jmb");
        var employee = await (await tpi.Post("/api/v1/employees", TestData.Employee(await APosition(tpi)))).Read<EmployeeResponse>(HttpStatusCode.Created);
        var unit = await (await tpi.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Milik TPI" })).Read<UnitResponse>(HttpStatusCode.Created);

        await (await jmb.GetAsync($"/api/v1/employees/{employee.Id}")).Problem(HttpStatusCode.NotFound);
        await (await jmb.GetAsync($"/api/v1/units/{unit.Id}")).Problem(HttpStatusCode.NotFound);
        await (await jmb.Put($"/api/v1/employees/{employee.Id}", TestData.Employee(await APosition(jmb)), ifMatch: 1)).Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await jmb.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={employee.Nip}")).Total);
    }

    [SkippableFact]
    public async Task The_competency_aggregates_run()
    {
        // GROUP BY, AVG over CASTs, windowed SUMs and the JPM buckets: the SQL that differs most between the engines.
        var admin = await Api().As("admin@tpi");
        var distribution = await admin.Get<JpmDistributionResponse>("/api/v1/competency-analytics/jpm-distribution");
        Assert.True(distribution.Fit.Sum(f => f.Employees) > 0);
        Assert.NotEmpty((await admin.Get<HeatmapResponse>("/api/v1/competency-analytics/heatmap")).Cells);
        Assert.NotEmpty(await admin.Get<List<CompetencyGapSummary>>("/api/v1/competency-analytics/largest-gaps"));
        await admin.Get<Paged<UnassessedEmployee>>("/api/v1/competency-analytics/unassessed?years=2");
    }

    [SkippableFact]
    public async Task The_training_catalogue_runs()
    {
        // Decimal money, the competency list through OPENJSON, the date-range filter, the partner-name check and the seeded catalogue.
        var admin = await Api().As("admin@tpi");
        var partner = await TrainingTestData.CreatePartner(admin);
        await (await admin.Post("/api/v1/partners", new PartnerRequest { Name = partner.Name.ToUpperInvariant(), Kind = PartnerKind.Ngo })).Problem(HttpStatusCode.Conflict, "name");
        var integritas = AsnApi.Domain.NationalCompetencies.IdOf("M.1");
        var program = await TrainingTestData.CreateProgram(admin, [(integritas, 2)], partnerId: partner.Id);
        Assert.Equal((1_500_000m, partner.Name, 2), (program.CostPerParticipant, program.PartnerName, program.Competencies.Single().ExpectedGain));
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(code: program.Code))).Problem(HttpStatusCode.Conflict, "code");
        Assert.Contains(program.Id, (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?competencyId={integritas}&pageSize=500")).Items.Select(p => p.Id));

        var session = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2027, 5, 3), end: new DateOnly(2027, 5, 7));
        Assert.Equal(TrainingSessionStatus.Open, (await TrainingTestData.Open(admin, session.Id)).Status);
        Assert.Equal([session.Id], (await admin.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}&from=2027-05-07&to=2027-05-31")).Items.Select(s => s.Id));
        await (await admin.Step($"/api/v1/training-sessions/{session.Id}", "finish")).Problem(HttpStatusCode.Conflict);
        Assert.Contains((await admin.Get<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Finished")).Items, s => s.SeatsTaken > 0);
    }

    [SkippableFact]
    public async Task The_jp_ledger_and_recommendations_run()
    {
        // The rollup refreshes (IdsIn through OPENJSON, COALESCE in GROUP BY), the settings MERGE, the ledger reads with the
        // target CASE, the streamed CSV, and the recommendation statements (ORDER BY an aggregate alias with OFFSET, NOT IN).
        var admin = await Api().As("admin@tpi");
        var employee = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1")).Items[0];
        var url = $"/api/v1/employees/{employee.Id}/external-activities";
        var year = DateTime.UtcNow.Year;
        var before = (await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year={year}")).EarnedJp;
        var tenantBefore = (await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}")).TotalJp;
        var activity = await (await admin.Post(url, new ExternalActivityRequest
        {
            Title = "Seminar SQL Server", Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(year, 1, 2), Jp = 7,
        })).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        Assert.Equal(before + 7, (await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year={year}")).EarnedJp);
        Assert.Equal(tenantBefore + 7, (await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}")).TotalJp);
        await (await admin.Put($"{url}/{activity.Id}", new ExternalActivityRequest
        {
            Title = "Seminar SQL Server", Form = DevelopmentActivityForm.Coaching, ActivityDate = new DateOnly(year, 1, 3), Jp = 9,
        }, activity.Version)).Read<ExternalActivityResponse>();
        Assert.Equal(tenantBefore + 9, (await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}")).TotalJp);
        Assert.Single((await admin.Get<Paged<ExternalActivityResponse>>($"{url}?year={year}")).Items, a => a.Id == activity.Id);

        var settings = await admin.Get<TrainingSettingsDto>("/api/v1/settings/training");
        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 21, JpTargetPppk = 19 }, settings.Version)).Read<TrainingSettingsDto>();
        Assert.Equal((21, 19), ((await admin.Get<JpLedgerSummaryResponse>("/api/v1/jp-ledger")).TargetJpPns, (await admin.Get<JpLedgerSummaryResponse>("/api/v1/jp-ledger")).TargetJpPppk));
        var below = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={year}&sort=nip&pageSize=5");
        Assert.Equal((await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}")).BelowTarget, below.Total);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/jp-ledger/below-target/export?year={year}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/employees/{employee.Id}/training-recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/training-programs/recommended?top=5")).StatusCode);
        var open = (await admin.Get<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Open&pageSize=1")).Items;
        if (open.Count > 0) Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/training-sessions/{open[0].Id}/candidates")).StatusCode);

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{url}/{activity.Id}");
        delete.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(delete)).StatusCode);
        Assert.Equal(tenantBefore, (await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}")).TotalJp);
    }
}
