namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Headers every response carries. The dashboard's policy allows only its own scripts, styles and
/// API; Swagger UI (on /swagger only) also needs inline styles and data: images. API responses are
/// JSON that nothing should render, frame or cache: they carry personal data.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task Invoke(HttpContext http)
    {
        var path = http.Request.Path;
        var isApi = path.StartsWithSegments("/api") || path.StartsWithSegments("/health");
        var policy = isApi ? ApiPolicy : path.StartsWithSegments("/swagger") ? SwaggerPolicy : DashboardPolicy;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = policy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (isApi) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
