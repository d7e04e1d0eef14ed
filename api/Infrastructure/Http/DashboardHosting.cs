using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Serves the built dashboard (client/dist) at / and compresses what the API sends.
/// <list type="bullet">
/// <item>The build writes a Brotli (.br) and a gzip (.gz) copy of every text asset at the highest level
/// (client/scripts/compress.mjs). They are sent as they are when the browser accepts them: no CPU per
/// request, and smaller than on-the-fly compression at a level fast enough for a request.</item>
/// <item>Vite names assets by content hash (/assets/index-3f2a1c.js), so they are cached for a year as
/// immutable; index.html, which names them, is revalidated on every load (no-cache), so a release is
/// picked up at once.</item>
/// <item>JSON from the API is compressed on the fly (Brotli, then gzip), at the fastest level.</item>
/// </list>
/// </summary>
public static class DashboardHosting
{
    private const string Immutable = "public, max-age=31536000, immutable";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    // The static-file middleware refuses unknown extensions; the real type is set from the original name below.
    private static readonly FileExtensionContentTypeProvider WithCompressed = new(new Dictionary<string, string>(ContentTypes.Mappings, StringComparer.OrdinalIgnoreCase)
    {
        [".br"] = "application/octet-stream", [".gz"] = "application/gzip",
    });
    private static readonly (string Token, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static IServiceCollection AddDashboardHosting(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            // Only the API's own answers: dashboard files come precompressed. Left off for HTTPS (the default),
            // where compressing secrets next to reflected input invites BREACH; TLS usually ends at the proxy.
            o.MimeTypes = ["application/json", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compression, and the dashboard's files when it has been built; returns their provider (null when not built).</summary>
    public static PhysicalFileProvider? UseDashboard(this WebApplication app)
    {
        app.UseResponseCompression();
        var dir = Path.GetFullPath(app.Configuration["Dashboard:Path"] ?? Path.Combine(app.Environment.ContentRootPath, "..", "client", "dist"));
        if (!File.Exists(Path.Combine(dir, "index.html")))
        {
            app.Logger.LogWarning("No dashboard build at {Dir}; only the API and Swagger are served", dir);
            return null;
        }
        var files = new PhysicalFileProvider(dir);
        app.Use((http, next) => { Negotiate(http, files); return next(http); });
        app.UseStaticFiles(Options(files));
        app.Logger.LogInformation("Dashboard served from {Dir}", dir);
        return files;
    }

    /// <summary>
    /// Client-side routes (/pegawai/…) fall back to the SPA; unknown /api and /swagger paths stay 404 problems, and so
    /// does a missing asset (an old tab asking for a chunk of a previous release must not get HTML as a script).
    /// </summary>
    public static void MapDashboardFallback(this WebApplication app, PhysicalFileProvider? files)
    {
        if (files is null) return;
        app.MapFallbackToFile("{*path:regex(^(?!api/|swagger/|health|assets/).*$)}", "index.html", Options(files)).ExcludeFromDescription();
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/health");

    /// <summary>
    /// Picks the file a GET names (index.html for / and for client-side routes) and, when the browser accepts
    /// it and the build made one, its precompressed copy; the static-file middleware then serves that path.
    /// </summary>
    private static void Negotiate(HttpContext http, IFileProvider files)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || IsApi(request.Path)) return;
        var path = request.Path.Value ?? "/";
        if (path == "/" || (!Path.HasExtension(path) && !files.GetFileInfo(path).Exists)) path = "/index.html";
        if (!files.GetFileInfo(path).Exists) return;
        http.Items[OriginalPath] = path;
        request.Path = path;
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        var accepted = request.Headers.AcceptEncoding.ToString();
        foreach (var (token, extension) in Encodings)
        {
            if (!Accepts(accepted, token) || !files.GetFileInfo(path + extension).Exists) continue;
            request.Path = path + extension;
            http.Response.Headers.ContentEncoding = token;
            return;
        }
    }

    private const string OriginalPath = "asnapi.dashboard.path";

    private static bool Accepts(string acceptEncoding, string token) =>
        acceptEncoding.Split(',').Select(p => p.Split(';')).Any(p =>
            p[0].Trim().Equals(token, StringComparison.OrdinalIgnoreCase) && !p.Skip(1).Any(q => q.Trim().Replace(" ", "") is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"));

    private static StaticFileOptions Options(IFileProvider files) => new()
    {
        FileProvider = files,
        ContentTypeProvider = WithCompressed,
        OnPrepareResponse = ctx =>
        {
            var original = ctx.Context.Items[OriginalPath] as string ?? ctx.Context.Request.Path.Value ?? "";
            if (ContentTypes.TryGetContentType(original, out var type)) ctx.Context.Response.ContentType = type;
            ctx.Context.Response.Headers.CacheControl = original.StartsWith("/assets/", StringComparison.Ordinal) ? Immutable : "no-cache";
        },
    };
}
