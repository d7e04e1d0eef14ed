using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The Indonesian names of the development and training states, the only way a server message names a state.</summary>
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

    public static string Of(TrainingSessionStatus status) => status switch
    {
        TrainingSessionStatus.Planned => "Direncanakan",
        TrainingSessionStatus.Open => "Pendaftaran dibuka",
        TrainingSessionStatus.Running => "Berlangsung",
        TrainingSessionStatus.Finished => "Selesai",
        TrainingSessionStatus.Cancelled => "Dibatalkan",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Registered => "Terdaftar",
        EnrollmentStatus.Attending => "Mengikuti",
        EnrollmentStatus.Completed => "Lulus",
        EnrollmentStatus.NotCompleted => "Tidak lulus",
        EnrollmentStatus.Withdrawn => "Mengundurkan diri",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
