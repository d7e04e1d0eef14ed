using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The real API over HTTP against a real database: a fresh SQLite file per fixture, migrated and
/// seeded with the demo data at start-up exactly as `dotnet run` does. Nothing is mocked.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "asnapi-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Overridden by the SQL Server fixture.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Asn", $"Data Source={Path.Combine(DataDirectory, "asnapi.db")}"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Dashboard:Path", Path.Combine(DataDirectory, "no-dashboard"));
        // The suite is one caller firing thousands of requests a minute; RateLimitTests set a tiny limit.
        builder.UseSetting("RateLimit:PermitLimit", "1000000");
        builder.UseSetting("RateLimit:AnonymousPermitLimit", "1000000");
        builder.UseSetting("PublicApi:SubmissionsPerMinute", "1000000");
        foreach (var (key, value) in DatabaseSettings()) builder.UseSetting(key, value);
    }

    public HttpClient Anonymous() => CreateClient();

    /// <summary>A client signed in as one of the demo accounts (admin@tpi, viewer@jmb, kadinkes@tpi, nasional…).</summary>
    public async Task<HttpClient> As(string username)
    {
        if (!_tokens.TryGetValue(username, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest { Username = username, Password = "Demo#2026" }, Json.Options);
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>(Json.Options))!.AccessToken;
            _tokens[username] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient WithApiKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
