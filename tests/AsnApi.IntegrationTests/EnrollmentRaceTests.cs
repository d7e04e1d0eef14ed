using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Capacity under concurrency: many parallel enrollments for few seats, and parallel duplicates of one employee.
/// The same flows run on SQL Server in <c>SqlServerApiTests</c> (through <see cref="EnrollmentRace"/>).
/// </summary>
[Collection(ApiCollection.Name)]
public class EnrollmentRaceTests(ApiFactory api)
{
    [Fact]
    public Task Fifty_parallel_requests_for_ten_seats_give_ten_enrollments_and_forty_409s() => EnrollmentRace.ForSeats(api, "admin@pgk");

    [Fact]
    public Task Parallel_duplicates_of_one_employee_give_one_enrollment() => EnrollmentRace.Duplicates(api, "admin@pgk");

    [Fact]
    public Task Parallel_withdrawals_naming_one_version_free_the_seat_once() => EnrollmentRace.Withdrawals(api, "admin@pgk");

    [Fact]
    public Task Parallel_completions_take_certificate_numbers_once_each_in_sequence() => EnrollmentRace.Certificates(api, "admin@pgk");
}

public static class EnrollmentRace
{
    public static async Task ForSeats(ApiFactory api, string admin)
    {
        var client = await api.As(admin);
        var (_, session) = await TrainingTestData.OpenSession(client, capacity: 10);
        var employees = (await client.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=50")).Items;
        Assert.Equal(50, employees.Count);

        // One client per request, all released at once.
        var clients = await Task.WhenAll(employees.Select(_ => api.As(admin)));
        var responses = await Task.WhenAll(employees.Select((e, i) => EnrollmentTests.Enroll(clients[i], session.Id, e.Id)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("full", (string?)(await r.Problem(HttpStatusCode.Conflict))["reason"]);

        var after = await client.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal((10, 0, session.Version), (after.SeatsTaken, after.SeatsLeft, after.Version));
        var roster = await client.Get<Paged<EnrollmentResponse>>($"{EnrollmentTests.Roster(session.Id)}?pageSize=100");
        Assert.Equal(10, roster.Total);
        var winners = new List<Guid>();
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Created)) winners.Add((await r.Read<EnrollmentResponse>(HttpStatusCode.Created)).EmployeeId);
        Assert.Equal(winners.Order(), roster.Items.Select(e => e.EmployeeId).Order());
    }

    public static async Task Duplicates(ApiFactory api, string admin)
    {
        var client = await api.As(admin);
        var (_, session) = await TrainingTestData.OpenSession(client, capacity: 10);
        var employee = (await client.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1&sort=-name")).Items[0];

        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.As(admin)));
        var responses = await Task.WhenAll(clients.Select(c => EnrollmentTests.Enroll(c, session.Id, employee.Id)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await r.Problem(HttpStatusCode.Conflict);
            Assert.Equal("alreadyEnrolled", (string?)problem["reason"]);
            Assert.True(problem["errors"]?["employeeId"] is JsonArray);
        }
        // The losers' seats went back with their rollback.
        Assert.Equal(1, (await client.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).SeatsTaken);
        Assert.Equal(1, (await client.Get<Paged<EnrollmentResponse>>(EnrollmentTests.Roster(session.Id))).Total);
    }

    public static async Task Certificates(ApiFactory api, string admin)
    {
        var client = await api.As(admin);
        var (program, session) = await TrainingTestData.OpenSession(client, capacity: 10, grantsCertificate: true);
        var employees = (await client.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=10&sort=nip")).Items;
        var enrolled = new List<EnrollmentResponse>();
        foreach (var e in employees) enrolled.Add(await EnrollmentTests.Enrolled(client, session.Id, e.Id));
        await TrainingTestData.Start(client, session.Id);

        var clients = await Task.WhenAll(enrolled.Select(_ => api.As(admin)));
        var responses = await Task.WhenAll(enrolled.Select((e, i) => clients[i].PostIfMatch($"{EnrollmentTests.One(session.Id, e.Id)}/complete", e.Version)));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.Read<EnrollmentResponse>()).CertificateNumber!);
        var prefix = $"{admin.Split('@')[1].ToUpperInvariant()}/{session.EndDate.Year}/{program.Code}/";
        Assert.Equal(Enumerable.Range(1, 10).Select(n => prefix + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)), numbers.Order(StringComparer.Ordinal));
    }

    public static async Task Withdrawals(ApiFactory api, string user)
    {
        var admin = await api.As(user);
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 3);
        var employees = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=2&sort=-nip")).Items;
        var leaving = await EnrollmentTests.Enrolled(admin, session.Id, employees[0].Id);
        await EnrollmentTests.Enrolled(admin, session.Id, employees[1].Id);

        var clients = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => api.As(user)));
        var responses = await Task.WhenAll(clients.Select(c => c.PostIfMatch($"{EnrollmentTests.One(session.Id, leaving.Id)}/withdraw", leaving.Version)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(11, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(1, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).SeatsTaken);
    }
}
