using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The Indonesian names of the development states, the only way a server message names a state.</summary>
public static class StatusLabels
{
    public static string Of(DevelopmentNeedStatus status) => status switch
    {
        DevelopmentNeedStatus.Identified => "Teridentifikasi",
        DevelopmentNeedStatus.Verified => "Terverifikasi",
        DevelopmentNeedStatus.Validated => "Tervalidasi",
        DevelopmentNeedStatus.Rejected => "Ditolak",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(DevelopmentPlanStatus status) => status switch
    {
        DevelopmentPlanStatus.Draft => "Draf",
        DevelopmentPlanStatus.Submitted => "Diajukan",
        DevelopmentPlanStatus.Approved => "Disetujui",
        DevelopmentPlanStatus.Rejected => "Ditolak",
        DevelopmentPlanStatus.Completed => "Selesai",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
