using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The heatmap's roll-up, headcounts, minimum count and drill-down, against profiles computed from the source
/// tables. Its own database, because it changes a tenant setting.
/// </summary>
public class HeatmapTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Heatmap = "/api/v1/competency-analytics/heatmap";

    private sealed record Person(EmployeeResponse Employee, string Path, CompetencyProfileResponse Profile);

    private static async Task<List<Person>> People(HttpClient client)
    {
        var units = (await client.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.ToDictionary(u => u.Id);
        var people = new List<Person>();
        foreach (var e in (await client.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=500")).Items)
            people.Add(new Person(e, units[e.UnitId].Path, await client.Get<CompetencyProfileResponse>($"/api/v1/employees/{e.Id}/competency-profile")));
        return people;
    }

    [Fact]
    public async Task Each_row_rolls_up_its_sub_tree_by_default_and_counts_its_headcount()
    {
        var admin = await api.As("admin@tpi");
        var units = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.ToDictionary(u => u.Id);
        var people = await People(admin);
        var heatmap = await admin.Get<HeatmapResponse>(Heatmap);
        Assert.Equal(HeatmapRollup.Subtree, heatmap.Rollup);

        var root = units.Values.Single(u => u.ParentId is null);
        Assert.Equal(people.Count, heatmap.Headcounts.Single(h => h.UnitId == root.Id).Employees);
        foreach (var row in heatmap.Headcounts)
        {
            var inTree = people.Where(p => p.Path.StartsWith(units[row.UnitId].Path, StringComparison.Ordinal)).ToList();
            Assert.Equal(inTree.Count, row.Employees);
            Assert.Equal(inTree.Count(p => p.Profile.Items.Any(i => i.AssessedLevel is not null)), row.Assessed);
            Assert.Equal(units[row.UnitId].Depth, row.Depth);
        }
        Assert.Equal(heatmap.Headcounts.Select(h => h.UnitId), heatmap.Units.Select(u => u.Id));
        foreach (var cell in heatmap.Cells)
        {
            var items = people.Where(p => p.Path.StartsWith(units[cell.UnitId].Path, StringComparison.Ordinal))
                .Select(p => p.Profile.Items.SingleOrDefault(i => i.CompetencyId == cell.CompetencyId && i.AssessedLevel is not null))
                .OfType<ProfileItem>().ToList();
            Assert.Equal(items.Count, cell.Employees);
            Assert.Equal(items.Average(i => (double)i.Gap!.Value), cell.AverageGap, 6);
            Assert.Equal(items.Count(i => i.Gap <= 0) / (double)items.Count, cell.ShareMeeting, 6);
        }

        // A row of the roll-up is the sum of the per-unit rows over its sub-tree, and a head office no longer stands alone.
        var self = await admin.Get<HeatmapResponse>($"{Heatmap}?rollup=Self");
        Assert.Equal(HeatmapRollup.Self, self.Rollup);
        var dinkes = units.Values.Single(u => u.Code == "DINKES");
        foreach (var cell in heatmap.Cells.Where(c => c.UnitId == dinkes.Id))
        {
            var parts = self.Cells.Where(c => c.CompetencyId == cell.CompetencyId && units[c.UnitId].Path.StartsWith(dinkes.Path, StringComparison.Ordinal)).ToList();
            Assert.Equal(parts.Sum(c => c.Employees), cell.Employees);
            Assert.Equal(parts.Sum(c => c.AverageGap * c.Employees) / cell.Employees, cell.AverageGap, 6);
        }
        Assert.True(heatmap.Headcounts.Single(h => h.UnitId == dinkes.Id).Employees > self.Headcounts.SingleOrDefault(h => h.UnitId == dinkes.Id)?.Employees);
    }

    [Fact]
    public async Task Cells_under_the_tenant_minimum_count_are_flagged_and_the_minimum_is_a_setting()
    {
        var admin = await api.As("admin@pgk");
        var settings = await admin.Get<CompetencySettingsDto>("/api/v1/settings/competency");
        Assert.Equal(3, settings.HeatmapMinimumCount);
        var self = await admin.Get<HeatmapResponse>($"{Heatmap}?rollup=Self");
        Assert.Equal(3, self.MinimumCount);
        Assert.All(self.Cells, c => Assert.Equal(c.Employees < 3, c.BelowMinimum));
        Assert.Contains(self.Cells, c => c.BelowMinimum);
        Assert.Contains(self.Cells, c => !c.BelowMinimum);

        await (await admin.Put("/api/v1/settings/competency", new CompetencySettingsDto { HeatmapMinimumCount = 0 }, settings.Version)).Problem((HttpStatusCode)422, "heatmapMinimumCount");
        await (await admin.Put("/api/v1/settings/competency", new CompetencySettingsDto { HeatmapMinimumCount = 101 }, settings.Version)).Problem((HttpStatusCode)422, "heatmapMinimumCount");
        Assert.Equal(settings.Version, (await admin.Get<CompetencySettingsDto>("/api/v1/settings/competency")).Version);

        var max = self.Cells.Max(c => c.Employees);
        var saved = await (await admin.Put("/api/v1/settings/competency", new CompetencySettingsDto { HeatmapMinimumCount = max }, settings.Version)).Read<CompetencySettingsDto>();
        Assert.Equal(max, saved.HeatmapMinimumCount);
        var after = await admin.Get<HeatmapResponse>($"{Heatmap}?rollup=Self");
        Assert.Equal(max, after.MinimumCount);
        Assert.All(after.Cells, c => Assert.Equal(c.Employees < max, c.BelowMinimum));
        Assert.Contains(after.Cells, c => !c.BelowMinimum);
        // Another tenant keeps its default.
        Assert.Equal(3, (await (await api.As("admin@amq")).Get<HeatmapResponse>(Heatmap)).MinimumCount);
    }

    [Theory]
    [InlineData("Subtree")]
    [InlineData("Self")]
    public async Task A_cell_drills_down_to_the_employees_it_counts(string rollup)
    {
        var admin = await api.As("admin@jmb");
        var heatmap = await admin.Get<HeatmapResponse>($"{Heatmap}?rollup={rollup}");
        foreach (var cell in heatmap.Cells.OrderByDescending(c => c.Employees).Take(3).Append(heatmap.Cells.MinBy(c => c.Employees)!))
        {
            var list = await admin.Get<Paged<HeatmapCellEmployee>>($"{Heatmap}/cell?unitId={cell.UnitId}&competencyId={cell.CompetencyId}&rollup={rollup}&pageSize=500");
            Assert.Equal(cell.Employees, list.Total);
            Assert.Equal(cell.Employees, list.Items.Count);
            Assert.Equal(cell.AverageGap, list.Items.Average(i => (double)i.Gap), 6);
            Assert.All(list.Items, i => Assert.Equal(i.RequiredLevel - i.AssessedLevel, i.Gap));
            Assert.Equal(list.Items.Select(i => i.Gap).OrderDescending(), list.Items.Select(i => i.Gap));
            Assert.Equal(list.Items.Count, list.Items.Select(i => i.EmployeeId).Distinct().Count());
            var page2 = await admin.Get<Paged<HeatmapCellEmployee>>($"{Heatmap}/cell?unitId={cell.UnitId}&competencyId={cell.CompetencyId}&rollup={rollup}&pageSize=1&page=2");
            Assert.Equal(list.Items.Skip(1).Take(1).Select(i => i.EmployeeId), page2.Items.Select(i => i.EmployeeId));
        }
    }

    [Fact]
    public async Task The_drill_down_refuses_other_tenants_units_units_outside_a_unit_heads_scope_and_bad_input()
    {
        var tpi = await api.As("admin@tpi");
        var tpiUnits = (await tpi.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items;
        var dinkes = tpiUnits.Single(u => u.Code == "DINKES");
        var komunikasi = AsnApi.Domain.NationalCompetencies.IdOf("M.3");
        var jmb = await api.As("admin@jmb");
        await (await jmb.GetAsync($"{Heatmap}/cell?unitId={dinkes.Id}&competencyId={komunikasi}")).Problem(HttpStatusCode.NotFound);
        await (await tpi.GetAsync($"{Heatmap}/cell?unitId={dinkes.Id}&competencyId={Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
        await (await tpi.GetAsync($"{Heatmap}/cell?competencyId={komunikasi}")).Problem((HttpStatusCode)422, "unitId");
        await (await tpi.GetAsync($"{Heatmap}/cell?unitId={dinkes.Id}&competencyId={komunikasi}&rollup=everything")).Problem(HttpStatusCode.BadRequest);

        var head = await api.As("kadinkes@tpi");
        var outside = tpiUnits.First(u => !u.Path.StartsWith(dinkes.Path, StringComparison.Ordinal));
        await (await head.GetAsync($"{Heatmap}/cell?unitId={outside.Id}&competencyId={komunikasi}")).Problem(HttpStatusCode.NotFound);
        var mine = await head.Get<Paged<HeatmapCellEmployee>>($"{Heatmap}/cell?unitId={dinkes.Id}&competencyId={komunikasi}&pageSize=500");
        var theirs = await tpi.Get<Paged<HeatmapCellEmployee>>($"{Heatmap}/cell?unitId={dinkes.Id}&competencyId={komunikasi}&pageSize=500");
        Assert.Equal(theirs.Items.Select(i => i.EmployeeId), mine.Items.Select(i => i.EmployeeId));
        // The unit head's heatmap has no row outside their sub-tree.
        var headMap = await head.Get<HeatmapResponse>(Heatmap);
        Assert.All(headMap.Units, u => Assert.StartsWith(dinkes.Path, tpiUnits.Single(t => t.Id == u.Id).Path));
    }
}
