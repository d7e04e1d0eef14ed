using AsnApi.Features.Effectiveness;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Reaction answers for the demo's finished sessions (about three in four participants, most through staff entry,
/// some through the participant's link, a few with a comment), on the built-in questionnaire; the pre- and
/// post-test scores come from the training seed. Then the effectiveness rollup of every session. Sent through the features' own INSERT statements.
/// </summary>
internal static class EffectivenessDemoSeed
{
    [Sql] internal const string Participants = """
        SELECT en.Id, en.SessionId, s.EndDate FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId
        WHERE en.TenantId = @TenantId AND s.Status = 'Finished' AND en.Status IN ('Attending', 'Completed', 'NotCompleted')
        ORDER BY s.StartDate, en.Id
        """;

    private static readonly string[] Comments =
    [
        "Materi langsung bisa dipakai di loket pelayanan.", "Waktu praktik terlalu singkat.", "Fasilitator sangat menguasai materi.",
        "Ruang kelas kurang nyaman, pendingin udara mati.", "Mohon ada sesi lanjutan.",
    ];

    private sealed record Row(Guid Id, Guid SessionId, DateOnly EndDate);

    public static async Task Seed(Db db, int tenantIndex, Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(7_000 + tenantIndex);
        var items = Domain.Effectiveness.DefaultItems.Count;
        var tones = new Dictionary<Guid, double>();
        foreach (var p in await db.Query<Row>(Participants, new { TenantId = tenantId }, ct))
        {
            // Each session has its own tone (3.2–4.6), so the programs differ on the page.
            if (!tones.TryGetValue(p.SessionId, out var tone)) tones[p.SessionId] = tone = 3.2 + random.NextDouble() * 1.4;
            if (random.NextDouble() >= 0.75) continue;
            var scores = Enumerable.Range(1, items).Select(_ => Math.Clamp((int)Math.Round(tone + random.NextDouble() * 1.6 - 0.8), 1, 5)).ToList();
            var link = random.NextDouble() < 0.3;
            var id = Guid.NewGuid();
            await db.Execute(ReactionAnswerWrites.Insert, new
            {
                Id = id, TenantId = tenantId, EnrollmentId = p.Id, p.SessionId, TemplateId = (Guid?)null, ScoreSum = scores.Sum(), ItemCount = scores.Count,
                Comment = random.NextDouble() < 0.2 ? Comments[random.Next(Comments.Length)] : null,
                Channel = (link ? Contracts.ReactionChannel.Link : Contracts.ReactionChannel.Staff).ToString(), AnsweredBy = link ? "peserta" : "demo",
                AnsweredAt = new DateTimeOffset(p.EndDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddDays(1 + random.Next(5)),
            }, ct);
            await db.Execute(ReactionAnswerWrites.InsertScore, scores.Select((s, i) => new { AnswerId = id, Position = i + 1, TenantId = tenantId, Score = s }), ct);
        }
        await EffectivenessRollups.RefreshTenant(db, tenantId, ct);
        _ = now;
    }
}
