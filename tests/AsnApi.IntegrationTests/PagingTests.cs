using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>Keyset (cursor) paging, the optional total, name search through the engine's word index, and the cached unit-head scope.</summary>
[Collection(ApiCollection.Name)]
public class PagingTests(ApiFactory api)
{
    private static async Task<Guid> APosition(HttpClient c) =>
        await c.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");

    private static async Task<List<Paged<EmployeeResponse>>> Walk(HttpClient c, string query, Func<int, Task>? betweenPages = null)
    {
        var pages = new List<Paged<EmployeeResponse>> { await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?{query}") };
        while (pages[^1].NextCursor is { } next)
        {
            if (betweenPages is not null) await betweenPages(pages.Count);
            pages.Add(await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?{query}&cursor={Uri.EscapeDataString(next)}"));
            Assert.True(pages.Count < 1000, "the cursor walk does not end");
        }
        return pages;
    }

    [Theory]
    [InlineData("admin@jmb", "name")]
    [InlineData("admin@jmb", "-name")]
    [InlineData("viewer@jmb", "nip")]
    [InlineData("admin@jmb", "-nip")]
    public async Task Keyset_paging_returns_every_row_exactly_once_while_rows_are_inserted_between_pages(string user, string sort)
    {
        var admin = await api.As("admin@jmb");
        var reader = await api.As(user);
        var position = await APosition(admin);
        var before = (await reader.Get<Paged<EmployeeResponse>>($"/api/v1/employees?pageSize=500&sort={sort}")).Items.Select(e => e.Id).ToList();
        Assert.True(before.Count > 100, $"only {before.Count} employees to page through");

        var inserted = new List<Guid>();
        var pages = await Walk(reader, $"pageSize=23&sort={sort}", async n =>
        {
            // Rows that sort before and after the cursor (by name at both ends; by NIP anywhere) arrive between pages.
            foreach (var name in new[] { $"Aaaa Sisipan {n}", $"Zzzz Sisipan {n}" })
                inserted.Add((await (await admin.Post("/api/v1/employees", TestData.Employee(position, name))).Read<EmployeeResponse>(HttpStatusCode.Created)).Id);
        });

        var seen = pages.SelectMany(p => p.Items).Select(e => e.Id).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count()); // nothing twice
        Assert.Empty(before.Except(seen)); // nothing that was there is skipped
        Assert.All(seen, id => Assert.True(before.Contains(id) || inserted.Contains(id)));
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.Page));
        Assert.NotNull(pages[0].Total);
        Assert.All(pages.Skip(1), p => Assert.Null(p.Total)); // the default with a cursor: no count
        Assert.Null(pages[^1].NextCursor);

        // Each page is in the order of the sort (the keyset predicate agrees with ORDER BY).
        var all = pages.SelectMany(p => p.Items).ToList();
        var expected = await reader.Get<Paged<EmployeeResponse>>($"/api/v1/employees?pageSize=500&sort={sort}");
        var order = expected.Items.Select(e => e.Id).Where(id => seen.Contains(id)).ToList();
        Assert.Equal(order, all.Select(e => e.Id).Where(id => order.Contains(id)).ToList());
    }

    [Fact]
    public async Task A_viewers_nip_cursor_carries_only_the_visible_digits()
    {
        var viewer = await api.As("viewer@pgk");
        var admin = await api.As("admin@pgk");
        var page = await viewer.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=5&sort=nip");
        var last = (await admin.Get<EmployeeResponse>($"/api/v1/employees/{page.Items[^1].Id}")).Nip;
        var raw = Convert.FromBase64String(page.NextCursor!.Replace('-', '+').Replace('_', '/').PadRight((page.NextCursor.Length + 3) / 4 * 4, '='));
        var text = System.Text.Encoding.UTF8.GetString(raw);
        Assert.Contains(last[8..], text);
        Assert.DoesNotContain(last[..8], text); // the birth date
    }

    [Fact]
    public async Task The_total_can_be_skipped_and_asked_for()
    {
        var admin = await api.As("admin@tpi");
        var with = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=10");
        var without = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=10&includeTotal=false");
        Assert.True(with.Total >= 200);
        Assert.Null(without.Total);
        Assert.Equal(with.Items.Select(e => e.Id), without.Items.Select(e => e.Id));
        Assert.NotNull(without.NextCursor);

        var second = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?pageSize=10&includeTotal=true&cursor={Uri.EscapeDataString(without.NextCursor!)}");
        Assert.Equal(with.Total, second.Total);
        Assert.Equal(2, second.Page);
        var byNumber = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=10&page=2");
        Assert.Equal(byNumber.Items.Select(e => e.Id), second.Items.Select(e => e.Id));

        // A filter without a joined column is counted from Employees alone; the same number as through the joins.
        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");
        var inUnit = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={dinkes.Id}&pageSize=500&active=true");
        Assert.Equal(inUnit.Items.Count, inUnit.Total);
        var unitHead = await api.As("kadinkes@tpi");
        var scoped = await unitHead.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        Assert.Equal(scoped.Items.Count, scoped.Total);
        Assert.True(scoped.Total < with.Total);
    }

    [Fact]
    public async Task A_bad_cursor_is_a_422_problem_never_a_500()
    {
        var admin = await api.As("admin@tpi");
        var first = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=5");
        var cursor = Uri.EscapeDataString(first.NextCursor!);

        foreach (var bad in new[] { "abc", "%%%", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "____", Convert.ToBase64String(new byte[] { 1, 0, 0, 0, 2, 0xff, 0xfe }), new string('A', 40) + "!" })
            await (await admin.GetAsync($"/api/v1/employees?cursor={Uri.EscapeDataString(bad)}")).Problem((HttpStatusCode)422, "cursor");
        // Page 1 or below in a forged cursor, a cursor of another sort, and sorts without keyset.
        var forged = Convert.ToBase64String([1, 0, 0, 0, 1, .. new byte[16], 4, .. "name"u8, .. "Andi"u8]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await (await admin.GetAsync($"/api/v1/employees?cursor={forged}")).Problem((HttpStatusCode)422, "cursor");
        await (await admin.GetAsync($"/api/v1/employees?sort=nip&cursor={cursor}")).Problem((HttpStatusCode)422, "cursor");
        await (await admin.GetAsync($"/api/v1/employees?sort=unit&cursor={cursor}")).Problem((HttpStatusCode)422, "cursor");
        await (await admin.GetAsync($"/api/v1/employees?page=2&cursor={cursor}")).Problem((HttpStatusCode)422, "page");
        await (await admin.GetAsync($"/api/v1/employees?cursor={new string('A', 1201)}")).Problem((HttpStatusCode)422, "cursor");
        // A tampered key is only a different place to start from.
        var tampered = Convert.ToBase64String([1, 0, 0, 0, 7, .. Guid.NewGuid().ToByteArray(), 4, .. "name"u8, .. "Zz' OR 1=1 --"u8]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var after = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?cursor={tampered}");
        Assert.Equal(7, after.Page);
        Assert.All(after.Items, e => Assert.True(string.CompareOrdinal(e.Name, "Zz' OR 1=1 --") >= 0));
        // Sorts without keyset page by number only, and say so by giving no cursor.
        Assert.Null((await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=5&sort=unit")).NextCursor);
    }

    [Fact]
    public async Task Names_are_found_by_any_words_start_case_insensitive_at_once_after_changes_and_imports_within_the_tenant()
    {
        var admin = await api.As("admin@amq");
        var position = await APosition(admin);
        var tag = "Qx" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray());
        async Task<IReadOnlyList<EmployeeResponse>> Find(HttpClient c, string q) =>
            (await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?pageSize=50&q={Uri.EscapeDataString(q)}")).Items;

        var created = await (await admin.Post("/api/v1/employees", TestData.Employee(position, $"Siti Nurhaliza {tag}"))).Read<EmployeeResponse>(HttpStatusCode.Created);
        Assert.Contains(await Find(admin, tag.ToLowerInvariant()), e => e.Id == created.Id);
        Assert.Contains(await Find(admin, $"NURHA {tag[..4]}"), e => e.Id == created.Id);
        Assert.Contains(await Find(admin, $"{tag}, siti!"), e => e.Id == created.Id); // order and punctuation do not matter
        Assert.DoesNotContain(await Find(admin, "haliza " + tag), e => e.Id == created.Id); // the middle of a word is not a word's start
        Assert.DoesNotContain(await Find(admin, $"{tag} Budi"), e => e.Id == created.Id); // every word must match
        Assert.Empty(await Find(await api.As("admin@tpi"), tag)); // another tenant's employee is never found
        Assert.Empty(await Find(admin, "%_"));

        var renamed = await (await admin.Update($"/api/v1/employees/{created.Id}", TestData.Employee(position, $"Rahmawati {tag}", created.Nip))).Read<EmployeeResponse>();
        Assert.Equal($"Rahmawati {tag}", renamed.Name);
        Assert.Contains(await Find(admin, $"rahma {tag}"), e => e.Id == created.Id);
        Assert.DoesNotContain(await Find(admin, $"siti {tag}"), e => e.Id == created.Id);

        var nip = TestData.NewNip().Nip;
        await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest
        {
            Rows = [new() { Nip = nip, Name = $"Élodie Impor {tag}", EmploymentType = EmploymentType.Pns, Rank = "II/c", PositionCode = "PLK-DUKCAPIL-DAFDUK" }],
        })).Read<EmployeeImportResponse>();
        Assert.Contains(await Find(admin, $"elod {tag}"), e => e.Nip == nip); // diacritics do not matter
        Assert.Contains(await Find(admin, nip[..10]), e => e.Nip == nip); // NIPs still by their start
    }

    [Fact]
    public async Task A_unit_heads_cached_scope_follows_a_move_of_their_unit_at_once()
    {
        var admin = await api.As("admin@pgk");
        var unitHead = await api.As("kadinkes@pgk");
        var seen = (await unitHead.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500")).Items.Select(e => e.Id).Order().ToList();
        Assert.NotEmpty(seen);

        var units = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items;
        var dinkes = units.Single(u => u.Code == "DINKES");
        var elsewhere = units.First(u => u.Depth == 1 && u.Id != dinkes.Id && !u.Path.StartsWith(dinkes.Path) && u.IsActive);
        await (await admin.Update($"/api/v1/units/{dinkes.Id}", new UnitRequest { Code = dinkes.Code, Name = dinkes.Name, ParentId = elsewhere.Id })).Read<UnitResponse>();
        try
        {
            var after = (await unitHead.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500")).Items.Select(e => e.Id).Order().ToList();
            Assert.Equal(seen, after);
        }
        finally
        {
            await (await admin.Update($"/api/v1/units/{dinkes.Id}", new UnitRequest { Code = dinkes.Code, Name = dinkes.Name, ParentId = dinkes.ParentId })).Read<UnitResponse>();
        }
        Assert.Equal(seen, (await unitHead.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500")).Items.Select(e => e.Id).Order().ToList());
    }
}
