namespace AsnApi.Infrastructure.Http;

/// <summary>Which language a caller reads: Indonesian unless the first language of Accept-Language (by quality) is English.</summary>
public static class RequestLanguage
{
    public static bool IsEnglish(HttpRequest request)
    {
        var first = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return first?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
    }
}
