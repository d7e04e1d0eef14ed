using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Demo service units for each tenant with a year of SKM responses: a licensing office graded A, a Dukcapil
/// counter graded B, and a puskesmas graded C whose sample is too small for its population, so every state of
/// the report shows. Deterministic per tenant; sent through the features' own INSERT statements.
/// </summary>
internal static class FeedbackDemoSeed
{
    private sealed record Point(string Name, string Slug, string UnitCode, string[] Types, int Population, int Responses, double Mean, int WeakUnsur);

    private static readonly Point[] Points =
    [
        new("Mal Pelayanan Publik — Perizinan", "perizinan", "DPMPTSP-YAN", ["Izin Usaha (OSS)", "Persetujuan Bangunan Gedung", "Izin Praktik Tenaga Kesehatan"], 3_000, 360, 3.75, 2),
        new("Layanan Dukcapil", "dukcapil", "DUKCAPIL-DAFDUK", ["KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Pindah Datang"], 12_000, 420, 3.3, 2),
        new("Puskesmas Kota", "puskesmas-kota", "DINKES-YANKES", ["Rawat Jalan", "Imunisasi", "Kesehatan Ibu dan Anak"], 20_000, 60, 2.8, 6),
    ];

    private static readonly string[] Suggestions =
    [
        "Antrean pagi terlalu panjang, mohon tambah loket.", "Petugas ramah dan cepat.", "Informasi persyaratan di papan kurang jelas.",
        "Ruang tunggu panas, mohon perbaikan pendingin.", "Sistem daring sering gangguan.",
    ];

    private static int Score(double mean, Random random)
    {
        var low = Math.Clamp((int)Math.Floor(mean), 1, 3);
        return random.NextDouble() < mean - low ? low + 1 : low;
    }

    public static async Task Seed(Db db, int tenantIndex, Guid tenantId, Func<string, Guid> unitOf, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(2000 + tenantIndex);
        var today = SurveyRollups.DayOf(now);
        foreach (var p in Points)
        {
            var id = Guid.NewGuid();
            await db.Execute(Features.ServiceUnits.ServiceUnitSql.Insert, new
            {
                Id = id, TenantId = tenantId, UnitId = unitOf(p.UnitCode), p.Name, p.Slug, ServiceTypes = ServiceTypeList.ToJson(p.Types),
                PopulationPerYear = p.Population, SurveyOpen = true, Now = now,
            }, ct);
            var mean = p.Mean - 0.03 * tenantIndex;
            var rows = new List<object>();
            for (var i = 0; i < p.Responses; i++)
            {
                // Each unsur scores the two whole numbers around the unit's mean, so its expected NRR is that mean; the weak unsur 0.6 lower.
                var scores = Enumerable.Range(0, 9).Select(u => Score(mean - (u == p.WeakUnsur ? 0.6 : 0), random)).ToArray();
                var paper = random.Next(5) == 0;
                var who = random.Next(3) == 0 ? null : new RespondentProfileRequest
                {
                    Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female, AgeBand = (AgeBand)random.Next(6), Education = (Education)random.Next(8), Occupation = (Occupation)random.Next(7),
                };
                rows.Add(Features.Survey.SurveySql.Row(tenantId, id, Guid.NewGuid(), paper ? nameof(SurveyChannel.Paper) : nameof(SurveyChannel.Online), today.AddDays(-random.Next(365)), now,
                    p.Types[random.Next(p.Types.Length)], scores, who, random.Next(8) == 0 ? Suggestions[random.Next(Suggestions.Length)] : null, paper ? "admin" : null));
            }
            await db.Execute(Features.Survey.SurveySql.Insert, rows, ct);
            await SurveyRollups.Refresh(db, tenantId, id, today.AddDays(-365), today, ct);
        }
    }
}
