using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class TrainingCatalogTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");

    [Fact]
    public async Task A_program_with_its_partner_and_competencies_is_created_and_read_back()
    {
        var admin = await api.As("admin@tpi");
        var partner = await TrainingTestData.CreatePartner(admin, kind: PartnerKind.University);
        var code = TrainingTestData.NewCode("pkp").ToLowerInvariant();
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 2), (Integritas, 1)], DevelopmentActivityForm.PelatihanKepemimpinanPengawas, jp: 40,
            code: code, partnerId: partner.Id);

        Assert.Equal(code.ToUpperInvariant(), program.Code);
        Assert.Equal((partner.Id, partner.Name), (program.PartnerId, program.PartnerName));
        Assert.Equal(("Pelatihan Kepemimpinan Pengawas", true, 40, true, 1_500_000m), (program.FormLabel, program.IsClassroom, program.Jp, program.GrantsCertificate, program.CostPerParticipant));
        Assert.Equal([("M.1", 1), ("M.3", 2)], program.Competencies.Select(c => (c.CompetencyCode, c.ExpectedGain)));
        Assert.All(program.Competencies, c => Assert.False(string.IsNullOrEmpty(c.CompetencyName)));

        var response = await admin.GetAsync($"/api/v1/training-programs/{program.Id}");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var read = await response.Read<TrainingProgramResponse>();
        Assert.Equal(program.Competencies.Select(c => c.CompetencyId), read.Competencies.Select(c => c.CompetencyId));
        Assert.Equal(partner.Name, (await admin.Get<PartnerResponse>($"/api/v1/partners/{partner.Id}")).Name);
    }

    [Fact]
    public async Task A_session_is_planned_then_opened_with_its_seats_and_indonesian_status()
    {
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1)], jp: 16);
        var session = await TrainingTestData.CreateSession(admin, program.Id, capacity: 12, start: new DateOnly(2026, 12, 7), end: new DateOnly(2026, 12, 8));
        Assert.Equal((TrainingSessionStatus.Planned, "Direncanakan", 12, 0, 12, 1), (session.Status, session.StatusLabel, session.Capacity, session.SeatsTaken, session.SeatsLeft, session.Version));
        Assert.Equal((program.Id, program.Code, program.Title, 16, program.Form), (session.ProgramId, session.ProgramCode, session.ProgramTitle, session.ProgramJp, session.ProgramForm));

        var open = await TrainingTestData.Open(admin, session.Id);
        Assert.Equal((TrainingSessionStatus.Open, "Pendaftaran dibuka", 2), (open.Status, open.StatusLabel, open.Version));
        var read = await admin.GetAsync($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);

        var (_, ready) = await TrainingTestData.OpenSession(admin, capacity: 3);
        Assert.Equal((TrainingSessionStatus.Open, 3), (ready.Status, ready.SeatsLeft));
    }
}
