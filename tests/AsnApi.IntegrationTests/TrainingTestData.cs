using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The training catalogue over HTTP, for every training test: a partner, a program with given competencies, a session,
/// and its transitions. Each helper asserts its own status, so a test fails where the set-up broke. Signatures are stable.
/// </summary>
public static class TrainingTestData
{
    /// <summary>A program code unused in any tenant: letters, digits and a hyphen, at most 20 characters.</summary>
    public static string NewCode(string prefix = "UJI") => $"{prefix}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    public static async Task<PartnerResponse> CreatePartner(HttpClient admin, string? name = null, PartnerKind kind = PartnerKind.GovernmentTrainingAgency) =>
        await (await admin.Post("/api/v1/partners", new PartnerRequest
        {
            Name = name ?? "Mitra Uji " + Guid.NewGuid().ToString("N")[..8], Kind = kind, ContactName = "Narahubung", ContactEmail = "diklat@example.go.id", ContactPhone = "+62 771 123456",
        })).Read<PartnerResponse>(HttpStatusCode.Created);

    /// <summary>
    /// A program of the caller's tenant. <paramref name="competencies"/>: (competency id, expected gain 1–2); none by default.
    /// National competency ids come from <c>AsnApi.Domain.NationalCompetencies.IdOf("M.1")</c>.
    /// </summary>
    public static async Task<TrainingProgramResponse> CreateProgram(HttpClient admin, IEnumerable<(Guid CompetencyId, int ExpectedGain)>? competencies = null,
        DevelopmentActivityForm form = DevelopmentActivityForm.PelatihanTeknis, int jp = 24, bool grantsCertificate = true, string? code = null, Guid? partnerId = null,
        string? title = null) =>
        await (await admin.Post("/api/v1/training-programs", Program(competencies, form, jp, grantsCertificate, code, partnerId, title))).Read<TrainingProgramResponse>(HttpStatusCode.Created);

    /// <summary>The request <see cref="CreateProgram"/> sends, for tests that change one field.</summary>
    public static TrainingProgramRequest Program(IEnumerable<(Guid CompetencyId, int ExpectedGain)>? competencies = null,
        DevelopmentActivityForm form = DevelopmentActivityForm.PelatihanTeknis, int jp = 24, bool grantsCertificate = true, string? code = null, Guid? partnerId = null,
        string? title = null) => new()
        {
            Code = code ?? NewCode(), Title = title ?? "Pelatihan Uji " + Guid.NewGuid().ToString("N")[..6], Description = "Program untuk pengujian.", Form = form,
            Delivery = TrainingDelivery.InPerson, Jp = jp, PartnerId = partnerId, CostPerParticipant = 1_500_000m, GrantsCertificate = grantsCertificate,
            Competencies = (competencies ?? []).Select(c => new ProgramCompetencyRequest { CompetencyId = c.CompetencyId, ExpectedGain = c.ExpectedGain }).ToList(),
        };

    /// <summary>A planned session of the program; by default 1–3 December 2026 in Tanjungpinang.</summary>
    public static async Task<TrainingSessionResponse> CreateSession(HttpClient admin, Guid programId, int capacity = 10, DateOnly? start = null, DateOnly? end = null, string? name = null) =>
        await (await admin.Post("/api/v1/training-sessions", Session(programId, capacity, start, end, name))).Read<TrainingSessionResponse>(HttpStatusCode.Created);

    /// <summary>The request <see cref="CreateSession"/> sends.</summary>
    public static TrainingSessionRequest Session(Guid programId, int capacity = 10, DateOnly? start = null, DateOnly? end = null, string? name = null)
    {
        var from = start ?? new DateOnly(2026, 12, 1);
        return new()
        {
            ProgramId = programId, Name = name ?? "Angkatan Uji", StartDate = from, EndDate = end ?? from.AddDays(2),
            Location = "Aula BKPSDM, Tanjungpinang", Capacity = capacity,
        };
    }

    /// <summary>POST …/{id}/{step} (open, start, finish, cancel) with the session's current ETag; asserts 200.</summary>
    public static async Task<TrainingSessionResponse> Move(HttpClient admin, Guid sessionId, string step) =>
        await (await admin.Step($"/api/v1/training-sessions/{sessionId}", step)).Read<TrainingSessionResponse>();

    public static Task<TrainingSessionResponse> Open(HttpClient admin, Guid sessionId) => Move(admin, sessionId, "open");

    public static Task<TrainingSessionResponse> Start(HttpClient admin, Guid sessionId) => Move(admin, sessionId, "start");

    public static Task<TrainingSessionResponse> Finish(HttpClient admin, Guid sessionId) => Move(admin, sessionId, "finish");

    /// <summary>A new program (with these competencies, form, JP, certificate) and an open session of it with this capacity.</summary>
    public static async Task<(TrainingProgramResponse Program, TrainingSessionResponse Session)> OpenSession(HttpClient admin, int capacity = 10,
        IEnumerable<(Guid CompetencyId, int ExpectedGain)>? competencies = null, DevelopmentActivityForm form = DevelopmentActivityForm.PelatihanTeknis, int jp = 24,
        bool grantsCertificate = true, DateOnly? start = null, DateOnly? end = null)
    {
        var program = await CreateProgram(admin, competencies, form, jp, grantsCertificate);
        var session = await CreateSession(admin, program.Id, capacity, start, end);
        return (program, await Open(admin, session.Id));
    }
}
