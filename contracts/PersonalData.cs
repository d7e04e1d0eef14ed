namespace AsnApi.Contracts;

/// <summary>
/// Marks a NIP in a response. Its first eight digits are the birth date, so callers without
/// personal-data access (viewers, API keys without the PersonalData scope) receive it with those
/// digits masked: <c>198609262015051001</c> is returned as <c>********2015051001</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaskedNipAttribute : Attribute
{
    /// <summary>How a masked NIP begins: one asterisk for each birth-date digit.</summary>
    public const string Mask = "********";
}
