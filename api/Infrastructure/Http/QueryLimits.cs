using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Every query-string value of an API call is at most Listing.MaxQueryLength characters (a 422 naming
/// the parameter otherwise), checked once here for every endpoint, so the OpenAPI document can state
/// it for every string parameter.
/// </summary>
public sealed class QueryLimits(RequestDelegate next)
{
    public Task Invoke(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && http.Request.QueryString.HasValue)
        {
            var failures = new List<ValidationFailure>();
            foreach (var (key, values) in http.Request.Query)
                if (values.Any(v => v?.Length > Listing.MaxQueryLength))
                    failures.Add(new ValidationFailure(ProblemMapping.FieldName(key), $"Paling banyak {Listing.MaxQueryLength} karakter."));
            if (failures.Count > 0) throw new ValidationException(failures);
        }
        return next(http);
    }
}
