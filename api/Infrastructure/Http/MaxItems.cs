using FluentValidation;
using FluentValidation.Validators;

namespace AsnApi.Infrastructure.Http;

/// <summary>A list may hold at most this many entries. A rule of its own, unlike Must, so the OpenAPI document can read it (maxItems).</summary>
public interface IMaxItemsValidator
{
    int Max { get; }
}

public sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : System.Collections.IEnumerable?
{
    public int Max { get; } = max;
    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null) return true;
        if (value is System.Collections.ICollection c) return c.Count <= Max;
        var n = 0;
        foreach (var _ in value) if (++n > Max) return false;
        return true;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => $"Paling banyak {Max} butir.";
}

public static class MaxItemsExtension
{
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));
}
