using System.Globalization;
using System.Net;
using System.Text;
using AsnApi.Contracts;
using ExcelDataReader;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The competency profiles list (employee × competency of the standard) against each employee's own profile, its
/// filters, sort, scope and masking, and its export: the list's rows in CSV for Indonesian Excel and in XLSX, audited.
/// </summary>
[Collection(ApiCollection.Name)]
public class ExportCompetencyTests(ApiFactory api)
{
    private const string List = "/api/v1/competency-profiles";

    /// <summary>Every row of a filter, page by page (other tests add people to the same tenant, so a sub-tree may pass 500 rows).</summary>
    private static async Task<List<CompetencyProfileRow>> All(HttpClient client, string query)
    {
        var rows = new List<CompetencyProfileRow>();
        for (var page = 1; ; page++)
        {
            var items = (await client.Get<Paged<CompetencyProfileRow>>($"{List}?{query}&pageSize=500&page={page}&includeTotal=false")).Items;
            rows.AddRange(items);
            if (items.Count < 500) return rows;
        }
    }

    private async Task<UnitResponse> Dinkes(HttpClient admin) =>
        (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");

    [Fact]
    public async Task Each_employees_rows_are_their_profile_with_its_JPM()
    {
        var admin = await api.As("admin@tpi");
        var dinkes = await Dinkes(admin);
        var rowsInScope = await All(admin, $"underUnitId={dinkes.Id}");
        Assert.True(rowsInScope.Count >= 20);
        Assert.Equal((await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&pageSize=1")).Total, rowsInScope.Count);
        var list = new { Items = rowsInScope };
        // Sorted by name (the default), an employee's rows together.
        var employees = list.Items.Select(r => r.EmployeeId).Distinct().ToList();
        var runs = list.Items.Where((r, i) => i == 0 || list.Items[i - 1].EmployeeId != r.EmployeeId).Count();
        Assert.Equal(employees.Count, runs);

        var checkedIncomplete = false;
        foreach (var id in employees)
        {
            var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{id}/competency-profile");
            var rows = list.Items.Where(r => r.EmployeeId == id).ToList();
            Assert.Equal(profile.Items.Select(i => (i.CompetencyId, i.Code, i.RequiredLevel, i.AssessedLevel, i.Gap, i.AssessedOn)).OrderBy(x => x.Code),
                rows.Select(r => (r.CompetencyId, r.CompetencyCode, r.RequiredLevel, r.AssessedLevel, r.Gap, r.AssessedOn)).OrderBy(x => x.CompetencyCode));
            Assert.All(rows, r => Assert.Equal((profile.JpmRounded, profile.FitCategory, profile.MappingCategory, profile.FitLabel, profile.IsComplete),
                (r.Jpm, r.FitCategory, r.MappingCategory, r.FitLabel, r.JpmComplete)));
            checkedIncomplete |= !profile.IsComplete;
        }
        // The demo data leaves about 30% unassessed: their rows have no level, no gap and no JPM.
        Assert.True(checkedIncomplete);
        Assert.Contains(list.Items, r => r.AssessedLevel is null && r.Jpm is null && r.Gap is null);
    }

    [Fact]
    public async Task Filters_and_sort_narrow_the_list_and_a_unit_head_sees_their_sub_tree()
    {
        var admin = await api.As("admin@tpi");
        var dinkes = await Dinkes(admin);
        var all = await All(admin, $"underUnitId={dinkes.Id}");

        Assert.Equal(all.Count(r => r.Gap > 0), (await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&onlyGaps=true&pageSize=1")).Total);
        Assert.All(await All(admin, $"underUnitId={dinkes.Id}&onlyGaps=true"), r => Assert.True(r.Gap > 0));
        Assert.Equal(all.Count, (await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&onlyGaps=false&pageSize=1")).Total);

        var competency = all.First(r => r.AssessedLevel is not null).CompetencyId;
        var one = await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&competencyId={competency}&pageSize=500");
        Assert.Equal(all.Count(r => r.CompetencyId == competency), one.Total);
        Assert.All(one.Items, r => Assert.Equal(competency, r.CompetencyId));

        var pelaksana = await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&positionType=Pelaksana&pageSize=500");
        Assert.Equal(all.Count(r => r.PositionType == PositionType.Pelaksana), pelaksana.Total);

        var someone = all[0];
        var byName = await admin.Get<Paged<CompetencyProfileRow>>($"{List}?q={Uri.EscapeDataString(someone.Name)}&pageSize=500");
        Assert.Contains(byName.Items, r => r.EmployeeId == someone.EmployeeId);
        var byNip = await admin.Get<Paged<CompetencyProfileRow>>($"{List}?q={someone.Nip}&pageSize=500");
        Assert.Equal(all.Count(r => r.EmployeeId == someone.EmployeeId), byNip.Total);
        Assert.Equal(0, (await admin.Get<Paged<CompetencyProfileRow>>($"{List}?q=%2B%2B&pageSize=1")).Total);

        var byGap = await All(admin, $"underUnitId={dinkes.Id}&sort=-gap");
        Assert.Null((await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&includeTotal=false")).Total);
        var assessedGaps = byGap.Where(r => r.Gap is not null).Select(r => r.Gap!.Value).ToList();
        Assert.Equal(assessedGaps.OrderDescending(), assessedGaps);
        var paged = await admin.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}&sort=-gap&pageSize=7&page=2");
        Assert.Equal(byGap.Skip(7).Take(7).Select(r => (r.EmployeeId, r.CompetencyId)), paged.Items.Select(r => (r.EmployeeId, r.CompetencyId)));

        var head = await api.As("kadinkes@tpi");
        var headList = await All(head, "sort=name");
        Assert.Equal(all.Select(r => (r.EmployeeId, r.CompetencyId)), headList.Select(r => (r.EmployeeId, r.CompetencyId)));
        Assert.Equal(all.Count, (await Csv(head, $"{List}/export")).Count - 1);
        // Dinas Kesehatan's parent: an ancestor of the head's sub-tree (other tests add root-level units, so not "the" root).
        var outside = new { Id = dinkes.ParentId!.Value };
        // An ancestor as a filter does not widen a unit head's scope: still their sub-tree only.
        Assert.Equal(all.Count, (await head.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={outside.Id}&pageSize=1")).Total);
    }

    [Fact]
    public async Task The_export_holds_the_lists_rows_in_CSV_and_XLSX_masked_for_a_viewer_and_audited()
    {
        var admin = await api.As("admin@tpi");
        var dinkes = await Dinkes(admin);
        var filter = $"underUnitId={dinkes.Id}&sort=unit,-gap";
        var list = await All(admin, filter);

        var csv = await Csv(admin, $"{List}/export?{filter}");
        Assert.Equal("NIP;Nama;Unit;Jabatan;Kode Kompetensi;Kompetensi;Jenis Kompetensi;Level Standar;Level Saat Ini;Kesenjangan;Tanggal Asesmen;JPM (%);Kategori Pengisian Jabatan;Kategori Pemetaan;JPM Lengkap",
            string.Join(';', csv[0]));
        Assert.Equal(list.Select(r => (Grouped(r.Nip), r.CompetencyCode, r.RequiredLevel.ToString(CultureInfo.InvariantCulture), r.AssessedLevel?.ToString(CultureInfo.InvariantCulture) ?? "",
                r.Gap?.ToString(CultureInfo.InvariantCulture) ?? "", r.AssessedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
                r.Jpm?.ToString(CultureInfo.InvariantCulture).Replace('.', ',') ?? "", r.FitLabel ?? "", r.JpmComplete ? "Ya" : "Tidak")),
            csv.Skip(1).Select(c => (c[0], c[4], c[7], c[8], c[9], c[10], c[11], c[12], c[14])));

        var xlsx = await Xlsx(admin, $"{List}/export?{filter}&format=Xlsx");
        Assert.Equal("NIP", xlsx[0][0]);
        Assert.Equal(list.Select(r => (Grouped(r.Nip), r.Name, r.CompetencyName, (double)r.RequiredLevel, (double?)r.AssessedLevel, (DateTime?)r.AssessedOn?.ToDateTime(TimeOnly.MinValue), (double?)r.Jpm)),
            xlsx.Skip(1).Select(x => ((string)x[0]!, (string)x[1]!, (string)x[5]!, (double)x[7]!, x[8] as double?, x[10] as DateTime?, x[11] as double?)));

        var viewer = await api.As("viewer@tpi");
        var viewerCsv = await Csv(viewer, $"{List}/export?{filter}");
        Assert.Equal(csv.Count, viewerCsv.Count);
        Assert.All(viewerCsv.Skip(1), r => Assert.Matches(@"^\*{8} \d{6} \d \d{3}$", r[0]));
        Assert.All((await viewer.Get<Paged<CompetencyProfileRow>>($"{List}?{filter}&pageSize=50")).Items, r => Assert.StartsWith("********", r.Nip));
        Assert.All((await Xlsx(viewer, $"{List}/export?{filter}&format=Xlsx")).Skip(1), r => Assert.StartsWith("******** ", (string)r[0]!));

        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=Export&pageSize=100");
        Assert.Contains(audit.Items, a => a.Action == "RecordExport" && a.EntityId == "CompetencyProfiles" && a.Actor == "viewer@tpi");
        Assert.Contains(audit.Items, a => a.Action == "RecordExport" && a.EntityId == "CompetencyProfiles" && a.Actor == "admin@tpi");
    }

    [Fact]
    public async Task Bad_parameters_and_another_tenants_ids_answer_problems()
    {
        var admin = await api.As("admin@tpi");
        var jmb = await api.As("admin@jmb");
        var dinkes = await Dinkes(admin);
        var tpiCompetency = (await admin.Get<Paged<CompetencyResponse>>("/api/v1/competencies?pageSize=500")).Items.FirstOrDefault(c => c.Kind == CompetencyKind.Teknis);
        foreach (var path in new[] { List, $"{List}/export" })
        {
            await (await admin.GetAsync($"{path}?sort=salary")).Problem((HttpStatusCode)422, "sort");
            await (await admin.GetAsync($"{path}?q={new string('a', 101)}")).Problem((HttpStatusCode)422, "q");
            await (await admin.GetAsync($"{path}?positionType=1")).Problem(HttpStatusCode.BadRequest, "positionType");
            await (await admin.GetAsync($"{path}?onlyGaps=mungkin")).Problem(HttpStatusCode.BadRequest);
            await (await admin.GetAsync($"{path}?competencyId={Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
            if (tpiCompetency is not null) await (await jmb.GetAsync($"{path}?competencyId={tpiCompetency.Id}")).Problem(HttpStatusCode.NotFound);
            await (await api.Anonymous().GetAsync(path)).Problem(HttpStatusCode.Unauthorized);
        }
        await (await admin.GetAsync($"{List}/export?format=pdf")).Problem(HttpStatusCode.BadRequest, "format");
        await (await admin.GetAsync($"{List}?pageSize=501")).Problem((HttpStatusCode)422, "pageSize");
        // A unit of another tenant filters to nobody, as in the other lists and exports.
        Assert.Equal(0, (await jmb.Get<Paged<CompetencyProfileRow>>($"{List}?underUnitId={dinkes.Id}")).Total);
        Assert.Single(await Csv(jmb, $"{List}/export?underUnitId={dinkes.Id}"));
        // Another tenant's export holds its own people only.
        var jmbNips = (await jmb.Get<Paged<CompetencyProfileRow>>($"{List}?pageSize=500")).Items.Select(r => Grouped(r.Nip)).ToHashSet();
        Assert.All((await Csv(jmb, $"{List}/export")).Skip(1).Take(500), r => Assert.Contains(r[0], jmbNips));
    }
}
