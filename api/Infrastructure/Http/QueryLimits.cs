using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Two rules for every query-string value of an API call, checked once here for every endpoint:
/// at most Listing.MaxQueryLength characters (a 422 naming the parameter otherwise), so the OpenAPI
/// document can state it for every string parameter; and an enum by its name only, as in bodies
/// (the framework's binder would take "1", or "99", for an enum: a 400 listing the names).
/// </summary>
public sealed class QueryLimits(RequestDelegate next)
{
    public Task Invoke(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && http.Request.QueryString.HasValue)
        {
            var failures = new List<ValidationFailure>();
            foreach (var (key, values) in http.Request.Query)
                if (MaxLength(key) is var max && values.Any(v => v?.Length > max))
                    failures.Add(new ValidationFailure(ProblemMapping.FieldName(key), $"Paling banyak {max} karakter."));
            if (failures.Count > 0) throw new ValidationException(failures);

            foreach (var parameter in http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Http.Metadata.IParameterBindingMetadata>() ?? [])
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
                if (!type.IsEnum || !http.Request.Query.TryGetValue(parameter.Name, out var values)) continue;
                foreach (var value in values)
                    if (!string.IsNullOrEmpty(value) && !Enum.GetNames(type).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
                        throw new QueryValueException(ProblemMapping.FieldName(parameter.Name), $"Nilai tidak valid; pilihan: {string.Join(", ", Enum.GetNames(type))}.");
            }
        }
        return next(http);
    }

    public static int MaxLength(string parameter) =>
        parameter.Equals("cursor", StringComparison.OrdinalIgnoreCase) ? Listing.MaxCursorLength : Listing.MaxQueryLength;
}

/// <summary>A query value of the wrong form: a 400 that names the parameter, like the framework's binding failures.</summary>
public sealed class QueryValueException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
