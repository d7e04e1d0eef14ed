using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Features.TrainingPrograms;
using AsnApi.Features.TrainingSessions;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// The training demo: per tenant, partners, a dozen programs across the forms of development, sessions in every state,
/// and enrollments whose completions are spread over the past months, so the JP ledger shows people above and below
/// the 20-JP target. Completions are inserted as completed rows (JP credited, certificate numbers in sequence), and
/// their JP reaches the ledger only through <see cref="JpLedger.Add"/>, like a completion over HTTP.
/// </summary>
public static partial class DemoSeed
{
    private sealed record PartnerSeed(string Name, PartnerKind Kind, string? ContactName, string? Email, string? Phone);

    /// <summary>The region's own BPSDM and university, by tenant code.</summary>
    private static readonly Dictionary<string, (string Province, string University, string UniversityMail, string AreaCode)> Regions = new()
    {
        ["tpi"] = ("Kepulauan Riau", "Universitas Maritim Raja Ali Haji", "umrah.ac.id", "0771"),
        ["jmb"] = ("Jambi", "Universitas Jambi", "unja.ac.id", "0741"),
        ["pgk"] = ("Kepulauan Bangka Belitung", "Universitas Bangka Belitung", "ubb.ac.id", "0717"),
        ["amq"] = ("Maluku", "Universitas Pattimura", "unpatti.ac.id", "0911"),
    };

    private static PartnerSeed[] PartnersOf(string tenantCode)
    {
        var r = Regions[tenantCode];
        return
        [
            new($"BPSDM Provinsi {r.Province}", PartnerKind.GovernmentTrainingAgency, "Kepala Bidang Diklat", $"diklat@bpsdm.{tenantCode}.go.id", $"({r.AreaCode}) 21{r.AreaCode[^2..]}10"),
            new("Lembaga Administrasi Negara (LAN)", PartnerKind.GovernmentTrainingAgency, "Pusat Pembinaan Program dan Kebijakan", "humas@lan.go.id", "(021) 3868201"),
            new(r.University, PartnerKind.University, "Lembaga Pengembangan Pendidikan", $"lpp@{r.UniversityMail}", $"({r.AreaCode}) 7001{r.AreaCode[^2..]}"),
            new("Yayasan Kemitraan Tata Kelola Publik", PartnerKind.Ngo, "Koordinator Program", "program@tatakelola.or.id", "+62 812-7000-1122"),
            new("Ikatan Ahli Pengadaan Indonesia (IAPI)", PartnerKind.ProfessionalBody, "Sekretariat", "sekretariat@iapi.or.id", null),
            new("PT Literasi Digital Nusantara", PartnerKind.Private, null, "kelas@literasidigital.co.id", null),
        ];
    }

    private sealed record ProgramSeed(string Code, string Title, DevelopmentActivityForm Form, TrainingDelivery Delivery, int Jp, int Partner, decimal? Cost, bool Certificate,
        (string Competency, int Gain)[] Competencies, string Description);

    /// <summary>Partner is an index into <see cref="PartnersOf"/>, or -1 for none (coaching by the superior needs no partner).</summary>
    private static readonly ProgramSeed[] Programs =
    [
        new("PKP", "Pelatihan Kepemimpinan Pengawas", DevelopmentActivityForm.PelatihanKepemimpinanPengawas, TrainingDelivery.Blended, 180, 0, 17_500_000m, true,
            [("M.4", 2), ("M.6", 1), ("M.8", 1)], "Pelatihan kepemimpinan bagi pejabat pengawas: kinerja, pengembangan bawahan, aksi perubahan."),
        new("PKA", "Pelatihan Kepemimpinan Administrator", DevelopmentActivityForm.PelatihanKepemimpinanAdministrator, TrainingDelivery.Blended, 220, 1, 32_000_000m, true,
            [("M.7", 2), ("M.8", 2), ("M.2", 1)], "Pelatihan kepemimpinan bagi pejabat administrator dengan proyek perubahan di unit kerja."),
        new("TEK-SPBE", "Pelatihan Teknis Pengelolaan SPBE", DevelopmentActivityForm.PelatihanTeknis, TrainingDelivery.InPerson, 40, 2, 3_500_000m, true,
            [("T.TIK.01", 2), ("M.7", 1)], "Arsitektur, tata kelola dan manajemen Sistem Pemerintahan Berbasis Elektronik."),
        new("EGOV-DATA", "Kursus Satu Data dan Keamanan Informasi", DevelopmentActivityForm.Kursus, TrainingDelivery.Online, 24, 5, 1_250_000m, true,
            [("T.TIK.01", 1), ("M.1", 1)], "Pengelolaan data, interoperabilitas dan keamanan informasi untuk layanan digital pemerintah daerah."),
        new("YAN-ADUAN", "Pelatihan Penanganan Pengaduan Masyarakat (SP4N-LAPOR!)", DevelopmentActivityForm.PelatihanTeknis, TrainingDelivery.InPerson, 24, 3, 2_000_000m, true,
            [("T.YAN.01", 2), ("M.3", 1), ("M.5", 1)], "Menerima, menindaklanjuti dan menutup pengaduan masyarakat sesuai standar SP4N-LAPOR!."),
        new("YAN-PRIMA", "Lokakarya Pelayanan Publik Prima", DevelopmentActivityForm.Workshop, TrainingDelivery.InPerson, 16, 3, 750_000m, false,
            [("M.5", 1), ("M.3", 1)], "Standar pelayanan, maklumat pelayanan dan survei kepuasan masyarakat."),
        new("KEU-ANGG", "Pelatihan Perencanaan dan Penganggaran Daerah", DevelopmentActivityForm.PelatihanTeknis, TrainingDelivery.InPerson, 32, 0, 2_750_000m, true,
            [("T.KEU.01", 2), ("M.4", 1)], "Penyusunan RKPD, RKA dan DPA yang selaras dengan kinerja."),
        new("SDM-ASN", "Bimbingan Teknis Manajemen ASN", DevelopmentActivityForm.PelatihanTeknis, TrainingDelivery.Blended, 20, 0, 1_500_000m, true,
            [("T.SDM.01", 2)], "Manajemen kinerja, pengembangan karier dan sistem merit."),
        new("PBJ-DASAR", "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", DevelopmentActivityForm.PelatihanFungsional, TrainingDelivery.InPerson, 40, 4, 3_000_000m, true,
            [("T.ADM.01", 1), ("M.1", 1)], "Persiapan untuk ujian sertifikasi pengadaan barang/jasa pemerintah."),
        new("COACH-KIN", "Coaching Kinerja oleh Atasan Langsung", DevelopmentActivityForm.Coaching, TrainingDelivery.InPerson, 10, -1, null, false,
            [("M.4", 1), ("M.6", 1)], "Sesi coaching terstruktur untuk rencana dan capaian kinerja."),
        new("EL-LITDIG", "E-Learning Literasi Digital ASN", DevelopmentActivityForm.ELearning, TrainingDelivery.Online, 8, 5, 0m, true,
            [("T.TIK.01", 1)], "Kelas mandiri daring: literasi digital, etika bermedia sosial dan keamanan akun."),
        new("SEM-INTEG", "Seminar Integritas dan Budaya Anti Korupsi", DevelopmentActivityForm.Seminar, TrainingDelivery.InPerson, 6, 3, 0m, false,
            [("M.1", 1), ("SK.1", 1)], "Seminar sehari bersama penyuluh anti korupsi."),
        new("MENTOR-KEB", "Mentoring Wawasan Kebangsaan", DevelopmentActivityForm.Mentoring, TrainingDelivery.InPerson, 12, 0, null, false,
            [("SK.1", 2)], "Mentoring perekat bangsa bagi ASN baru dan PPPK."),
    ];

    [Sql] internal const string TenantCompetencyCodes = "SELECT c.Code, c.Id FROM Competencies c WHERE c.TenantId = @TenantId OR c.TenantId IS NULL ORDER BY c.Code";

    /// <summary>Seats taken by the seeded enrollments; over HTTP only the enrollment statement moves the counter.</summary>
    [Sql] internal const string SetSeatsTaken = "UPDATE TrainingSessions SET SeatsTaken = @SeatsTaken WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>An enrollment as it stands after its whole history (registered, attended, completed or not).</summary>
    [Sql] internal const string InsertEnrollment = """
        INSERT INTO TrainingEnrollments (Id, TenantId, SessionId, EmployeeId, Status, PreTestScore, PostTestScore, CompletedAt, JpCredited, CertificateNumber,
                                         EnrolledBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @SessionId, @EmployeeId, @Status, @PreTestScore, @PostTestScore, @CompletedAt, @JpCredited, @CertificateNumber,
                @EnrolledBy, @Version, @CreatedAt, @UpdatedAt)
        """;

    /// <summary>The last certificate number issued per program and year, so the next completion continues the sequence.</summary>
    [Sql] internal const string InsertCertificateSequence = "INSERT INTO CertificateSequences (TenantId, Year, ProgramCode, LastNumber) VALUES (@TenantId, @Year, @ProgramCode, @LastNumber)";

    private sealed class CodeId
    {
        public string Code { get; init; } = "";
        public Guid Id { get; init; }
    }

    private sealed record SessionPlan(int Program, string Name, DateOnly Start, DateOnly End, int Capacity, TrainingSessionStatus Status, int Participants);

    private static async Task SeedTraining(Db db, int tenantIndex, Guid tenantId, string tenantCode, List<(Guid Id, Guid PositionId)> placements,
        IReadOnlyDictionary<Guid, PositionType> positionTypes, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(7000 + tenantIndex); // its own sequence: the rest of the demo data stays as it was
        var partners = PartnersOf(tenantCode).Select(p => (Id: Guid.NewGuid(), Seed: p)).ToList();
        await db.Execute(Features.Partners.PartnerSql.Insert, partners.Select(p => new
        {
            p.Id, TenantId = tenantId, p.Seed.Name, Kind = p.Seed.Kind.ToString(), ContactName = p.Seed.ContactName, ContactEmail = p.Seed.Email, ContactPhone = p.Seed.Phone, Now = now,
        }), ct);

        var competencies = (await db.Query<CodeId>(TenantCompetencyCodes, new { TenantId = tenantId }, ct)).ToDictionary(c => c.Code, c => c.Id);
        var programs = Programs.Select(p => (Id: Guid.NewGuid(), Seed: p)).ToList();
        await db.Execute(TrainingProgramSql.Insert, programs.Select(p => new
        {
            p.Id, TenantId = tenantId, p.Seed.Code, p.Seed.Title, p.Seed.Description, Form = p.Seed.Form.ToString(), Delivery = p.Seed.Delivery.ToString(), p.Seed.Jp,
            PartnerId = p.Seed.Partner < 0 ? (Guid?)null : partners[p.Seed.Partner].Id, CostPerParticipant = p.Seed.Cost, GrantsCertificate = p.Seed.Certificate, Now = now,
        }), ct);
        await db.Execute(TrainingProgramSql.InsertCompetency, programs.SelectMany(p => p.Seed.Competencies.Select(c => new
        {
            ProgramId = p.Id, TenantId = tenantId, CompetencyId = competencies[c.Competency], ExpectedGain = c.Gain,
        })), ct);
        foreach (var p in programs) await ProgramGapScores.RefreshProgram(db, tenantId, p.Id, ct);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var sessions = SessionsFor(today);
        var sessionIds = sessions.Select(_ => Guid.NewGuid()).ToList();
        await db.Execute(TrainingSessionSql.Insert, sessions.Select((s, i) => new
        {
            Id = sessionIds[i], TenantId = tenantId, ProgramId = programs[s.Program].Id, s.Name, StartDate = s.Start, EndDate = s.End,
            Location = Programs[s.Program].Delivery == TrainingDelivery.Online ? null : Programs[s.Program].Partner < 0 ? "Ruang rapat unit kerja" : $"Aula {partners[Programs[s.Program].Partner].Seed.Name}",
            OnlineLink = Programs[s.Program].Delivery == TrainingDelivery.InPerson ? null : $"https://kelas.bkpsdm.{tenantCode}.go.id/{Programs[s.Program].Code.ToLowerInvariant()}",
            s.Capacity, Now = now,
        }), ct);
        // Each session takes the steps a real one did, through the transition's own statement (so its version shows them).
        var steps = new Dictionary<TrainingSessionStatus, TrainingSessionStatus[]>
        {
            [TrainingSessionStatus.Planned] = [],
            [TrainingSessionStatus.Open] = [TrainingSessionStatus.Open],
            [TrainingSessionStatus.Running] = [TrainingSessionStatus.Open, TrainingSessionStatus.Running],
            [TrainingSessionStatus.Finished] = [TrainingSessionStatus.Open, TrainingSessionStatus.Running, TrainingSessionStatus.Finished],
            [TrainingSessionStatus.Cancelled] = [TrainingSessionStatus.Open, TrainingSessionStatus.Cancelled],
        };
        for (var step = 0; step < 3; step++)
        {
            var moves = sessions.Select((s, i) => (s, i)).Where(x => steps[x.s.Status].Length > step).Select(x => new
            {
                Id = sessionIds[x.i], TenantId = tenantId, To = steps[x.s.Status][step].ToString(),
                From = (step == 0 ? TrainingSessionStatus.Planned : steps[x.s.Status][step - 1]).ToString(), Version = step + 1, Now = now,
            }).ToList();
            if (moves.Count > 0) await db.Execute(MoveTrainingSession.Move, moves, ct);
        }

        // Participants: leadership programs take their own level, the rest anyone; nobody twice in one session.
        var enrollments = new List<object>();
        var credits = new List<JpLedger.Credit>();
        var sequences = new Dictionary<(int Year, string Code), int>();
        var seats = new List<object>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            var program = Programs[s.Program];
            var eligible = placements.Where(p => program.Form switch
            {
                DevelopmentActivityForm.PelatihanKepemimpinanPengawas => positionTypes[p.PositionId] == PositionType.Pengawas,
                DevelopmentActivityForm.PelatihanKepemimpinanAdministrator => positionTypes[p.PositionId] == PositionType.Administrator,
                _ => true,
            }).OrderBy(_ => random.Next()).Take(s.Participants).ToList();
            seats.Add(new { Id = sessionIds[i], TenantId = tenantId, SeatsTaken = eligible.Count });
            foreach (var (employeeId, _) in eligible)
            {
                var id = Guid.NewGuid();
                var pre = random.Next(40, 80);
                var (status, version) = s.Status switch
                {
                    TrainingSessionStatus.Finished => random.Next(100) < 88 ? (EnrollmentStatus.Completed, 3) : (EnrollmentStatus.NotCompleted, 3),
                    TrainingSessionStatus.Running => (EnrollmentStatus.Attending, 2),
                    _ => (EnrollmentStatus.Registered, 1),
                };
                var completed = status == EnrollmentStatus.Completed;
                string? certificate = null;
                if (completed && program.Certificate)
                {
                    var key = (s.End.Year, program.Code);
                    sequences[key] = sequences.GetValueOrDefault(key) + 1;
                    certificate = TrainingRules.CertificateNumber(tenantCode, s.End.Year, program.Code, sequences[key]);
                }
                var enrolledAt = new DateTimeOffset(s.Start.AddDays(-14).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                DateTimeOffset? completedAt = status is EnrollmentStatus.Completed or EnrollmentStatus.NotCompleted
                    ? new DateTimeOffset(s.End.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero) : null;
                enrollments.Add(new
                {
                    Id = id, TenantId = tenantId, SessionId = sessionIds[i], EmployeeId = employeeId, Status = status.ToString(),
                    PreTestScore = s.Status is TrainingSessionStatus.Finished or TrainingSessionStatus.Running ? pre : (int?)null,
                    PostTestScore = completedAt is null ? (int?)null : Math.Min(100, pre + (completed ? random.Next(8, 25) : random.Next(-5, 6))),
                    CompletedAt = completed ? completedAt : null, JpCredited = completed ? program.Jp : (int?)null, CertificateNumber = certificate,
                    EnrolledBy = $"admin@{tenantCode}", Version = version, CreatedAt = enrolledAt, UpdatedAt = completedAt ?? enrolledAt,
                });
                if (completed)
                    credits.Add(new JpLedger.Credit(tenantId, employeeId, s.End, program.Form, program.Jp, JpLedgerSource.Enrollment, id, program.Title));
            }
        }
        await db.Execute(InsertEnrollment, enrollments, ct);
        await db.Execute(SetSeatsTaken, seats, ct);
        await db.Execute(InsertCertificateSequence, sequences.Select(kv => new { TenantId = tenantId, kv.Key.Year, ProgramCode = kv.Key.Code, LastNumber = kv.Value }), ct);
        foreach (var credit in credits) await JpLedger.Add(db, credit, now, ct);
    }

    /// <summary>
    /// Sessions relative to today: finished ones every few weeks over the past ten months (their last day dates the
    /// JP credit), one running, open and planned ones ahead, one cancelled. Program indexes refer to <see cref="Programs"/>.
    /// </summary>
    private static List<SessionPlan> SessionsFor(DateOnly today)
    {
        DateOnly Ago(int days) => today.AddDays(-days);
        DateOnly Ahead(int days) => today.AddDays(days);
        return
        [
            new(0, "Angkatan I", Ago(300), Ago(190), 12, TrainingSessionStatus.Finished, 5),
            new(1, "Angkatan I", Ago(280), Ago(170), 10, TrainingSessionStatus.Finished, 4),
            new(2, "Angkatan I", Ago(270), Ago(266), 30, TrainingSessionStatus.Finished, 26),
            new(4, "Angkatan I", Ago(240), Ago(237), 30, TrainingSessionStatus.Finished, 28),
            new(10, "Kelas Mandiri I", Ago(230), Ago(200), 60, TrainingSessionStatus.Finished, 45),
            new(6, "Angkatan I", Ago(200), Ago(196), 25, TrainingSessionStatus.Finished, 22),
            new(11, "Seminar Semester I", Ago(170), Ago(170), 80, TrainingSessionStatus.Finished, 60),
            new(9, "Periode I", Ago(160), Ago(100), 20, TrainingSessionStatus.Finished, 15),
            new(3, "Kelas Daring I", Ago(140), Ago(136), 40, TrainingSessionStatus.Finished, 30),
            new(5, "Angkatan I", Ago(120), Ago(119), 35, TrainingSessionStatus.Finished, 30),
            new(7, "Angkatan I", Ago(90), Ago(88), 30, TrainingSessionStatus.Finished, 24),
            new(8, "Angkatan I", Ago(70), Ago(66), 25, TrainingSessionStatus.Finished, 20),
            new(12, "Kelompok I", Ago(60), Ago(30), 15, TrainingSessionStatus.Finished, 12),
            new(4, "Angkatan II", Ago(40), Ago(37), 30, TrainingSessionStatus.Finished, 25),
            new(2, "Angkatan II", Ago(2), Ahead(2), 30, TrainingSessionStatus.Running, 24),
            new(5, "Angkatan II", Ahead(10), Ahead(11), 35, TrainingSessionStatus.Open, 18),
            new(4, "Angkatan III", Ahead(21), Ahead(24), 30, TrainingSessionStatus.Open, 9),
            new(0, "Angkatan II", Ahead(45), Ahead(150), 12, TrainingSessionStatus.Planned, 0),
            new(8, "Angkatan II", Ahead(60), Ahead(64), 25, TrainingSessionStatus.Planned, 0),
            new(6, "Angkatan II", Ago(20), Ago(16), 25, TrainingSessionStatus.Cancelled, 0),
        ];
    }
}
