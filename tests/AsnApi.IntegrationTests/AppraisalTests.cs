using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Data.Sqlite;

namespace AsnApi.IntegrationTests;

/// <summary>
/// SKP over HTTP: periods, the matrix through the API, one appraisal per employee and period, corrections with
/// If-Match and their audit, roles and scope, the distribution against hand-counted figures and its rollup's
/// consistency. Its own database: periods may not overlap, and the tests create several.
/// </summary>
public class AppraisalTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const SkpRating Below = SkpRating.DiBawahEkspektasi, Meeting = SkpRating.SesuaiEkspektasi, Above = SkpRating.DiAtasEkspektasi;

    private sealed record Team(UnitResponse Unit, PositionResponse Position, List<EmployeeResponse> People);

    private static int _units;

    /// <summary>A new unit under the root (outside Dinas Kesehatan) with <paramref name="size"/> active employees.</summary>
    private static async Task<Team> Build(HttpClient admin, int size, Guid? parentId = null)
    {
        var code = "SKP" + Interlocked.Increment(ref _units) + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.First(u => u.ParentId == null);
        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = code, Name = "Unit SKP " + code, ParentId = parentId ?? root.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "PLK-" + code, Name = "Pelaksana " + code, Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        var people = new List<EmployeeResponse>();
        for (var i = 0; i < size; i++)
            people.Add(await (await admin.Post("/api/v1/employees", TestData.Employee(position.Id, $"Pegawai {code} {i:00}"))).Read<EmployeeResponse>(HttpStatusCode.Created));
        return new Team(unit, position, people);
    }

    private static async Task<AppraisalPeriodResponse> Period(HttpClient admin, int year) =>
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = year })).Read<AppraisalPeriodResponse>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> Appraise(HttpClient c, Guid employeeId, Guid periodId, SkpRating results, SkpRating behaviour, string? notes = null) =>
        c.Post("/api/v1/performance-appraisals", new PerformanceAppraisalRequest { EmployeeId = employeeId, PeriodId = periodId, ResultsRating = results, BehaviourRating = behaviour, Notes = notes });

    [Fact]
    public async Task Every_cell_of_the_matrix_comes_back_through_the_api_and_a_predicate_in_the_body_is_ignored()
    {
        var admin = await api.As("admin@tpi");
        var team = await Build(admin, 9);
        var period = await Period(admin, 2031);
        var expected = new Dictionary<(SkpRating, SkpRating), (SkpPredicate, string)>
        {
            [(Above, Below)] = (SkpPredicate.KurangMisconduct, "Kurang/Misconduct"), [(Above, Meeting)] = (SkpPredicate.Baik, "Baik"), [(Above, Above)] = (SkpPredicate.SangatBaik, "Sangat Baik"),
            [(Meeting, Below)] = (SkpPredicate.KurangMisconduct, "Kurang/Misconduct"), [(Meeting, Meeting)] = (SkpPredicate.Baik, "Baik"), [(Meeting, Above)] = (SkpPredicate.Baik, "Baik"),
            [(Below, Below)] = (SkpPredicate.SangatKurang, "Sangat Kurang"), [(Below, Meeting)] = (SkpPredicate.ButuhPerbaikan, "Butuh Perbaikan"), [(Below, Above)] = (SkpPredicate.ButuhPerbaikan, "Butuh Perbaikan"),
        };
        var i = 0;
        foreach (var ((results, behaviour), (predicate, label)) in expected)
        {
            var created = await Appraise(admin, team.People[i++].Id, period.Id, results, behaviour);
            var a = await created.Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
            Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
            Assert.Equal((predicate, label, results, behaviour), (a.Predicate, a.PredicateLabel, a.ResultsRating, a.BehaviourRating));
        }

        var matrix = await admin.Get<SkpMatrixResponse>("/api/v1/performance-appraisals/matrix");
        Assert.Equal(9, matrix.Cells.Count);
        foreach (var c in matrix.Cells) Assert.Equal(expected[(c.ResultsRating, c.BehaviourRating)], (c.Predicate, c.PredicateLabel));
        Assert.Equal(["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"], matrix.Predicates.Select(p => p.Label).ToArray());
        Assert.Equal(3, matrix.Ratings.Count);

        // A client that sends a predicate of its own: the request has no such field, the matrix decides.
        var other = await Build(admin, 1);
        var sneaky = await admin.PostAsJsonAsync("/api/v1/performance-appraisals", new
        {
            employeeId = other.People[0].Id, periodId = period.Id, resultsRating = "DiBawahEkspektasi", behaviourRating = "DiBawahEkspektasi", predicate = "SangatBaik",
        });
        Assert.Equal(SkpPredicate.SangatKurang, (await sneaky.Read<PerformanceAppraisalResponse>(HttpStatusCode.Created)).Predicate);

        // Enums by name only.
        var numeric = await admin.PostAsJsonAsync("/api/v1/performance-appraisals", new { employeeId = other.People[0].Id, periodId = period.Id, resultsRating = 1, behaviourRating = "Baik" });
        Assert.Equal(HttpStatusCode.BadRequest, numeric.StatusCode);
    }

    [Fact]
    public async Task One_appraisal_per_employee_and_period_then_corrections_with_if_match_are_audited()
    {
        var admin = await api.As("admin@tpi");
        var team = await Build(admin, 1);
        var employee = team.People[0];
        var period = await Period(admin, 2032);
        var a = await (await Appraise(admin, employee.Id, period.Id, Meeting, Meeting, "Target tercapai.")).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        Assert.Equal((employee.Name, team.Unit.Name, period.Name, "Target tercapai.", "admin@tpi"), (a.EmployeeName, a.UnitName, a.PeriodName, a.Notes, a.AppraisedBy));

        var second = await (await Appraise(admin, employee.Id, period.Id, Above, Above)).Problem(HttpStatusCode.Conflict, "employeeId");
        Assert.Equal("alreadyAppraised", (string?)second["reason"]);
        Assert.Contains("Baik", (string?)second["detail"]);
        var list = await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&employeeId={employee.Id}");
        Assert.Equal(1, list.Total);

        // Another period is another appraisal.
        var next = await Period(admin, 2033);
        await (await Appraise(admin, employee.Id, next.Id, Below, Meeting)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);

        var url = $"/api/v1/performance-appraisals/{a.Id}";
        var correction = new PerformanceAppraisalUpdateRequest { ResultsRating = Below, BehaviourRating = Below, Notes = "Dikoreksi." };
        await (await admin.Put(url, correction)).Problem((HttpStatusCode)428);
        await (await admin.Put(url, correction, ifMatch: 7)).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(SkpPredicate.Baik, (await admin.Get<PerformanceAppraisalResponse>(url)).Predicate);
        await (await admin.Put(url, new PerformanceAppraisalUpdateRequest { ResultsRating = Below }, ifMatch: 1)).Problem(HttpStatusCode.UnprocessableEntity, "behaviourRating");

        var corrected = await (await admin.Put(url, correction, ifMatch: 1)).Read<PerformanceAppraisalResponse>();
        Assert.Equal((SkpPredicate.SangatKurang, "Sangat Kurang", 2, "Dikoreksi."), (corrected.Predicate, corrected.PredicateLabel, corrected.Version, corrected.Notes));

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={a.Id}&pageSize=10");
        Assert.Equal(["CreateAppraisal", "UpdateAppraisal"], audit.Items.Select(x => x.Action).Order().ToArray());
        var update = audit.Items.Single(x => x.Action == "UpdateAppraisal");
        Assert.Contains("\"before\"", update.Data);
        Assert.Contains("Baik", update.Data);
        Assert.Contains("SangatKurang", update.Data);
    }

    [Fact]
    public async Task Periods_are_annual_by_default_do_not_overlap_and_are_deleted_only_when_unused()
    {
        var admin = await api.As("admin@tpi");
        var p = await Period(admin, 2041);
        Assert.Equal((new DateOnly(2041, 1, 1), new DateOnly(2041, 12, 31), "Periode SKP 2041", 0), (p.StartDate, p.EndDate, p.Name, p.AppraisalCount));

        var overlap = await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Semester II 2041", StartDate = new DateOnly(2041, 7, 1), EndDate = new DateOnly(2042, 6, 30) }))
            .Problem(HttpStatusCode.Conflict, "startDate");
        Assert.Equal("overlap", (string?)overlap["reason"]);
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Terbalik", StartDate = new DateOnly(2043, 7, 1), EndDate = new DateOnly(2043, 6, 30) }))
            .Problem(HttpStatusCode.UnprocessableEntity, "endDate");
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Setengah", StartDate = new DateOnly(2043, 7, 1) })).Problem(HttpStatusCode.UnprocessableEntity, "endDate");
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Tanpa tanggal" })).Problem(HttpStatusCode.UnprocessableEntity, "year");
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = 1990 })).Problem(HttpStatusCode.UnprocessableEntity, "year");
        await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Periode SKP 2041", Year = 2044 })).Problem(HttpStatusCode.Conflict, "name");

        var semester = await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Name = "Semester I 2042", StartDate = new DateOnly(2042, 1, 1), EndDate = new DateOnly(2042, 6, 30) }))
            .Read<AppraisalPeriodResponse>(HttpStatusCode.Created);
        var url = $"/api/v1/appraisal-periods/{semester.Id}";
        var renamed = await (await admin.Put(url, new AppraisalPeriodRequest { Name = "Semester 1 2042", StartDate = new DateOnly(2042, 1, 1), EndDate = new DateOnly(2042, 6, 30) }, ifMatch: 1))
            .Read<AppraisalPeriodResponse>();
        Assert.Equal(("Semester 1 2042", 2), (renamed.Name, renamed.Version));
        await (await admin.Put(url, new AppraisalPeriodRequest { Year = 2041 }, ifMatch: 2)).Problem(HttpStatusCode.Conflict, "startDate");

        var listed = await admin.Get<Paged<AppraisalPeriodResponse>>("/api/v1/appraisal-periods?year=2042");
        Assert.Equal([semester.Id], listed.Items.Select(x => x.Id).ToArray());

        // In use: 409; unused: deleted after If-Match.
        var team = await Build(admin, 1);
        await (await Appraise(admin, team.People[0].Id, p.Id, Meeting, Meeting)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        var used = await (await admin.SendAsync(Delete($"/api/v1/appraisal-periods/{p.Id}", 1))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("inUse", (string?)used["reason"]);
        await (await admin.SendAsync(Delete(url, null))).Problem((HttpStatusCode)428);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(Delete(url, 2))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={semester.Id}&pageSize=10");
        Assert.Equal(["CreateAppraisalPeriod", "DeleteAppraisalPeriod", "UpdateAppraisalPeriod"], audit.Items.Select(x => x.Action).Order().ToArray());
    }

    [Fact]
    public async Task Unit_heads_appraise_their_sub_tree_viewers_read_with_masked_nips()
    {
        var admin = await api.As("admin@tpi");
        var period = await Period(admin, 2034);
        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.Single(u => u.Code == "DINKES");
        var inside = await Build(admin, 1, dinkes.Id);
        var outside = await Build(admin, 1);

        var head = await api.As("kadinkes@tpi");
        var mine = await (await Appraise(head, inside.People[0].Id, period.Id, Above, Meeting)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        Assert.Equal("kadinkes@tpi", mine.AppraisedBy);
        await (await Appraise(head, outside.People[0].Id, period.Id, Above, Meeting)).Problem(HttpStatusCode.NotFound);
        var theirs = await (await Appraise(admin, outside.People[0].Id, period.Id, Meeting, Meeting)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/performance-appraisals/{theirs.Id}")).StatusCode);
        await (await head.Put($"/api/v1/performance-appraisals/{theirs.Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Below, BehaviourRating = Below }, ifMatch: 1))
            .Problem(HttpStatusCode.NotFound);
        var headList = await head.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}");
        Assert.Equal([mine.Id], headList.Items.Select(x => x.Id).ToArray());
        await (await head.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = 2035 })).Problem(HttpStatusCode.Forbidden);

        var viewer = await api.As("viewer@tpi");
        await (await Appraise(viewer, outside.People[0].Id, period.Id, Above, Above)).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Put($"/api/v1/performance-appraisals/{theirs.Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Below, BehaviourRating = Below }, ifMatch: 1))
            .Problem(HttpStatusCode.Forbidden);
        var seen = await viewer.Get<PerformanceAppraisalResponse>($"/api/v1/performance-appraisals/{theirs.Id}");
        Assert.Contains("********", seen.Nip);
        Assert.All((await viewer.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&sort=nip")).Items, x => Assert.Contains("********", x.Nip));
        Assert.DoesNotContain("********", (await admin.Get<PerformanceAppraisalResponse>($"/api/v1/performance-appraisals/{theirs.Id}")).Nip);

        // Another tenant's period and appraisal are not found.
        var other = await api.As("admin@jmb");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/performance-appraisals/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/appraisal-periods/{period.Id}")).StatusCode);
        await (await Appraise(other, outside.People[0].Id, period.Id, Above, Above)).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_filters_by_predicate_and_sub_tree_and_sorts_by_the_matrix_order()
    {
        var admin = await api.As("admin@tpi");
        var period = await Period(admin, 2036);
        var team = await Build(admin, 4);
        var ratings = new[] { (Below, Below), (Above, Above), (Meeting, Meeting), (Below, Meeting) };
        for (var i = 0; i < 4; i++) await (await Appraise(admin, team.People[i].Id, period.Id, ratings[i].Item1, ratings[i].Item2)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        var sorted = await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&underUnitId={team.Unit.Id}&sort=predicate");
        Assert.Equal([SkpPredicate.SangatBaik, SkpPredicate.Baik, SkpPredicate.ButuhPerbaikan, SkpPredicate.SangatKurang], sorted.Items.Select(x => x.Predicate).ToArray());
        var baik = await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&predicate=Baik");
        Assert.Equal((1, team.People[2].Id), (baik.Total, baik.Items.Single().EmployeeId));
        var paged = await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&pageSize=3&page=2&sort=-name");
        Assert.Equal((4, team.People[0].Id), (paged.Total, paged.Items.Single().EmployeeId));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/performance-appraisals?predicate=2")).StatusCode);
    }

    [Fact]
    public async Task Distribution_equals_the_hand_counted_figures_and_the_rollup_follows_every_change()
    {
        var admin = await api.As("admin@tpi");
        var period = await Period(admin, 2037);
        // A unit of six with a child unit of three: parent 2 × Baik, 1 × Sangat Kurang, 3 without; child 1 × Sangat Baik, 1 × Butuh Perbaikan, 1 without.
        var parent = await Build(admin, 6);
        var child = await Build(admin, 3, parent.Unit.Id);
        foreach (var (e, r, b) in new[] { (parent.People[0], Meeting, Meeting), (parent.People[1], Above, Meeting), (parent.People[2], Below, Below), (child.People[0], Above, Above), (child.People[1], Below, Above) })
            await (await Appraise(admin, e.Id, period.Id, r, b)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);

        async Task Expect(Guid under, int inScope, params (SkpPredicate P, int N)[] counts)
        {
            var d = await admin.Get<AppraisalDistributionResponse>($"/api/v1/performance-appraisals/distribution?periodId={period.Id}&underUnitId={under}");
            var appraised = counts.Sum(c => c.N);
            Assert.Equal((inScope, appraised, inScope - appraised), (d.EmployeesInScope, d.Appraised, d.WithoutAppraisal));
            Assert.Equal(Enum.GetValues<SkpPredicate>(), d.Predicates.Select(p => p.Predicate).ToArray());
            foreach (var p in d.Predicates)
            {
                var n = counts.Where(c => c.P == p.Predicate).Sum(c => c.N);
                Assert.Equal(n, p.Count);
                Assert.Equal(appraised == 0 ? null : Math.Round((decimal)n / appraised, 4), p.Share);
            }
            CheckRollup();
        }

        await Expect(parent.Unit.Id, 9, (SkpPredicate.Baik, 2), (SkpPredicate.SangatKurang, 1), (SkpPredicate.SangatBaik, 1), (SkpPredicate.ButuhPerbaikan, 1));
        await Expect(child.Unit.Id, 3, (SkpPredicate.SangatBaik, 1), (SkpPredicate.ButuhPerbaikan, 1));

        // A correction moves a count between predicates.
        var appraisal = (await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&employeeId={parent.People[2].Id}")).Items.Single();
        await (await admin.Put($"/api/v1/performance-appraisals/{appraisal.Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Above, BehaviourRating = Above }, ifMatch: 1))
            .Read<PerformanceAppraisalResponse>();
        await Expect(parent.Unit.Id, 9, (SkpPredicate.Baik, 2), (SkpPredicate.SangatBaik, 2), (SkpPredicate.ButuhPerbaikan, 1));

        // Moving an appraised employee from the child to the parent's own staff, and another out of the sub-tree.
        var moved = child.People[0];
        await (await admin.Update($"/api/v1/employees/{moved.Id}", Request(moved, parent.Position.Id))).Read<EmployeeResponse>();
        await Expect(child.Unit.Id, 2, (SkpPredicate.ButuhPerbaikan, 1));
        var elsewhere = await Build(admin, 0);
        await (await admin.Update($"/api/v1/employees/{parent.People[0].Id}", Request(parent.People[0], elsewhere.Position.Id))).Read<EmployeeResponse>();
        await Expect(parent.Unit.Id, 8, (SkpPredicate.Baik, 1), (SkpPredicate.SangatBaik, 2), (SkpPredicate.ButuhPerbaikan, 1));
        await Expect(elsewhere.Unit.Id, 1, (SkpPredicate.Baik, 1));

        // A deactivated employee leaves the population and the counts; reactivated, they come back.
        var gone = parent.People[1];
        await (await admin.PostIfMatch($"/api/v1/employees/{gone.Id}/deactivate", await admin.Version($"/api/v1/employees/{gone.Id}"))).Read<EmployeeResponse>();
        await Expect(parent.Unit.Id, 7, (SkpPredicate.SangatBaik, 2), (SkpPredicate.ButuhPerbaikan, 1));
        await (await admin.PostIfMatch($"/api/v1/employees/{gone.Id}/activate", await admin.Version($"/api/v1/employees/{gone.Id}"))).Read<EmployeeResponse>();
        await Expect(parent.Unit.Id, 8, (SkpPredicate.Baik, 1), (SkpPredicate.SangatBaik, 2), (SkpPredicate.ButuhPerbaikan, 1));

        // The whole tenant: the same figures as the list, counted by hand.
        var all = await admin.Get<AppraisalDistributionResponse>($"/api/v1/performance-appraisals/distribution?periodId={period.Id}");
        var listed = (await admin.Get<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&pageSize=500")).Items;
        Assert.Equal(listed.Count, all.Appraised);
        foreach (var p in all.Predicates) Assert.Equal(listed.Count(x => x.Predicate == p.Predicate), p.Count);

        // Bad input: no period 422, another tenant's period or unit 404.
        await (await admin.GetAsync("/api/v1/performance-appraisals/distribution")).Problem(HttpStatusCode.UnprocessableEntity, "periodId");
        var jmb = await api.As("admin@jmb");
        await (await jmb.GetAsync($"/api/v1/performance-appraisals/distribution?periodId={period.Id}")).Problem(HttpStatusCode.NotFound);
        var head = await api.As("kadinkes@tpi");
        await (await head.GetAsync($"/api/v1/performance-appraisals/distribution?periodId={period.Id}&underUnitId={parent.Unit.Id}")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Appraisals_below_expectations_become_performance_needs_beside_the_competency_gaps()
    {
        var admin = await api.As("admin@tpi");
        var period = await Period(admin, 2038);
        var team = await Build(admin, 4);
        // Sangat Kurang (Tinggi), Butuh Perbaikan (Sedang), Kurang/Misconduct (Tinggi), Baik (no need).
        var ratings = new[] { (Below, Below), (Below, Above), (Above, Below), (Meeting, Meeting) };
        var appraisals = new List<PerformanceAppraisalResponse>();
        for (var i = 0; i < 4; i++) appraisals.Add(await (await Appraise(admin, team.People[i].Id, period.Id, ratings[i].Item1, ratings[i].Item2)).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created));

        var generated = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2038, UnderUnitId = team.Unit.Id })).Read<GenerateNeedsResponse>();
        Assert.Equal((3, 3), (generated.PerformanceNeeds, generated.Created));
        var needs = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2038&underUnitId={team.Unit.Id}&source=Performance&pageSize=50")).Items;
        Assert.Equal(3, needs.Count);
        foreach (var (person, predicate, priority) in new[] { (0, SkpPredicate.SangatKurang, DevelopmentNeedPriority.Tinggi), (1, SkpPredicate.ButuhPerbaikan, DevelopmentNeedPriority.Sedang), (2, SkpPredicate.KurangMisconduct, DevelopmentNeedPriority.Tinggi) })
        {
            var n = needs.Single(x => x.EmployeeId == team.People[person].Id);
            Assert.Equal((DevelopmentNeedSource.Performance, "Kinerja (SKP)", appraisals[person].Id, predicate, priority, DevelopmentNeedStatus.Identified),
                (n.Source, n.SourceLabel, n.AppraisalId!.Value, n.Predicate!.Value, n.Priority, n.Status));
            Assert.Equal(((Guid?)null, (string?)null, (int?)null), (n.CompetencyId, n.CompetencyName, n.Gap));
        }
        // The unfiltered list holds them too, beside competency needs (if any), and the competency filter leaves them out.
        var all = await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2038&underUnitId={team.Unit.Id}&pageSize=50");
        Assert.Equal(3, all.Items.Count(x => x.Source == DevelopmentNeedSource.Performance));
        Assert.All((await admin.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2038&source=Competency&pageSize=50")).Items, x => Assert.Equal(DevelopmentNeedSource.Competency, x.Source));

        // A correction to Baik drops the unreviewed need at the next run; a correction to another predicate refreshes it.
        await (await admin.Put($"/api/v1/performance-appraisals/{appraisals[1].Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Meeting, BehaviourRating = Above }, ifMatch: 1))
            .Read<PerformanceAppraisalResponse>();
        await (await admin.Put($"/api/v1/performance-appraisals/{appraisals[2].Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Below, BehaviourRating = Meeting }, ifMatch: 1))
            .Read<PerformanceAppraisalResponse>();
        var again = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2038, UnderUnitId = team.Unit.Id })).Read<GenerateNeedsResponse>();
        Assert.Equal((2, 0, 1, 1), (again.PerformanceNeeds, again.Created, again.Updated, again.Removed));
        needs = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2038&underUnitId={team.Unit.Id}&source=Performance&pageSize=50")).Items;
        Assert.Equal([SkpPredicate.SangatKurang, SkpPredicate.ButuhPerbaikan], needs.OrderBy(n => n.EmployeeName).Select(n => n.Predicate!.Value).ToArray());

        // Reviewed like any need, and exported with what it is about.
        var review = await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = needs.Select(n => n.Id).ToList(), Action = NeedReviewAction.Verify }))
            .Read<ReviewNeedsResponse>();
        Assert.Equal(2, review.Reviewed);
        var csv = await (await admin.GetAsync($"/api/v1/development-needs/export?year=2038&underUnitId={team.Unit.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("Kinerja (SKP): Sangat Kurang", csv);
        Assert.Contains("Kinerja (SKP): Butuh Perbaikan", csv);
        // A verified need stays when the appraisal is corrected upwards.
        await (await admin.Put($"/api/v1/performance-appraisals/{appraisals[0].Id}", new PerformanceAppraisalUpdateRequest { ResultsRating = Above, BehaviourRating = Above }, ifMatch: 1))
            .Read<PerformanceAppraisalResponse>();
        var third = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2038, UnderUnitId = team.Unit.Id })).Read<GenerateNeedsResponse>();
        Assert.Equal((1, 0, 2), (third.PerformanceNeeds, third.Removed, third.KeptReviewed));
    }

    [Fact]
    public async Task The_demo_has_last_years_appraisals_with_every_predicate_and_an_empty_period_for_this_year()
    {
        var viewer = await api.As("viewer@amq");
        var year = DateTime.UtcNow.Year;
        var periods = (await viewer.Get<Paged<AppraisalPeriodResponse>>($"/api/v1/appraisal-periods?year={year - 1}")).Items;
        var last = Assert.Single(periods);
        Assert.Equal(($"SKP {year - 1}", new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31)), (last.Name, last.StartDate, last.EndDate));
        var d = await viewer.Get<AppraisalDistributionResponse>($"/api/v1/performance-appraisals/distribution?periodId={last.Id}");
        Assert.Equal(last.AppraisalCount, d.Appraised);
        Assert.Equal(d.EmployeesInScope, d.Appraised + d.WithoutAppraisal);
        Assert.InRange(d.WithoutAppraisal, 1, d.EmployeesInScope / 4);
        Assert.All(d.Predicates, p => Assert.True(p.Count > 0, $"no {p.Label} in the demo"));
        Assert.Equal(SkpPredicate.Baik, d.Predicates.MaxBy(p => p.Count)!.Predicate);
        Assert.Equal(0, Assert.Single((await viewer.Get<Paged<AppraisalPeriodResponse>>($"/api/v1/appraisal-periods?year={year}")).Items).AppraisalCount);
    }

    private static EmployeeRequest Request(EmployeeResponse e, Guid positionId) => new()
    {
        Nip = e.Nip, Name = e.Name, EmploymentType = e.EmploymentType, Sex = e.Sex, Rank = e.Rank, PositionId = positionId,
    };

    /// <summary>The rollup table against a fresh GROUP BY of the appraisals of active employees, both ways.</summary>
    private void CheckRollup()
    {
        const string table = "SELECT TenantId, UnitId, PeriodId, Predicate, Employees FROM AppraisalRollups";
        const string source = """
            SELECT a.TenantId, e.UnitId, a.PeriodId, a.Predicate, COUNT(*) FROM PerformanceAppraisals a JOIN Employees e ON e.Id = a.EmployeeId
            WHERE e.IsActive = 1 GROUP BY a.TenantId, e.UnitId, a.PeriodId, a.Predicate
            """;
        using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        using var diff = db.CreateCommand();
        diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({table}) EXCEPT SELECT * FROM ({source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({source}) EXCEPT SELECT * FROM ({table})))";
        Assert.Equal(0L, (long)diff.ExecuteScalar()!);
    }

    private static HttpRequestMessage Delete(string url, int? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is { } v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return request;
    }
}
