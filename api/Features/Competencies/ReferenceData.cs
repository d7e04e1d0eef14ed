using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Competencies;

/// <summary>
/// Keeps the national dictionary present in every database, at every start-up: missing entries and
/// levels are inserted; existing rows are left alone (a later regulation change is a migration).
/// </summary>
public static class ReferenceData
{
    [Sql] internal const string Exists = "SELECT COUNT(*) FROM Competencies WHERE Id = @Id";
    [Sql] internal const string InsertCompetency = """
        INSERT INTO Competencies (Id, TenantId, Code, Name, Kind, FieldGroup, Description, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, NULL, @Code, @Name, @Kind, NULL, @Description, 1, 1, @Now, @Now)
        """;

    public static async Task EnsureNationalCompetencies(DatabaseOptions options, DateTimeOffset now)
    {
        await using var db = new Db(options);
        await using var tx = await db.Begin(default);
        foreach (var c in NationalCompetencies.All)
        {
            if (await db.Scalar<int>(Exists, new { c.Id }, default) > 0) continue;
            await db.Execute(InsertCompetency, new { c.Id, c.Code, c.Name, c.Kind, c.Description, Now = now }, default);
            await db.Execute(CompetencySql.InsertLevel, c.Levels.Select((d, i) => new { CompetencyId = c.Id, Level = i + 1, Description = d }), default);
        }
        await tx.CommitAsync();
        db.EndTransaction();
    }
}
