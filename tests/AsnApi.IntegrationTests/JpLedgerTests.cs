using System.Net;
using System.Text;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The tenant and sub-tree JP ledger against figures worked out by hand for a unit of four people, the target
/// settings (validation, ETag, a change read without any refresh), the below-target list, its CSV and the roles.
/// Its own database: it changes the tenant's JP targets.
/// </summary>
public class JpLedgerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private sealed record Team(UnitResponse Unit, EmployeeResponse A, EmployeeResponse B, EmployeeResponse C, EmployeeResponse D, PositionResponse Position);

    /// <summary>
    /// A new unit (under the tenant's root, outside Dinas Kesehatan) with A (PNS, 24 JP: Seminar 8 + Coaching 16),
    /// B (PNS, 20 JP: Pelatihan Teknis, exactly the target), C (PNS, 5 JP e-learning) and D (PPPK, 12 JP Kursus), all in 2025.
    /// </summary>
    private async Task<Team> Build(HttpClient admin, string code)
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
            await Person($"Dewi {code}", EmploymentType.Pppk, (DevelopmentActivityForm.Kursus, 12)),
            position);
    }

    [Fact]
    public async Task Sub_tree_figures_equal_the_hand_computed_ones_and_follow_targets_moves_and_deactivations()
    {
        var admin = await api.As("admin@jmb");
        var team = await Build(admin, "JPA");
        var url = $"/api/v1/jp-ledger?year=2025&underUnitId={team.Unit.Id}";

        var s = await admin.Get<JpLedgerSummaryResponse>(url);
        Assert.Equal((2025, 20, 20, 4, 2, 2, (decimal?)50.0m), (s.Year, s.TargetJpPns, s.TargetJpPppk, s.EmployeesCounted, s.ReachedTarget, s.BelowTarget, s.ReachedSharePercent));
        // 8 + 16 + 20 + 5 + 12 = 61 JP, of which classroom: Seminar 8, Pelatihan Teknis 20, Kursus 12 = 40 (65.6 %).
        Assert.Equal((61, 40, (decimal?)65.6m), (s.TotalJp, s.ClassroomJp, s.ClassroomSharePercent));
        Assert.Equal(
            [(DevelopmentActivityForm.PelatihanTeknis, 20, true), (DevelopmentActivityForm.Seminar, 8, true), (DevelopmentActivityForm.Kursus, 12, true), (DevelopmentActivityForm.Coaching, 16, false), (DevelopmentActivityForm.ELearning, 5, false)],
            s.ByForm.Select(f => (f.Form, f.Jp, f.IsClassroom)).ToArray());
        Assert.Equal(("Pelatihan Teknis", (decimal?)32.8m), (s.ByForm[0].FormLabel, s.ByForm[0].SharePercent));

        // Another year and a position type without anyone: nothing reached, everyone counted / no one.
        var y2024 = await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year=2024&underUnitId={team.Unit.Id}");
        Assert.Equal((4, 0, 0, (decimal?)null), (y2024.EmployeesCounted, y2024.ReachedTarget, y2024.TotalJp, y2024.ClassroomSharePercent));
        var none = await admin.Get<JpLedgerSummaryResponse>($"{url}&positionType=Fungsional");
        Assert.Equal((0, 0, (decimal?)null), (none.EmployeesCounted, none.ReachedTarget, none.ReachedSharePercent));

        // The PPPK target lowered to 10: Dewi's 12 JP now reach it, with no refresh of anything.
        var settingsVersion = await admin.Version("/api/v1/settings/training");
        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 20, JpTargetPppk = 10 }, settingsVersion)).Read<TrainingSettingsDto>();
        var lowered = await admin.Get<JpLedgerSummaryResponse>(url);
        Assert.Equal((3, 1, 10), (lowered.ReachedTarget, lowered.BelowTarget, lowered.TargetJpPppk));
        var dewi = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{team.D.Id}/jp-ledger?year=2025");
        Assert.Equal((10, 12, 0, true), (dewi.TargetJp, dewi.EarnedJp, dewi.RemainingJp, dewi.ReachedTarget));
        // And the PNS target raised to 24: Budi's 20 no longer do.
        await (await admin.Update("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 24, JpTargetPppk = 10 })).Read<TrainingSettingsDto>();
        Assert.Equal(2, (await admin.Get<JpLedgerSummaryResponse>(url)).ReachedTarget);
        await (await admin.Update("/api/v1/settings/training", new TrainingSettingsDto())).Read<TrainingSettingsDto>(); // back to 20 / 20

        // Budi moves out of the sub-tree: counted 3, reached 1 (Andi); his JP go with him.
        var other = (await admin.Get<Paged<PositionResponse>>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1")).Items[0];
        await (await admin.Update($"/api/v1/employees/{team.B.Id}", new EmployeeRequest
        {
            Nip = team.B.Nip, Name = team.B.Name, EmploymentType = EmploymentType.Pns, Rank = "III/a", PositionId = other.Id,
        })).Read<EmployeeResponse>();
        var moved = await admin.Get<JpLedgerSummaryResponse>(url);
        Assert.Equal((3, 1, 41), (moved.EmployeesCounted, moved.ReachedTarget, moved.TotalJp));

        // Andi deactivated: he no longer counts, nor do his JP.
        await (await admin.Step($"/api/v1/employees/{team.A.Id}", "deactivate")).Read<EmployeeResponse>();
        var deactivated = await admin.Get<JpLedgerSummaryResponse>(url);
        Assert.Equal((2, 0, 17, 12), (deactivated.EmployeesCounted, deactivated.ReachedTarget, deactivated.TotalJp, deactivated.ClassroomJp));
        await (await admin.Step($"/api/v1/employees/{team.A.Id}", "activate")).Read<EmployeeResponse>();
        Assert.Equal((3, 1, 41), ((await admin.Get<JpLedgerSummaryResponse>(url)).EmployeesCounted, (await admin.Get<JpLedgerSummaryResponse>(url)).ReachedTarget, (await admin.Get<JpLedgerSummaryResponse>(url)).TotalJp));

        // The whole tenant equals the sum of the per-employee ledgers of its active employees.
        var everyone = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=500")).Items;
        var earned = new List<EmployeeJpLedgerResponse>();
        foreach (var e in everyone) earned.Add(await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{e.Id}/jp-ledger?year=2025"));
        var tenant = await admin.Get<JpLedgerSummaryResponse>("/api/v1/jp-ledger?year=2025");
        Assert.Equal((everyone.Count, earned.Count(l => l.ReachedTarget), earned.Sum(l => l.EarnedJp), earned.Sum(l => l.ClassroomJp)),
            (tenant.EmployeesCounted, tenant.ReachedTarget, tenant.TotalJp, tenant.ClassroomJp));
    }

    [Fact]
    public async Task Below_target_list_and_csv_show_who_is_left_with_masked_nips_for_viewers()
    {
        var admin = await api.As("admin@jmb");
        var team = await Build(admin, "JPB");
        var url = $"/api/v1/jp-ledger/below-target?year=2025&underUnitId={team.Unit.Id}";

        var list = await admin.Get<Paged<JpBelowTargetEmployee>>(url);
        // Largest remainder first: Citra 15 left, Dewi 8 left; Andi and Budi reached 20.
        Assert.Equal([(team.C.Id, 20, 5, 15), (team.D.Id, 20, 12, 8)], list.Items.Select(i => (i.EmployeeId, i.TargetJp, i.EarnedJp, i.RemainingJp)).ToArray());
        Assert.Equal((2, team.C.Nip, EmploymentType.Pppk), (list.Total!.Value, list.Items[0].Nip, list.Items[1].EmploymentType));
        Assert.Equal([team.D.Id, team.C.Id], (await admin.Get<Paged<JpBelowTargetEmployee>>($"{url}&sort=-earned")).Items.Select(i => i.EmployeeId).ToArray());
        Assert.Equal([team.D.Id], (await admin.Get<Paged<JpBelowTargetEmployee>>($"{url}&employmentType=Pppk")).Items.Select(i => i.EmployeeId).ToArray());
        var y2024 = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year=2024&underUnitId={team.Unit.Id}&sort=name");
        Assert.Equal([team.A.Id, team.B.Id, team.C.Id, team.D.Id], y2024.Items.Select(i => i.EmployeeId).ToArray());
        Assert.All(y2024.Items, i => Assert.Equal((0, 20), (i.EarnedJp, i.RemainingJp)));
        await (await admin.GetAsync($"{url}&sort=salary")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync($"{url}&pageSize=501")).Problem((HttpStatusCode)422, "pageSize");
        await (await admin.GetAsync("/api/v1/jp-ledger?year=1999")).Problem((HttpStatusCode)422, "year");
        await (await admin.GetAsync("/api/v1/jp-ledger?positionType=5")).Problem(HttpStatusCode.BadRequest);

        var viewer = await api.As("viewer@jmb");
        var masked = await viewer.Get<Paged<JpBelowTargetEmployee>>(url);
        Assert.Equal("********" + team.C.Nip[8..], masked.Items[0].Nip);

        var csv = await admin.GetAsync($"/api/v1/jp-ledger/below-target/export?year=2025&underUnitId={team.Unit.Id}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tahun;NIP;Nama;Unit;Jabatan;Jenis Kepegawaian;Target JP;JP Diperoleh;Sisa JP", lines[0]);
        Assert.Equal($"2025;{team.C.Nip[..8]} {team.C.Nip[8..14]} {team.C.Nip[14]} {team.C.Nip[15..]};{team.C.Name};Unit JP JPB;Pelaksana JPB;PNS;20;5;15", lines[1]);
        Assert.Equal(3, lines.Length);
        var viewerCsv = await (await viewer.GetAsync($"/api/v1/jp-ledger/below-target/export?year=2025&underUnitId={team.Unit.Id}")).Content.ReadAsStringAsync();
        Assert.Contains($"******** {team.C.Nip[8..14]}", viewerCsv);
        Assert.DoesNotContain(team.C.Nip[..8], viewerCsv);
        await (await admin.GetAsync("/api/v1/jp-ledger/below-target/export?year=1999")).Problem((HttpStatusCode)422, "year");
    }

    [Fact]
    public async Task Unit_heads_see_their_sub_tree_only()
    {
        var admin = await api.As("admin@jmb");
        var team = await Build(admin, "JPC");
        var head = await api.As("kadinkes@jmb");
        // The team's unit is outside Dinas Kesehatan: for its head it holds no one.
        var s = await head.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year=2025&underUnitId={team.Unit.Id}");
        Assert.Equal((0, 0, 0), (s.EmployeesCounted, s.ReachedTarget, s.TotalJp));
        Assert.Empty((await head.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year=2025&underUnitId={team.Unit.Id}")).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/employees/{team.C.Id}/jp-ledger")).StatusCode);
        var all = (await head.Get<Paged<JpBelowTargetEmployee>>("/api/v1/jp-ledger/below-target?year=2025&pageSize=500")).Items;
        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.Single(u => u.Code == "DINKES");
        var inDinkes = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&active=true&pageSize=500")).Items.Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(all);
        Assert.All(all, i => Assert.Contains(i.EmployeeId, inDinkes));
        Assert.Equal(inDinkes.Count, (await head.Get<JpLedgerSummaryResponse>("/api/v1/jp-ledger?year=2025")).EmployeesCounted);
    }

    [Fact]
    public async Task Target_settings_are_validated_versioned_and_admin_only()
    {
        var admin = await api.As("admin@pgk");
        var first = await admin.GetAsync("/api/v1/settings/training");
        var defaults = await first.Read<TrainingSettingsDto>();
        Assert.Equal((20, 20), (defaults.JpTargetPns, defaults.JpTargetPppk));
        Assert.Equal($"\"{defaults.Version}\"", first.Headers.ETag?.Tag);

        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 0, JpTargetPppk = 201 }, defaults.Version)).Problem((HttpStatusCode)422, "jpTargetPns", "jpTargetPppk");
        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 30 })).Problem((HttpStatusCode)428);
        var saved = await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 30 }, defaults.Version)).Read<TrainingSettingsDto>();
        Assert.Equal((30, 20, defaults.Version + 1), (saved.JpTargetPns, saved.JpTargetPppk, saved.Version));
        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 40 }, defaults.Version)).Problem(HttpStatusCode.PreconditionFailed);
        // One row, one version: the competency settings see the same ETag and keep their values.
        var competency = await admin.Get<CompetencySettingsDto>("/api/v1/settings/competency");
        Assert.Equal((saved.Version, 80m, 3), (competency.Version, competency.JpmMemenuhiSyarat!.Value, competency.HeatmapMinimumCount!.Value));
        await (await admin.Update("/api/v1/settings/competency", new CompetencySettingsDto { HeatmapMinimumCount = 4 })).Read<CompetencySettingsDto>();
        Assert.Equal(30, (await admin.Get<TrainingSettingsDto>("/api/v1/settings/training")).JpTargetPns);

        var viewer = await api.As("viewer@pgk");
        Assert.Equal(30, (await viewer.Get<TrainingSettingsDto>("/api/v1/settings/training")).JpTargetPns);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 10 }, saved.Version + 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await api.As("kadinkes@pgk")).Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 10 }, saved.Version + 1)).StatusCode);
        Assert.Equal(30, (await (await api.As("admin@pgk")).Get<TrainingSettingsDto>("/api/v1/settings/training")).JpTargetPns);
    }
}
