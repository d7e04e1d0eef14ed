using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The built dashboard as the API serves it: precompressed copies by Accept-Encoding, hashed assets cached as
/// immutable, index.html revalidated, API JSON compressed on the fly. Skipped, with the reason, when
/// client/dist has not been built (Node.js missing, or -p:SkipClientBuild=true on a fresh clone).
/// </summary>
public class DashboardHostingTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsnApi.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    private static readonly string Dist = Path.Combine(RepoRoot(), "client", "dist");

    private sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dashboard:Path", Dist);
        }
    }

    private static void SkipUnlessBuilt() =>
        Skip.IfNot(File.Exists(Path.Combine(Dist, "index.html")) && File.Exists(Path.Combine(Dist, "index.html.br")),
            "client/dist (with its .br/.gz copies) is not built: build the API with Node.js on PATH (dotnet build api)");

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static async Task<byte[]> Decoded(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStreamAsync();
        Stream decoded = r.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException(other),
        };
        using var copy = new MemoryStream();
        await decoded.CopyToAsync(copy);
        return copy.ToArray();
    }

    [SkippableTheory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData(null, null)]
    public async Task A_hashed_asset_is_sent_precompressed_and_cached_as_immutable(string? acceptEncoding, string? expected)
    {
        SkipUnlessBuilt();
        await using var api = new Factory();
        var asset = Directory.GetFiles(Path.Combine(Dist, "assets"), "index-*.js").Single();
        var r = await Get(api.CreateClient(), "/assets/" + Path.GetFileName(asset), acceptEncoding);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(expected, r.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal("text/javascript", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", r.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", r.Headers.Vary);
        Assert.Equal(await File.ReadAllBytesAsync(asset), await Decoded(r));
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/pegawai/0b5e3c1e-0000-4000-8000-000000000000")]
    [InlineData("/index.html")]
    public async Task Index_html_and_client_routes_are_revalidated_on_every_load(string path)
    {
        SkipUnlessBuilt();
        await using var api = new Factory();
        var r = await Get(api.CreateClient(), path, "gzip, deflate, br");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("br", r.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        Assert.True(r.Headers.CacheControl?.NoCache, r.Headers.CacheControl?.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Dist, "index.html")), await Decoded(r));
    }

    [SkippableFact]
    public async Task Api_json_is_compressed_on_the_fly_and_unknown_api_paths_stay_problems()
    {
        SkipUnlessBuilt();
        await using var api = new Factory();
        var client = await api.As("admin@tpi");
        var r = await Get(client, "/api/v1/competencies?pageSize=100", "br");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("br", r.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Integritas", System.Text.Encoding.UTF8.GetString(await Decoded(r)));

        var missing = await Get(client, "/api/v1/nothing-here", "br");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotEqual("text/html", missing.Content.Headers.ContentType?.MediaType);
        var asset = await Get(client, "/assets/missing-123.js", "br");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        Assert.Null(asset.Content.Headers.ContentEncoding.SingleOrDefault());
    }
}
