namespace AsnApi.Domain;

/// <summary>The Indonesian labels BKPSDM staff use for the JPM categories.</summary>
public static class JpmLabels
{
    public static string? Of(JpmFit? fit) => fit switch
    {
        JpmFit.MemenuhiSyarat => "Memenuhi Syarat (MS)",
        JpmFit.MasihMemenuhiSyarat => "Masih Memenuhi Syarat (MMS)",
        JpmFit.KurangMemenuhiSyarat => "Kurang Memenuhi Syarat (KMS)",
        _ => null,
    };

    public static string? Of(JpmMapping? mapping) => mapping switch
    {
        JpmMapping.Optimal => "Optimal",
        JpmMapping.CukupOptimal => "Cukup Optimal",
        JpmMapping.KurangOptimal => "Kurang Optimal",
        _ => null,
    };
}
