using System.Globalization;
using System.Net;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The per-employee JP summary (every active employee in scope for a year) against figures worked out by hand for a
/// unit of four people, its filters, sort, scope and masking, and its export in CSV and XLSX, audited.
/// Its own database: the figures count a whole tenant.
/// </summary>
public class ExportJpTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string List = "/api/v1/jp-ledger/employees";

    private sealed record Team(UnitResponse Unit, EmployeeResponse A, EmployeeResponse B, EmployeeResponse C, EmployeeResponse D);

    /// <summary>
    /// A new unit under the root with A (PNS: Seminar 8 classroom + Coaching 16 non-classroom), B (PNS: Pelatihan Teknis 20,
    /// exactly the target), C (PNS: e-learning 5) and D (PPPK: Kursus 12), all in 2025.
    /// </summary>
    private static async Task<Team> Build(HttpClient admin, string code)
    {
        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.First(u => u.ParentId == null);
        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = code, Name = "Unit JP " + code, ParentId = root.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "PLK-" + code, Name = "Pelaksana " + code, Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        async Task<EmployeeResponse> Person(string name, EmploymentType type, params (DevelopmentActivityForm Form, int Jp)[] credits)
        {
            var (nip, _) = TestData.NewNip();
            var e = await (await admin.Post("/api/v1/employees", new EmployeeRequest
            {
                Nip = nip, Name = name, EmploymentType = type, Sex = Sex.Male, Rank = type == EmploymentType.Pns ? "III/a" : null, PositionId = position.Id,
            })).Read<EmployeeResponse>(HttpStatusCode.Created);
            foreach (var (form, jp) in credits)
                await (await admin.Post($"/api/v1/employees/{e.Id}/external-activities", new ExternalActivityRequest
                {
                    Title = $"{form} {name}", Form = form, ActivityDate = new DateOnly(2025, 5, 20), Jp = jp,
                })).Read<ExternalActivityResponse>(HttpStatusCode.Created);
            return e;
        }
        return new Team(unit,
            await Person($"Andi {code}", EmploymentType.Pns, (DevelopmentActivityForm.Seminar, 8), (DevelopmentActivityForm.Coaching, 16)),
            await Person($"Budi {code}", EmploymentType.Pns, (DevelopmentActivityForm.PelatihanTeknis, 20)),
            await Person($"Citra {code}", EmploymentType.Pns, (DevelopmentActivityForm.ELearning, 5)),
            await Person($"Dewi {code}", EmploymentType.Pppk, (DevelopmentActivityForm.Kursus, 12)));
    }

    [Fact]
    public async Task Every_employee_with_earned_classroom_remaining_and_reached_as_worked_out_by_hand()
    {
        var admin = await api.As("admin@pgk");
        var t = await Build(admin, "JPX");
        var url = $"{List}?year=2025&underUnitId={t.Unit.Id}";

        var list = await admin.Get<Paged<JpEmployeeSummary>>(url);
        Assert.Equal(4, list.Total);
        Assert.Equal(
            [(t.A.Id, 20, 24, 8, 16, 0, true), (t.B.Id, 20, 20, 20, 0, 0, true), (t.C.Id, 20, 5, 0, 5, 15, false), (t.D.Id, 20, 12, 12, 0, 8, false)],
            list.Items.Select(i => (i.EmployeeId, i.TargetJp, i.EarnedJp, i.ClassroomJp, i.NonClassroomJp, i.RemainingJp, i.ReachedTarget)).ToArray());
        Assert.Equal((EmploymentType.Pppk, PositionType.Pelaksana, "Pelaksana JPX", "Unit JP JPX"), (list.Items[3].EmploymentType, list.Items[3].PositionType, list.Items[3].PositionName, list.Items[3].UnitName));

        var reached = await admin.Get<Paged<JpEmployeeSummary>>($"{url}&reached=true");
        Assert.Equal(2, reached.Total);
        Assert.Equal([t.A.Id, t.B.Id], reached.Items.Select(i => i.EmployeeId).ToArray());
        var below = await admin.Get<Paged<JpEmployeeSummary>>($"{url}&reached=false");
        Assert.Equal(2, below.Total);
        Assert.Equal([t.C.Id, t.D.Id], below.Items.Select(i => i.EmployeeId).ToArray());
        // The below-target list is the same people.
        var belowTarget = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year=2025&underUnitId={t.Unit.Id}");
        Assert.Equal(belowTarget.Items.Select(i => i.EmployeeId).Order(), below.Items.Select(i => i.EmployeeId).Order());

        var pppk = await admin.Get<Paged<JpEmployeeSummary>>($"{url}&employmentType=Pppk");
        Assert.Equal((1, t.D.Id), (pppk.Total!.Value, pppk.Items.Single().EmployeeId));
        Assert.Equal((0, 0), ((await admin.Get<Paged<JpEmployeeSummary>>($"{url}&employmentType=Pppk&reached=true")).Total!.Value,
            (await admin.Get<Paged<JpEmployeeSummary>>($"{url}&positionType=Fungsional")).Total!.Value));
        Assert.Equal([t.A.Id, t.B.Id, t.D.Id, t.C.Id], (await admin.Get<Paged<JpEmployeeSummary>>($"{url}&sort=-earned")).Items.Select(i => i.EmployeeId).ToArray());
        Assert.Equal([t.C.Id, t.D.Id, t.A.Id, t.B.Id], (await admin.Get<Paged<JpEmployeeSummary>>($"{url}&sort=-remaining,name")).Items.Select(i => i.EmployeeId).ToArray());
        Assert.Equal([t.C.Id, t.D.Id], (await admin.Get<Paged<JpEmployeeSummary>>($"{url}&sort=-remaining,name&pageSize=2&includeTotal=false")).Items.Select(i => i.EmployeeId).ToArray());
        Assert.Null((await admin.Get<Paged<JpEmployeeSummary>>($"{url}&includeTotal=false")).Total);
        // Another year: everyone counted, nothing earned.
        var y2024 = await admin.Get<Paged<JpEmployeeSummary>>($"{List}?year=2024&underUnitId={t.Unit.Id}");
        Assert.All(y2024.Items, i => Assert.Equal((0, 20, false), (i.EarnedJp, i.RemainingJp, i.ReachedTarget)));

        // The whole tenant: every active employee, once; the total from the rollups equals the rows.
        var everyone = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1");
        var tenant = await admin.Get<Paged<JpEmployeeSummary>>($"{List}?year=2025&pageSize=500");
        Assert.Equal(everyone.Total, tenant.Total);
        Assert.Equal(tenant.Total, tenant.Items.Select(i => i.EmployeeId).Distinct().Count());
        var tenantReached = await admin.Get<Paged<JpEmployeeSummary>>($"{List}?year=2025&reached=true&pageSize=500");
        Assert.Equal(tenant.Items.Count(i => i.ReachedTarget), tenantReached.Total);
    }

    [Fact]
    public async Task The_export_holds_the_lists_rows_masked_for_a_viewer_scoped_for_a_unit_head_and_audited()
    {
        var admin = await api.As("admin@pgk");
        var t = await Build(admin, "JPY");
        var filter = $"year=2025&underUnitId={t.Unit.Id}";

        var csv = await ExportFiles.Csv(admin, $"{List}/export?{filter}");
        Assert.Equal("Tahun;NIP;Nama;Unit;Jabatan;Jenis Jabatan;Jenis Kepegawaian;Target JP;JP Diperoleh;JP Klasikal;JP Nonklasikal;Sisa JP;Mencapai Target", string.Join(';', csv[0]));
        Assert.Equal($"2025;{Grouped(t.A.Nip)};Andi JPY;Unit JP JPY;Pelaksana JPY;Pelaksana;PNS;20;24;8;16;0;Ya", string.Join(';', csv[1]));
        Assert.Equal($"2025;{Grouped(t.D.Nip)};Dewi JPY;Unit JP JPY;Pelaksana JPY;Pelaksana;PPPK;20;12;12;0;8;Tidak", string.Join(';', csv[4]));
        Assert.Equal(5, csv.Count);
        var below = await ExportFiles.Csv(admin, $"{List}/export?{filter}&reached=false&sort=-remaining");
        Assert.Equal([Grouped(t.C.Nip), Grouped(t.D.Nip)], below.Skip(1).Select(r => r[1]).ToArray());

        var xlsx = await ExportFiles.Xlsx(admin, $"{List}/export?{filter}&format=Xlsx");
        Assert.Equal(csv.Select(r => string.Join(';', r)), xlsx.Select(r => string.Join(';', r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)))));

        var viewer = await api.As("viewer@pgk");
        var masked = await ExportFiles.Csv(viewer, $"{List}/export?{filter}");
        Assert.Equal("********" + " " + t.A.Nip[8..14] + " " + t.A.Nip[14] + " " + t.A.Nip[15..], masked[1][1]);
        Assert.All((await viewer.Get<Paged<JpEmployeeSummary>>($"{List}?{filter}")).Items, i => Assert.StartsWith("********", i.Nip));

        // A unit head: their sub-tree's active employees, in the list and the file; the new unit is outside it.
        var head = await api.As("kadinkes@pgk");
        var headEmployees = await head.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1");
        var headList = await head.Get<Paged<JpEmployeeSummary>>($"{List}?year=2025&pageSize=500");
        Assert.Equal(headEmployees.Total, headList.Total);
        Assert.Equal(headList.Items.Select(i => Grouped(i.Nip)), (await ExportFiles.Csv(head, $"{List}/export?year=2025")).Skip(1).Select(r => r[1]));
        Assert.Single(await ExportFiles.Csv(head, $"{List}/export?{filter}"));

        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=Export&pageSize=100");
        Assert.Contains(audit.Items, a => a.Action == "RecordExport" && a.EntityId == "JpEmployees" && a.Actor == "admin@pgk");
        Assert.Contains(audit.Items, a => a.Action == "RecordExport" && a.EntityId == "JpEmployees" && a.Actor == "viewer@pgk");
    }

    [Fact]
    public async Task Bad_parameters_answer_problems_and_another_tenant_sees_nothing_of_this_one()
    {
        var admin = await api.As("admin@pgk");
        foreach (var path in new[] { List, $"{List}/export" })
        {
            await (await admin.GetAsync($"{path}?year=1999")).Problem((HttpStatusCode)422, "year");
            await (await admin.GetAsync($"{path}?sort=salary")).Problem((HttpStatusCode)422, "sort");
            await (await admin.GetAsync($"{path}?reached=mungkin")).Problem(HttpStatusCode.BadRequest);
            await (await admin.GetAsync($"{path}?employmentType=1")).Problem(HttpStatusCode.BadRequest, "employmentType");
            await (await api.Anonymous().GetAsync(path)).Problem(HttpStatusCode.Unauthorized);
        }
        await (await admin.GetAsync($"{List}/export?format=pdf")).Problem(HttpStatusCode.BadRequest, "format");
        await (await admin.GetAsync($"{List}?pageSize=501")).Problem((HttpStatusCode)422, "pageSize");
        var unit = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=1")).Items[0];
        var amq = await api.As("admin@amq");
        Assert.Equal(0, (await amq.Get<Paged<JpEmployeeSummary>>($"{List}?underUnitId={unit.Id}")).Total);
        Assert.Single(await ExportFiles.Csv(amq, $"{List}/export?underUnitId={unit.Id}"));
        var own = await amq.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1");
        Assert.Equal(own.Total, (await ExportFiles.Csv(amq, $"{List}/export")).Count - 1);
    }
}
