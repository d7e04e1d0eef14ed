using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The Indonesian labels BKPSDM staff use for the JPM categories.</summary>
public static class JpmLabels
{
    public static string? Of(JpmFitCategory? fit) => fit switch
    {
        JpmFitCategory.MemenuhiSyarat => "Memenuhi Syarat (MS)",
        JpmFitCategory.MasihMemenuhiSyarat => "Masih Memenuhi Syarat (MMS)",
        JpmFitCategory.KurangMemenuhiSyarat => "Kurang Memenuhi Syarat (KMS)",
        _ => null,
    };

    public static string? Of(JpmMappingCategory? mapping) => mapping switch
    {
        JpmMappingCategory.Optimal => "Optimal",
        JpmMappingCategory.CukupOptimal => "Cukup Optimal",
        JpmMappingCategory.KurangOptimal => "Kurang Optimal",
        _ => null,
    };
}
