using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ImportKindsTests;

namespace AsnApi.IntegrationTests;

/// <summary>Accept-Language: en gives every import message in English, the validators' too; without it they are Indonesian.</summary>
[Collection(ApiCollection.Name)]
public class ImportEnglishTests(ApiFactory api)
{
    private static async Task<HttpResponseMessage> Post(HttpClient c, string url, HttpContent content, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await c.SendAsync(request);
    }

    private static Dictionary<(int, string), string> ByCell(ImportReport r) => r.Errors.ToDictionary(e => (e.Row, e.Column), e => e.Message);

    [Fact]
    public async Task Employee_rows_get_the_validators_messages_in_english()
    {
        var admin = await api.As("admin@tpi");
        var (nip, birth) = TestData.NewNip();
        var csv = "NIP;Nama;Jenis Kepegawaian;Tanggal Lahir;Golongan;Kode Jabatan\r\n"
            + "12345;Satu;Pns;;;PLK-DUKCAPIL-DAFDUK\r\n"
            + $"{nip};;Pns;{birth.AddDays(1):dd/MM/yyyy};V/z;PLK-DUKCAPIL-DAFDUK\r\n"
            + $"{TestData.NewNip().Nip};{new string('x', 201)};Pns;;;PLK-DUKCAPIL-DAFDUK\r\n";
        var en = ByCell(await (await Post(admin, "/api/v1/imports/employees?dryRun=true", Csv(csv), "en-US,en;q=0.9")).Read<ImportReport>());
        Assert.Equal("A NIP has 18 digits.", en[(2, "nip")]);
        Assert.Equal("The name is required.", en[(3, "name")]);
        Assert.Equal($"The birth date does not match the NIP ({birth:yyyy-MM-dd}).", en[(3, "birthDate")]);
        Assert.Equal("A PNS rank is I/a to IV/e.", en[(3, "rank")]);
        Assert.Equal("At most 200 characters.", en[(4, "name")]);

        var id = ByCell(await (await Post(admin, "/api/v1/imports/employees?dryRun=true", Csv(csv), null)).Read<ImportReport>());
        Assert.Equal(("NIP harus 18 digit angka.", "Nama wajib diisi.", "Paling banyak 200 karakter."), (id[(2, "nip")], id[(3, "name")], id[(4, "name")]));
    }

    [Fact]
    public async Task Training_and_survey_rows_and_the_rejected_files_problem_are_in_english()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var survey = "serviceUnit,submissionId,respondedOn,u1,u2,u3,u4,u5,u6,u7,u8,u9,serviceType,suggestion\r\n"
            + $"{unit.Slug},{Guid.NewGuid()},01/02/2099,1,2,3,4,1,2,3,4,1,Paspor,\"tab\tdi sini\u200b\"\r\n";
        var s = ByCell(await (await Post(admin, "/api/v1/imports/survey-responses?dryRun=true", Csv(survey), "en")).Read<ImportReport>());
        Assert.Equal("The date of the form lies between 1 January 2000 and today.", s[(2, "respondedOn")]);
        Assert.Equal("This service unit does not offer that service type. Choices: KTP-el, Akta Kelahiran.", s[(2, "serviceType")]);
        Assert.Equal("Text cannot contain zero-width characters.", s[(2, "suggestion")]);

        var program = await TrainingTestData.CreateProgram(admin, form: DevelopmentActivityForm.Seminar, jp: 8);
        var employee = (await ImportTrainingRecordsTests.NewEmployees(admin, 1))[0];
        var training = $"nip,programCode,date\r\n{employee.Nip},{program.Code},01/01/2099\r\n";
        var problem = await (await Post(admin, "/api/v1/imports/training-records", Csv(training), "en")).Problem((HttpStatusCode)422, "rows[2].date");
        Assert.Equal("The activity date cannot be in the future.", problem["errors"]!["rows[2].date"]![0]!.GetValue<string>());
        Assert.StartsWith("1 errors in the file; nothing was saved.", problem["detail"]!.GetValue<string>());
    }
}
