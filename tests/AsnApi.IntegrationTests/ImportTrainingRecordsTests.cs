using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ImportKindsTests;

namespace AsnApi.IntegrationTests;

/// <summary>POST /api/v1/imports/training-records: completions in a session (seats, JP, certificates) and training outside one.</summary>
[Collection(ApiCollection.Name)]
public class ImportTrainingRecordsTests(ApiFactory api)
{
    /// <summary>Names of letters only: other tests search a name by its words' first three letters, and digits would make that a NIP search.</summary>
    internal static readonly string[] Words = ["Alfa", "Bravo", "Charlie", "Delta", "Elang"];

    /// <summary>Fresh employees of the caller's tenant, so ledger figures here are this test's alone.</summary>
    internal static async Task<List<(Guid Id, string Nip)>> NewEmployees(HttpClient admin, int count)
    {
        var nips = Enumerable.Range(0, count).Select(_ => TestData.NewNip().Nip).ToList();
        var rows = nips.Select((n, i) => new { nip = n, name = $"Peserta Impor {Words[i % Words.Length]}", employmentType = "Pns", positionCode = "PLK-DUKCAPIL-DAFDUK" });
        var report = await (await admin.PostAsJsonAsync("/api/v1/imports/employees", rows)).Read<ImportReport>();
        Assert.Equal(count, report.Inserted);
        var found = new List<(Guid, string)>();
        foreach (var n in nips) found.Add(((await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={n}")).Items.Single().Id, n));
        return found;
    }

    private static string Roster(Guid sessionId) => $"/api/v1/training-sessions/{sessionId}/enrollments?pageSize=50";

    private static async Task<int> LedgerEntries(HttpClient c, Guid employeeId, int year) => (await c.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employeeId}/jp-ledger?year={year}")).Entries.Count;

    /// <summary>A program with a session that ran 5–7 January 2026 and has finished, one of <paramref name="enrolled"/> enrolled before it started.</summary>
    private static async Task<(TrainingProgramResponse Program, TrainingSessionResponse Session)> FinishedSession(HttpClient admin, int capacity, Guid? enrolled = null)
    {
        var program = await TrainingTestData.CreateProgram(admin, jp: 24, grantsCertificate: true);
        var session = await TrainingTestData.CreateSession(admin, program.Id, capacity, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 7), name: "Angkatan I 2026");
        await TrainingTestData.Open(admin, session.Id);
        if (enrolled is { } e)
            await (await admin.Post($"/api/v1/training-sessions/{session.Id}/enrollments", new EnrollmentRequest { EmployeeId = e })).Read<EnrollmentResponse>(HttpStatusCode.Created);
        await TrainingTestData.Start(admin, session.Id);
        return (program, await TrainingTestData.Finish(admin, session.Id));
    }

    [Fact]
    public async Task Rows_with_a_session_complete_enrollments_take_seats_credit_jp_and_certificates_and_a_re_import_is_unchanged()
    {
        var admin = await api.As("admin@pgk");
        var people = await NewEmployees(admin, 3);
        var (program, session) = await FinishedSession(admin, capacity: 3, enrolled: people[0].Id);
        var csv = "NIP;Kode Program;Angkatan;Nilai Pre-test;Nilai Post-test\r\n"
            + string.Concat(people.Select((p, i) => $"{p.Nip};{program.Code.ToLowerInvariant()};angkatan i 2026;{50 + i};{80 + i}\r\n"));

        var dry = await (await admin.PostAsync("/api/v1/imports/training-records?dryRun=true", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((2, 1, 0, 0, false), (dry.Inserted, dry.Updated, dry.Unchanged, dry.Rejected, dry.Written));
        Assert.Equal(1, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);
        Assert.Equal(0, await LedgerEntries(admin, people[0].Id, 2026));

        var done = await (await admin.PostAsync("/api/v1/imports/training-records", Csv(csv))).Read<ImportReport>();
        Assert.Equal((2, 1, true), (done.Inserted, done.Updated, done.Written));
        var roster = (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Items;
        Assert.Equal(3, roster.Count);
        Assert.All(roster, e => Assert.Equal((EnrollmentStatus.Completed, (int?)24), (e.Status, e.JpCredited)));
        Assert.Equal(3, roster.Select(e => e.CertificateNumber).Distinct().Count());
        Assert.All(roster, e => Assert.Matches($"^PGK/2026/{program.Code}/\\d{{4}}$", e.CertificateNumber!));
        Assert.Equal((50, 80), (roster.Single(e => e.EmployeeId == people[0].Id).PreTestScore!.Value, roster.Single(e => e.EmployeeId == people[0].Id).PostTestScore!.Value));
        var seats = await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal((3, 0), (seats.SeatsTaken, seats.SeatsLeft));
        var ledger = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{people[2].Id}/jp-ledger?year=2026");
        Assert.Equal((24, new DateOnly(2026, 1, 7)), (ledger.EarnedJp, ledger.Entries.Single().Date));

        var again = await (await admin.PostAsync("/api/v1/imports/training-records", Csv(csv))).Read<ImportReport>();
        Assert.Equal((0, 0, 3, true), (again.Inserted, again.Updated, again.Unchanged, again.Written));
        Assert.Equal(1, await LedgerEntries(admin, people[2].Id, 2026));

        // JSON: only a changed score updates the completion; the credit stays one.
        var json = new[] { new { nip = people[1].Nip, programCode = program.Code, session = "Angkatan I 2026", postTestScore = 99 } };
        var scored = await (await admin.PostAsJsonAsync("/api/v1/imports/training-records", json)).Read<ImportReport>();
        Assert.Equal((0, 1), (scored.Inserted, scored.Updated));
        var one = (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Items.Single(e => e.EmployeeId == people[1].Id);
        Assert.Equal((51, 99, 24), (one.PreTestScore, one.PostTestScore, one.JpCredited));
        Assert.Equal(1, await LedgerEntries(admin, people[1].Id, 2026));
    }

    [Fact]
    public async Task Without_a_session_a_row_is_an_external_activity_with_the_programs_jp_and_form_in_xlsx_and_json()
    {
        var admin = await api.As("admin@pgk");
        var people = await NewEmployees(admin, 2);
        var program = await TrainingTestData.CreateProgram(admin, form: DevelopmentActivityForm.Seminar, jp: 8, grantsCertificate: false);
        var xlsx = Xlsx(("Sheet1", [["NIP", "Kode Program", "Tanggal"], [people[0].Nip, program.Code, "10/03/2026"], [people[1].Nip, program.Code, "2025-11-02"]]));

        var done = await (await admin.PostAsync("/api/v1/imports/training-records", XlsxContent(xlsx))).Read<ImportReport>();
        Assert.Equal((2, 0, true), (done.Inserted, done.Rejected, done.Written));
        var activity = (await admin.Get<Paged<ExternalActivityResponse>>($"/api/v1/employees/{people[0].Id}/external-activities")).Items.Single();
        Assert.Equal((program.Title, DevelopmentActivityForm.Seminar, new DateOnly(2026, 3, 10), 8), (activity.Title, activity.Form, activity.ActivityDate, activity.Jp));
        Assert.Equal(8, (await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{people[0].Id}/jp-ledger?year=2026")).EarnedJp);
        Assert.Equal(8, (await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{people[1].Id}/jp-ledger?year=2025")).EarnedJp);

        var json = new[] { new { nip = people[0].Nip, programCode = program.Code, date = "2026-03-10" }, new { nip = people[1].Nip, programCode = program.Code, date = "02/11/2025" } };
        var again = await (await admin.PostAsJsonAsync("/api/v1/imports/training-records", json)).Read<ImportReport>();
        Assert.Equal((0, 2, true), (again.Inserted, again.Unchanged, again.Written));
        Assert.Equal(1, await LedgerEntries(admin, people[0].Id, 2026));

        // Neither a session nor a date; scores without a session; a date in the future (the activity validator): each named.
        var bad = "nip,programCode,date,preTestScore\r\n"
            + $"{people[0].Nip},{program.Code},,\r\n{people[0].Nip},{program.Code},01/01/2026,70\r\n{people[0].Nip},{program.Code},01/01/2099,\r\n";
        var report = (await (await admin.PostAsync("/api/v1/imports/training-records?dryRun=true", Csv(bad))).Read<ImportReport>()).Errors;
        Assert.Equal([(2, "date"), (3, "preTestScore"), (4, "date")], report.Select(e => (e.Row, e.Column)));
        Assert.Contains("masa depan", report[2].Message);
    }

    [Fact]
    public async Task One_bad_row_rolls_back_the_file_and_valid_only_writes_the_rest_within_the_seats()
    {
        var admin = await api.As("admin@pgk");
        var people = await NewEmployees(admin, 3);
        var (program, session) = await FinishedSession(admin, capacity: 2);
        var csv = "NIP;Kode Program;Angkatan\r\n" + string.Concat(people.Select(p => $"{p.Nip};{program.Code};Angkatan I 2026\r\n")) + $"19000101 200001 1 999;{program.Code};Angkatan I 2026\r\n";

        var refused = await (await admin.PostAsync("/api/v1/imports/training-records", Csv(csv))).Problem((HttpStatusCode)422, "rows[4].session", "rows[5].nip");
        Assert.Contains("penuh", refused["errors"]!["rows[4].session"]![0]!.GetValue<string>());
        Assert.Equal(0, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);
        Assert.Equal(0, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).SeatsTaken);
        Assert.Equal(0, await LedgerEntries(admin, people[0].Id, 2026));

        var partly = await (await admin.PostAsync("/api/v1/imports/training-records?mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal((2, 2, true), (partly.Inserted, partly.Rejected, partly.Written));
        Assert.Equal(2, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).SeatsTaken);

        // A session that has not run yet takes no results.
        var planned = await TrainingTestData.CreateSession(admin, program.Id, 5, name: "Angkatan II 2026");
        var early = await (await admin.PostAsync("/api/v1/imports/training-records?dryRun=true", Csv($"nip,programCode,session\r\n{people[2].Nip},{program.Code},{planned.Name}\r\n"))).Read<ImportReport>();
        Assert.Equal(("session", 1), (early.Errors.Single().Column, early.Rejected));

        // An inactive employee takes no new seat, as the enrollment endpoint refuses them.
        Assert.Equal(HttpStatusCode.OK, (await admin.Step($"/api/v1/employees/{people[2].Id}", "deactivate")).StatusCode);
        var (other, running) = await FinishedSession(admin, capacity: 5);
        var inactive = await (await admin.PostAsync("/api/v1/imports/training-records?dryRun=true", Csv($"nip,programCode,session\r\n{people[2].Nip},{other.Code},{running.Name}\r\n"))).Read<ImportReport>();
        Assert.Equal(("nip", "Pegawai tidak aktif tidak dapat didaftarkan."), (inactive.Errors.Single().Column, inactive.Errors.Single().Message));
    }

    [Fact]
    public async Task Another_tenants_nip_and_program_are_rejected_and_their_records_untouched()
    {
        var admin = await api.As("admin@pgk");
        var other = await api.As("admin@amq");
        var theirs = (await NewEmployees(other, 1))[0];
        var (theirProgram, theirSession) = await FinishedSession(other, capacity: 2);
        var mine = (await NewEmployees(admin, 1))[0];
        var csv = $"nip,programCode,session\r\n{theirs.Nip},{theirProgram.Code},{theirSession.Name}\r\n{mine.Nip},{theirProgram.Code},{theirSession.Name}\r\n";
        var report = await (await admin.PostAsync("/api/v1/imports/training-records?mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal((0, 2), (report.Inserted, report.Rejected));
        Assert.Equal(["nip", "programCode", "programCode"], report.Errors.Select(e => e.Column));
        Assert.Equal(0, (await other.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{theirSession.Id}")).SeatsTaken);
        Assert.Equal(0, await LedgerEntries(other, theirs.Id, 2026));
    }
}
