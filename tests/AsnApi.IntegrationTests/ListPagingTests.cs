using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Cursor paging of the other lists that grow with the tenant, through the same <c>PageRequest</c> and <c>Keyset</c>
/// as the employee list (PagingTests): the assessments (by date) and the audit log (by the order written).
/// </summary>
[Collection(ApiCollection.Name)]
public class ListPagingTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");

    private static async Task<List<Paged<T>>> Walk<T>(HttpClient c, string list, string query, Func<Paged<T>, Task> betweenPages)
    {
        var pages = new List<Paged<T>> { await c.Get<Paged<T>>($"/api/v1/{list}?{query}") };
        while (pages[^1].NextCursor is { } next)
        {
            await betweenPages(pages[^1]);
            pages.Add(await c.Get<Paged<T>>($"/api/v1/{list}?{query}&cursor={Uri.EscapeDataString(next)}"));
            Assert.True(pages.Count < 1000, "the cursor walk does not end");
        }
        return pages;
    }

    private static async Task<Guid> Assess(HttpClient admin, Guid employee, DateOnly on) =>
        (await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employee, AssessedOn = on, Method = AssessmentMethod.SelfAssessment, Assessor = "Uji Kursor",
            Results = [new AssessmentResultRequest { CompetencyId = Integritas, Level = 3 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created)).Id;

    [Theory]
    [InlineData("-assessedOn")]
    [InlineData("assessedOn")]
    public async Task Assessments_by_cursor_return_every_row_exactly_once_while_assessments_are_added_between_pages(string sort)
    {
        var admin = await api.As("admin@amq");
        var employees = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=3&active=true")).Items;
        var before = (await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?pageSize=500&sort={sort}")).Items.Select(a => a.Id).ToList();
        Assert.True(before.Count > 60, $"only {before.Count} assessments to page through");

        var inserted = new List<Guid>();
        var pages = await Walk<AssessmentResponse>(admin, "assessments", $"pageSize=17&sort={sort}", async last =>
        {
            // Dates at both ends of the order, and the date of the cursor's own row (then only the id decides), arrive between pages.
            foreach (var on in new[] { new DateOnly(1995, 1, last.Page), DateOnly.FromDateTime(DateTime.UtcNow), last.Items[^1].AssessedOn })
                inserted.Add(await Assess(admin, employees[last.Page % employees.Count].Id, on));
        });

        var seen = pages.SelectMany(p => p.Items).Select(a => a.Id).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count()); // nothing twice
        Assert.Empty(before.Except(seen)); // nothing that was there is skipped
        Assert.All(seen, id => Assert.True(before.Contains(id) || inserted.Contains(id)));
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.Page));
        Assert.NotNull(pages[0].Total);
        Assert.All(pages.Skip(1), p => Assert.Null(p.Total));

        // The walk is in the sort's order: dates (descending or not), then ids, as the page-number list orders them.
        var dates = pages.SelectMany(p => p.Items).Select(a => a.AssessedOn).ToList();
        Assert.Equal(sort.StartsWith('-') ? dates.OrderDescending() : dates.Order(), dates);
        var expected = (await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?pageSize=500&sort={sort}")).Items.Select(a => a.Id).Where(seen.Contains).ToList();
        Assert.Equal(expected, seen.Where(expected.Contains).ToList());
    }

    [Fact]
    public async Task The_audit_log_by_cursor_returns_every_row_exactly_once_while_commands_are_written_between_pages()
    {
        var admin = await api.As("admin@pgk");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        // Enough rows of this tenant's log to need several pages.
        for (var i = 0; i < 12; i++) await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
        var before = (await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?pageSize=500")).Items.Select(a => a.Id).ToList();

        var written = 0;
        var pages = await Walk<AuditEntryResponse>(admin, "audit", "pageSize=5", async _ =>
        {
            await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
            written++;
        });

        var seen = pages.SelectMany(p => p.Items).Select(a => a.Id).ToList();
        Assert.True(written >= 2);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        // Newest first: rows written during the walk are newer than the cursor, so the walk is exactly the log as it stood.
        Assert.Equal(before, seen);
        Assert.Equal(seen.OrderDescending(), seen);
        Assert.All(pages.Skip(1), p => Assert.Null(p.Total));
        Assert.Null(pages[^1].NextCursor);
    }

    [Fact]
    public async Task Without_the_total_and_with_bad_cursors_the_lists_answer_as_the_employee_list_does()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        for (var i = 0; i < 3; i++) await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
        await Check<AssessmentResponse>("assessments");
        await Check<AuditEntryResponse>("audit");

        async Task Check<T>(string list)
        {
            var first = await admin.Get<Paged<T>>($"/api/v1/{list}?pageSize=2&includeTotal=false");
            Assert.Null(first.Total);
            Assert.Equal(2, first.Items.Count);
            var cursor = Uri.EscapeDataString(first.NextCursor!);
            var counted = await admin.Get<Paged<T>>($"/api/v1/{list}?pageSize=2&includeTotal=true&cursor={cursor}");
            Assert.True(counted.Total > 2);
            Assert.Equal(2, counted.Page);

            await (await admin.GetAsync($"/api/v1/{list}?page=2&cursor={cursor}")).Problem((HttpStatusCode)422, "page");
            await (await admin.GetAsync($"/api/v1/{list}?cursor=abc")).Problem((HttpStatusCode)422, "cursor");
            // Another list's cursor (another sort name) is refused, never misread.
            var employees = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=2")).NextCursor!;
            await (await admin.GetAsync($"/api/v1/{list}?cursor={Uri.EscapeDataString(employees)}")).Problem((HttpStatusCode)422, "cursor");
        }

        // A cursor whose key is not a date (or not an id) is a 422 as well: the key is parsed, never trusted.
        var forged = Convert.ToBase64String([1, 0, 0, 0, 2, .. new byte[16], 11, .. "-assessedOn"u8, .. "kemarin"u8]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await (await admin.GetAsync($"/api/v1/assessments?cursor={forged}")).Problem((HttpStatusCode)422, "cursor");
        var forgedAudit = Convert.ToBase64String([1, 0, 0, 0, 2, .. new byte[16], 3, .. "-id"u8, .. "1 OR 1=1"u8]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await (await admin.GetAsync($"/api/v1/audit?cursor={forgedAudit}")).Problem((HttpStatusCode)422, "cursor");
        // Sorts without a cursor page by number and give none.
        Assert.Null((await admin.Get<Paged<AssessmentResponse>>("/api/v1/assessments?pageSize=2&sort=employee")).NextCursor);
    }

    [Fact]
    public async Task Needs_and_plans_skip_their_count_on_request_and_count_the_same_rows_with_or_without_a_unit_scope()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2039 })).Read<GenerateNeedsResponse>();
        foreach (var client in new[] { admin, head })
        {
            await Check<DevelopmentPlanResponse>(client, "development-plans", "");
            await Check<DevelopmentNeedResponse>(client, "development-needs", "year=2039&");
        }

        static async Task Check<T>(HttpClient c, string list, string filter)
        {
            var counted = await c.Get<Paged<T>>($"/api/v1/{list}?{filter}pageSize=500");
            Assert.NotEmpty(counted.Items);
            // The count (on the table alone, or through the joins for a unit head) agrees with the rows the pages hold.
            var rows = counted.Items.Count;
            for (var page = 2; rows == (page - 1) * 500; page++) rows += (await c.Get<Paged<T>>($"/api/v1/{list}?{filter}pageSize=500&page={page}")).Items.Count;
            Assert.Equal(rows, counted.Total);
            var uncounted = await c.Get<Paged<T>>($"/api/v1/{list}?{filter}pageSize=500&includeTotal=false");
            Assert.Null(uncounted.Total);
            Assert.Equal(counted.Items.Count, uncounted.Items.Count);
        }
    }

    /// <summary>
    /// The needs' sorts keep their meaning now that the name is kept on the need and priority sorts as text (migration 0026):
    /// each page is in the order the keys define (priority Tinggi, Sedang, Rendah; a gap missing sorts lowest; then the id),
    /// for an admin (the index order) and a unit head (the joins), and a small page is the start of a large one.
    /// </summary>
    [Fact]
    public async Task Needs_sort_as_their_keys_define()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2039 })).Read<GenerateNeedsResponse>();
        static int Rank(DevelopmentNeedPriority p) => p switch { DevelopmentNeedPriority.Tinggi => 0, DevelopmentNeedPriority.Sedang => 1, _ => 2 };
        var keys = new Dictionary<string, Func<DevelopmentNeedResponse, DevelopmentNeedResponse, int>>
        {
            ["priority"] = (a, b) => Rank(a.Priority).CompareTo(Rank(b.Priority)),
            ["gap"] = (a, b) => Nullable.Compare(a.Gap, b.Gap),
            ["employee"] = (a, b) => string.CompareOrdinal(a.EmployeeName, b.EmployeeName),
            ["competency"] = (a, b) => string.CompareOrdinal(a.CompetencyCode, b.CompetencyCode),
        };
        foreach (var sort in new[] { "", "priority,-gap,employee", "-priority,employee", "employee,-priority", "-gap,-employee", "competency,priority" })
        {
            var parts = (sort == "" ? "priority,-gap,employee" : sort).Split(',');
            int Compare(DevelopmentNeedResponse a, DevelopmentNeedResponse b)
            {
                foreach (var part in parts)
                {
                    var c = keys[part.TrimStart('-')](a, b) * (part.StartsWith('-') ? -1 : 1);
                    if (c != 0) return c;
                }
                return string.CompareOrdinal(a.Id.ToString(), b.Id.ToString());
            }
            foreach (var client in new[] { admin, head })
            {
                var page = await client.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2039&pageSize=500&sort={sort}");
                Assert.True(page.Items.Count > 20, $"too few needs to compare for '{sort}'");
                Assert.Contains(page.Items, n => n.Priority != page.Items[0].Priority);
                Assert.Equal(page.Items.Order(Comparer<DevelopmentNeedResponse>.Create(Compare)).Select(n => n.Id), page.Items.Select(n => n.Id));
                var start = await client.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2039&pageSize=20&sort={sort}&includeTotal=false");
                Assert.Equal(page.Items.Take(20).Select(n => n.Id), start.Items.Select(n => n.Id));
            }
        }
    }
}
