namespace AsnApi.Domain;

public static class Heatmap
{
    /// <summary>
    /// Fewer assessed employees than this in a heatmap cell are shown greyed out: below three, a cell's average
    /// is one or two individuals' results, not a unit's pattern. Tenants may change it (1–100).
    /// </summary>
    public const int DefaultMinimumCount = 3;

    public static bool IsValidMinimumCount(int value) => value is >= 1 and <= 100;
}
