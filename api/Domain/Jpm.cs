using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>Lower bounds (inclusive) of each category; tenant settings, defaults from domain.md.</summary>
public sealed record JpmThresholds(decimal MemenuhiSyarat, decimal MasihMemenuhiSyarat, decimal Optimal, decimal CukupOptimal)
{
    public static readonly JpmThresholds Default = new(80, 68, 90, 78);

    public IEnumerable<(string Field, string Message)> Problems()
    {
        foreach (var (name, value) in new[] { ("memenuhiSyarat", MemenuhiSyarat), ("masihMemenuhiSyarat", MasihMemenuhiSyarat), ("optimal", Optimal), ("cukupOptimal", CukupOptimal) })
            if (value is < 0 or > 100) yield return (name, "Ambang batas 0 sampai 100.");
        if (MasihMemenuhiSyarat >= MemenuhiSyarat) yield return ("masihMemenuhiSyarat", "Ambang MMS harus di bawah ambang MS.");
        if (CukupOptimal >= Optimal) yield return ("cukupOptimal", "Ambang Cukup Optimal harus di bawah ambang Optimal.");
    }
}

/// <summary>One competency of a standard: the required level and the latest assessed level, if any.</summary>
public readonly record struct LevelPair(int Required, int? Assessed);

public sealed record JpmResult(decimal? Value, JpmFitCategory? Fit, JpmMappingCategory? Mapping, int RequiredCount, int AssessedCount)
{
    public decimal? Capped => Value is { } v ? Math.Min(v, 100m) : null;
    public decimal? Rounded => Value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
    public bool IsComplete => RequiredCount > 0 && AssessedCount == RequiredCount;
}

/// <summary>
/// Job Person Match: Σ assessed / Σ required × 100 over the position's competencies. The raw figure
/// may exceed 100; categories use it capped at 100. A competency never assessed is left out of both
/// sums (and the result is flagged incomplete) rather than counted as level 0, which would read as a
/// measured weakness.
/// </summary>
public static class Jpm
{
    public static JpmResult Compute(IEnumerable<LevelPair> standard, JpmThresholds thresholds)
    {
        int required = 0, assessed = 0, requiredCount = 0, assessedCount = 0;
        foreach (var pair in standard)
        {
            requiredCount++;
            if (pair.Assessed is not { } level) continue;
            assessedCount++;
            required += pair.Required;
            assessed += level;
        }
        var result = FromSums(assessed, required, thresholds);
        return result with { RequiredCount = requiredCount, AssessedCount = assessedCount };
    }

    public static JpmResult FromSums(int assessedSum, int requiredSum, JpmThresholds thresholds)
    {
        if (requiredSum <= 0) return new JpmResult(null, null, null, 0, 0);
        var value = assessedSum * 100m / requiredSum;
        var capped = Math.Min(value, 100m);
        var fit = capped >= thresholds.MemenuhiSyarat ? JpmFitCategory.MemenuhiSyarat
            : capped >= thresholds.MasihMemenuhiSyarat ? JpmFitCategory.MasihMemenuhiSyarat
            : JpmFitCategory.KurangMemenuhiSyarat;
        var mapping = capped >= thresholds.Optimal ? JpmMappingCategory.Optimal
            : capped >= thresholds.CukupOptimal ? JpmMappingCategory.CukupOptimal
            : JpmMappingCategory.KurangOptimal;
        return new JpmResult(value, fit, mapping, 0, 0);
    }

    /// <summary>Required − assessed: positive is a development need; null when never assessed.</summary>
    public static int? Gap(int required, int? assessed) => assessed is { } a ? required - a : null;
}
