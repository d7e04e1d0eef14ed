using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>Default managerial level of each position type (domain.md). Fungsional has none: it is set per position.</summary>
public static class PositionLevels
{
    public static int? DefaultFor(PositionType type) => type switch
    {
        PositionType.JptUtama => 5,
        PositionType.JptMadya => 5,
        PositionType.JptPratama => 4,
        PositionType.Administrator => 3,
        PositionType.Pengawas => 2,
        PositionType.Pelaksana => 1,
        _ => null,
    };
}
