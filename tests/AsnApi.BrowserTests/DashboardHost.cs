using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace AsnApi.BrowserTests;

/// <summary>
/// The real API on a real Kestrel port, over a fresh SQLite file with the demo data, serving the built
/// dashboard (client/dist), driven by Debian's Chromium through Playwright. Playwright's own browser
/// download is not used (and not reachable here).
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asnapi-browser", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? Unavailable { get; private set; }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsnApi.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("AsnApi.sln not found");
    }

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(RepoRoot(), "tests", "AsnApi.BrowserTests", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) { Unavailable = $"{Chromium} is not installed (apt-get install chromium); .ci/run installs it"; return; }
        var dist = Path.Combine(RepoRoot(), "client", "dist", "index.html");
        if (!File.Exists(dist)) { Unavailable = "the dashboard is not built (client/dist is missing: Node.js was not found when the API was built)"; return; }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:DataDirectory", _data);
            // Every browser test signs in from 127.0.0.1 as the same few demo users, far faster than people do.
            b.UseSetting("RateLimit:PermitLimit", "1000000");
            b.UseSetting("RateLimit:AnonymousPermitLimit", "1000000");
            // The public survey, complaint and reaction forms of several walks share 127.0.0.1 within a minute; the limit itself is tested over HTTP.
            b.UseSetting("PublicApi:SubmissionsPerMinute", "1000000");
            b.UseSetting("ConnectionStrings:Asn", $"Data Source={Path.Combine(_data, "asnapi.db")}");
        });
        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A signed-in API client, for arranging data the way an HR script would.</summary>
    public async Task<HttpClient> ApiAs(string username)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password = "Demo#2026" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Contracts.TokenResponse>())!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard";
}
