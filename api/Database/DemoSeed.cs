using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;

namespace AsnApi.Database;

/// <summary>
/// Demo data for a first look: four regional governments, each with a unit tree, positions, about
/// 200 employees with valid NIPs and sign-in accounts (password Demo#2026). Seeded only into an
/// empty database, and never in Production. Deterministic, so screenshots and tests are stable.
/// </summary>
public static partial class DemoSeed
{
    public const string Password = "Demo#2026";

    public sealed record TenantSeed(string Code, string Name, string RegionCode);

    public static readonly TenantSeed[] Tenants =
    [
        new("tpi", "Pemerintah Kota Tanjungpinang", "21.72"),
        new("jmb", "Pemerintah Provinsi Jambi", "15"),
        new("pgk", "Pemerintah Kota Pangkalpinang", "19.71"),
        new("amq", "Pemerintah Kota Ambon", "81.71"),
    ];

    private static readonly (string Code, string Name, (string Code, string Name)[] Children)[] UnitTree =
    [
        ("SETDA", "Sekretariat Daerah", [("SETDA-ORG", "Bagian Organisasi"), ("SETDA-HUK", "Bagian Hukum")]),
        ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", [("BKPSDM-PKA", "Bidang Pengembangan Kompetensi Aparatur"), ("BKPSDM-MUT", "Bidang Mutasi dan Promosi")]),
        ("DINKES", "Dinas Kesehatan", [("DINKES-YANKES", "Bidang Pelayanan Kesehatan"), ("DINKES-P2P", "Bidang Pencegahan dan Pengendalian Penyakit")]),
        ("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", [("DUKCAPIL-DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk")]),
        ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", [("DPMPTSP-YAN", "Bidang Pelayanan Perizinan")]),
        ("DISDIK", "Dinas Pendidikan", [("DISDIK-SD", "Bidang Pembinaan Sekolah Dasar")]),
    ];

    private static readonly string[] MaleNames =
        ["Ahmad", "Budi", "Eko", "Hendra", "Joko", "Muhammad", "Rahmat", "Taufik", "Wahyu", "Yusuf", "Zainal", "Agus", "Bayu", "Fajar", "Hasan", "Rizky", "Arif"];

    private static readonly string[] FemaleNames =
        ["Citra", "Dewi", "Fitri", "Gita", "Indah", "Kartika", "Lestari", "Nurul", "Oktaviani", "Putri", "Siti", "Utami", "Vina", "Ratna", "Dian", "Ayu", "Maya"];

    private static readonly string[] LastNames =
    [
        "Saputra", "Wijaya", "Pratama", "Hidayat", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Latuconsina", "Pattimura",
        "Tanjung", "Rahman", "Kurniawan", "Setiawan", "Marpaung", "Sihombing", "Matulessy", "Hutapea",
    ];

    [Sql] internal const string AnyTenant = "SELECT COUNT(*) FROM Tenants";
    [Sql] internal const string InsertTenant = "INSERT INTO Tenants (Id, Code, Name, RegionCode, ParentTenantId, CreatedAt) VALUES (@Id, @Code, @Name, @RegionCode, NULL, @Now)";
    [Sql] internal const string InsertUser = """
        INSERT INTO Users (Id, TenantId, Username, DisplayName, PasswordHash, Role, UnitId, IsActive, CreatedAt)
        VALUES (@Id, @TenantId, @Username, @DisplayName, @PasswordHash, @Role, @UnitId, 1, @Now)
        """;

    /// <summary>Demo data (and its published password) exist only outside Production and while Seed:Demo is on.</summary>
    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() && configuration.GetValue("Seed:Demo", true);

    public static async Task RunIfEmpty(WebApplication app)
    {
        if (!IsEnabled(app.Environment, app.Configuration)) return;
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<string>>();
        await using var db = new Db(options);
        if (await db.Scalar<int>(AnyTenant, null, default) > 0) return;
        await Seed(db, hasher, DateTimeOffset.UtcNow, employeesPerTenant: 200);
        app.Logger.LogInformation("Seeded demo data: {Tenants} tenants; sign in as admin@tpi / {Password}", Tenants.Length, Password);
    }

    public static async Task Seed(Db db, IPasswordHasher<string> hasher, DateTimeOffset now, int employeesPerTenant)
    {
        var ct = CancellationToken.None;
        await using var tx = await db.Begin(ct);
        // One hash for every demo account: hashing is deliberately slow, and they share the password.
        var hash = hasher.HashPassword("demo", Password);
        await db.Execute(InsertUser, new { Id = Guid.NewGuid(), TenantId = (Guid?)null, Username = "nasional", DisplayName = "Pemantau Nasional", PasswordHash = Rehash(hasher, "nasional"), Role = nameof(Role.NationalViewer), UnitId = (Guid?)null, Now = now }, ct);

        var serial = 0;
        foreach (var (t, index) in Tenants.Select((t, i) => (t, i)))
        {
            var random = new Random(1000 + index);
            var tenantId = Guid.NewGuid();
            await db.Execute(InsertTenant, new { Id = tenantId, t.Code, t.Name, t.RegionCode, Now = now }, ct);

            var units = new List<(Guid Id, string Code, Guid? Parent, string Path, int Depth, string Name)>();
            var rootId = Guid.NewGuid();
            units.Add((rootId, "PEMDA", null, $"/{rootId}/", 0, t.Name));
            foreach (var (code, name, children) in UnitTree)
            {
                var id = Guid.NewGuid();
                var path = $"/{rootId}/{id}/";
                units.Add((id, code, rootId, path, 1, name));
                foreach (var (childCode, childName) in children)
                {
                    var childId = Guid.NewGuid();
                    units.Add((childId, childCode, id, $"{path}{childId}/", 2, childName));
                }
            }
            await db.Execute(Features.Units.UnitSql.Insert, units.Select(u => new { u.Id, TenantId = tenantId, ParentId = u.Parent, u.Code, u.Name, u.Path, u.Depth, Now = now }), ct);

            var positions = new List<(Guid Id, Guid UnitId, PositionType Type, int Level)>();
            var positionRows = new List<object>();
            void AddPosition(Guid unitId, string code, string name, PositionType type, int level)
            {
                var id = Guid.NewGuid();
                positions.Add((id, unitId, type, level));
                positionRows.Add(new { Id = id, TenantId = tenantId, UnitId = unitId, Code = code, Name = name, Type = type.ToString(), Level = level, Now = now });
            }
            AddPosition(rootId, "SEKDA", "Sekretaris Daerah", PositionType.JptMadya, 5);
            foreach (var u in units.Where(u => u.Depth == 1))
            {
                AddPosition(u.Id, $"KA-{u.Code}", $"Kepala {u.Name}", PositionType.JptPratama, 4);
                AddPosition(u.Id, $"SEK-{u.Code}", $"Sekretaris {u.Name}", PositionType.Administrator, 3);
            }
            foreach (var u in units.Where(u => u.Depth == 2))
            {
                AddPosition(u.Id, $"KABID-{u.Code}", $"Kepala {u.Name}", PositionType.Administrator, 3);
                AddPosition(u.Id, $"KASI-{u.Code}", $"Kepala Seksi {u.Name.Replace("Bidang ", "").Replace("Bagian ", "")}", PositionType.Pengawas, 2);
                AddPosition(u.Id, $"ANL-{u.Code}", $"Analis {u.Name.Replace("Bidang ", "").Replace("Bagian ", "")}", PositionType.Fungsional, 2);
                AddPosition(u.Id, $"PLK-{u.Code}", $"Pelaksana {u.Name.Replace("Bidang ", "").Replace("Bagian ", "")}", PositionType.Pelaksana, 1);
            }
            await db.Execute(Features.Positions.PositionSql.Insert, positionRows, ct);

            var employees = new List<object>();
            var placements = new List<(Guid Id, Guid PositionId)>();
            for (var i = 0; i < employeesPerTenant; i++)
            {
                // Leaders first (one per leadership position), then staff spread over the other positions.
                var position = i < positions.Count(p => p.Type != PositionType.Pelaksana && p.Type != PositionType.Fungsional)
                    ? positions.Where(p => p.Type != PositionType.Pelaksana && p.Type != PositionType.Fungsional).ElementAt(i)
                    : positions.Where(p => p.Type is PositionType.Pelaksana or PositionType.Fungsional).ElementAt(random.Next(positions.Count(p => p.Type is PositionType.Pelaksana or PositionType.Fungsional)));
                var pppk = i >= 20 && random.Next(100) < 15;
                var birth = new DateOnly(1966 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28));
                var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
                var tmt = birth.AddYears(22 + random.Next(Math.Max(1, 2024 - birth.Year - 22)));
                serial++;
                var nip = pppk
                    ? $"{birth:yyyyMMdd}{tmt:yyyy}{random.Next(10, 99)}{(sex == Sex.Male ? 1 : 2)}{random.Next(1, 999):000}"
                    : $"{birth:yyyyMMdd}{tmt:yyyyMM}{(sex == Sex.Male ? 1 : 2)}{1 + serial % 999:000}";
                var firstNames = sex == Sex.Male ? MaleNames : FemaleNames;
                var first = firstNames[random.Next(firstNames.Length)];
                var name = $"{first} {LastNames[random.Next(LastNames.Length)]}";
                var rank = pppk ? new[] { "V", "VII", "IX", "X" }[random.Next(4)]
                    : position.Type switch
                    {
                        PositionType.JptMadya => "IV/d",
                        PositionType.JptPratama => "IV/c",
                        PositionType.Administrator => "IV/a",
                        PositionType.Pengawas => "III/d",
                        _ => new[] { "II/c", "III/a", "III/b", "III/c" }[random.Next(4)],
                    };
                var employeeId = Guid.NewGuid();
                placements.Add((employeeId, position.Id));
                employees.Add(new
                {
                    Id = employeeId, TenantId = tenantId, Nip = nip, Name = name, EmploymentType = (pppk ? EmploymentType.Pppk : EmploymentType.Pns).ToString(),
                    Sex = sex.ToString(), BirthDate = birth, Rank = rank, PositionId = position.Id, position.UnitId, Now = now,
                });
                System.Diagnostics.Debug.Assert(Nip.Parse(nip, pppk ? EmploymentType.Pppk : EmploymentType.Pns).IsValid);
            }
            await db.Execute(Features.Employees.EmployeeSql.Insert, employees, ct);
            await SeedCompetencies(db, random, tenantId, positions.ToDictionary(p => p.Id, p => p.Level), placements, now, ct);

            var dinkes = units.First(u => u.Code == "DINKES").Id;
            var bkpsdm = units.First(u => u.Code == "BKPSDM").Id;
            foreach (var (username, display, role, unit) in new[]
            {
                ($"admin@{t.Code}", $"Admin BKPSDM {t.Name.Replace("Pemerintah ", "")}", Role.TenantAdmin, (Guid?)bkpsdm),
                ($"kadinkes@{t.Code}", "Kepala Dinas Kesehatan", Role.UnitHead, (Guid?)dinkes),
                ($"viewer@{t.Code}", "Pengamat", Role.Viewer, null),
            })
                await db.Execute(InsertUser, new { Id = Guid.NewGuid(), TenantId = tenantId, Username = username, DisplayName = display, PasswordHash = hash, Role = role.ToString(), UnitId = unit, Now = now }, ct);
            await SeedSubmittedPlan(db, tenantId, t.Code, units.First(u => u.Id == dinkes).Path, units.Select(u => (u.Id, u.Path)), positions.Select(p => (p.Id, p.UnitId)), placements, now, ct);
            await SeedTraining(db, index, tenantId, t.Code, placements, positions.ToDictionary(p => p.Id, p => p.Type), now, ct);
            await FeedbackDemoSeed.Seed(db, index, tenantId, code => units.First(u => u.Code == code).Id, now, ct);
            await FollowUpDemoSeed.Seed(db, index, tenantId, t.Code, now, ct);
            var yankes = units.First(u => u.Code == "DINKES-YANKES").Id;
            var yankesPositions = positions.Where(p => p.UnitId == yankes).Select(p => p.Id).ToHashSet();
            await ImprovementPlanDemoSeed.Seed(db, tenantId, placements.Where(p => yankesPositions.Contains(p.PositionId)).Select(p => p.Id).ToList(), now, ct);
            await SkpDemoSeed.Seed(db, index, tenantId, placements.Select(p => p.Id).ToList(), now, ct);
            await EffectivenessDemoSeed.Seed(db, index, tenantId, now, ct);
            // Last: the closed cycle snapshots the other areas' demo figures.
            await EvaluationDemoSeed.Seed(db, tenantId, t.Code, dinkes, units.First(u => u.Id == dinkes).Path, now, ct);
        }
        await tx.CommitAsync(ct);
        db.EndTransaction();

        static string Rehash(IPasswordHasher<string> hasher, string _) => hasher.HashPassword("demo", Password);
    }

    /// <summary>
    /// A plan drafted and submitted by the Dinas Kesehatan head, waiting for a decision: with separation of
    /// duties, the tenant admin (not its author) is the one who can approve it, as the demo shows.
    /// </summary>
    private static async Task SeedSubmittedPlan(Db db, Guid tenantId, string tenantCode, string dinkesPath, IEnumerable<(Guid Id, string Path)> units,
        IEnumerable<(Guid Id, Guid UnitId)> positions, List<(Guid Id, Guid PositionId)> placements, DateTimeOffset now, CancellationToken ct)
    {
        var inDinkes = units.Where(u => u.Path.StartsWith(dinkesPath, StringComparison.Ordinal)).Select(u => u.Id).ToHashSet();
        var positionUnits = positions.ToDictionary(p => p.Id, p => p.UnitId);
        var employee = placements.Last(p => inDinkes.Contains(positionUnits[p.PositionId])).Id;
        var (planId, year, author) = (Guid.NewGuid(), now.Year, $"kadinkes@{tenantCode}");
        await db.Execute(Features.Development.DevelopmentSql.InsertPlan, new { Id = planId, TenantId = tenantId, EmployeeId = employee, Year = year, Title = $"Rencana pengembangan {year}", CreatedBy = author, Now = now }, ct);
        await db.Execute(Features.Development.PlanWrites.InsertItem, new
        {
            Id = Guid.NewGuid(), PlanId = planId, TenantId = tenantId, CompetencyId = NationalCompetencies.All[0].Id, NeedId = (Guid?)null, TargetLevel = 3,
            Form = nameof(DevelopmentActivityForm.Coaching), ActivityName = "Coaching oleh atasan langsung", PlannedJp = 10, DueDate = new DateOnly(year, 12, 31), Position = 0,
        }, ct);
        await db.Execute(Features.Development.DevelopmentSql.MovePlan, new
        {
            Id = planId, TenantId = tenantId, To = nameof(DevelopmentPlanStatus.Submitted), From = nameof(DevelopmentPlanStatus.Draft), Version = 1, By = author, Reason = (string?)null, Now = now,
        }, ct);
    }

    private static readonly (string Code, string Name, string Group)[] TechnicalCompetencies =
    [
        ("T.SDM.01", "Manajemen Aparatur Sipil Negara", "Kepegawaian"),
        ("T.ADM.01", "Administrasi dan Tata Naskah Dinas", "Umum"),
        ("T.TIK.01", "Pengelolaan Layanan Berbasis Elektronik (SPBE)", "Teknologi Informasi"),
        ("T.YAN.01", "Penanganan Pengaduan Masyarakat", "Pelayanan"),
        ("T.KEU.01", "Perencanaan dan Penganggaran", "Keuangan"),
    ];

    [Sql] internal const string CreateCurrentSql = """
        INSERT INTO CurrentCompetencies (EmployeeId, CompetencyId, TenantId, Level, AssessedOn, AssessmentId)
        VALUES (@EmployeeId, @CompetencyId, @TenantId, @Level, @AssessedOn, @AssessmentId)
        """;

    /// <summary>Technical competencies, a standard for every position (national defaults plus two technical), and one assessment for about 70% of employees.</summary>
    private static async Task SeedCompetencies(Db db, Random random, Guid tenantId, Dictionary<Guid, int> positionLevels,
        List<(Guid Id, Guid PositionId)> employees, DateTimeOffset now, CancellationToken ct)
    {
        var technical = TechnicalCompetencies.Select(t => (Id: Guid.NewGuid(), t.Code, t.Name, t.Group)).ToList();
        await db.Execute(Features.Competencies.CompetencySql.InsertTechnical, technical.Select(t => new { t.Id, TenantId = tenantId, t.Code, t.Name, FieldGroup = t.Group, Description = (string?)null, Now = now }), ct);

        var standards = new Dictionary<Guid, List<(Guid CompetencyId, int Level)>>();
        foreach (var (positionId, level) in positionLevels)
        {
            var items = NationalCompetencies.All.Select(n => (n.Id, level)).ToList();
            foreach (var t in technical.OrderBy(_ => random.Next()).Take(2)) items.Add((t.Id, Math.Clamp(level + random.Next(0, 2), 1, 5)));
            standards[positionId] = items;
        }
        await db.Execute(Features.Standards.StandardSql.Insert, standards.SelectMany(kv => kv.Value.Select(i => new { PositionId = kv.Key, i.CompetencyId, TenantId = tenantId, RequiredLevel = i.Level })), ct);

        var assessments = new List<object>();
        var results = new List<object>();
        foreach (var (employeeId, positionId) in employees)
        {
            if (random.Next(100) >= 70) continue;
            var id = Guid.NewGuid();
            var on = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-random.Next(30, 4 * 365));
            assessments.Add(new { Id = id, TenantId = tenantId, EmployeeId = employeeId, AssessedOn = on, Method = random.Next(3) == 0 ? "UjiKompetensi" : "AssessmentCenter", Assessor = "Tim Asesor BKPSDM", Notes = (string?)null, CreatedAt = now, CreatedBy = "demo" });
            var strength = random.Next(-1, 2); // some people are stronger overall
            foreach (var (competencyId, required) in standards[positionId])
                results.Add(new { AssessmentId = id, CompetencyId = competencyId, TenantId = tenantId, EmployeeId = employeeId, Level = Math.Clamp(required + strength + random.Next(-2, 2), 1, 5), Note = (string?)null, AssessedOn = on });
        }
        await db.Execute(Features.Assessments.AssessmentSql.Insert, assessments, ct);
        await db.Execute(Features.Assessments.AssessmentSql.InsertResult, results, ct);
        await db.Execute(CreateCurrentSql, results, ct);
        await Features.Shared.CompetencyFacts.RefreshTenant(db, tenantId, ct);
    }
}
