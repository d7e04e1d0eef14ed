using System.Net.Sockets;
using System.Text;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>
/// SQL Server 2022 in a container, started once for the SQL Server API tests where a Docker engine is
/// reachable. Where none is, <see cref="Unavailable"/> says why and every test is reported as skipped with
/// that reason: they never pass without having run. The engine is probed first (environment, socket,
/// a /_ping with a short timeout) so that the no-Docker path costs milliseconds, not a Testcontainers timeout.
/// Once the container runs, a failure to start the API on it is a test failure, not a skip.
/// </summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10); // the first pull of the image is ~1.5 GB

    private MsSqlContainer? _container;

    /// <summary>Why SQL Server is not available here (the skip reason), or null when it is.</summary>
    public string? Unavailable { get; private set; }
    /// <summary>Set when the container runs but the API did not start on it: the tests fail with it.</summary>
    public Exception? StartupError { get; private set; }
    public SqlServerApiFactory? Api { get; private set; }
    public string? ConnectionString { get; private set; }

    public async Task InitializeAsync()
    {
        Unavailable = await ProbeDocker();
        if (Unavailable is not null) return;

        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            _container = new MsSqlBuilder(Image).Build();
            await _container.StartAsync(timeout.Token);
        }
        catch (Exception e)
        {
            Unavailable = $"the SQL Server container did not start: {e.GetType().Name}: {FirstLine(e.Message)}";
            return;
        }

        // A fresh database per run; the migrator creates it (EnsureDatabase) like in production.
        ConnectionString = new SqlConnectionStringBuilder(_container.GetConnectionString())
        {
            InitialCatalog = "asnapi_" + Guid.NewGuid().ToString("N"),
            TrustServerCertificate = true,
        }.ConnectionString;
        try
        {
            Api = new SqlServerApiFactory(ConnectionString);
            _ = Api.Server; // starts the host: creates the database, migrates, seeds the demo data
        }
        catch (Exception e)
        {
            StartupError = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (Api is not null) await Api.DisposeAsync();
        if (_container is not null) await _container.DisposeAsync();
    }

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();

    /// <summary>Null when a Docker engine answers; otherwise why not.</summary>
    private static async Task<string?> ProbeDocker()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var properties = Path.Combine(home, ".testcontainers.properties");
            if (File.Exists(properties))
                dockerHost = File.ReadAllLines(properties).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("docker.host=", StringComparison.Ordinal))?["docker.host=".Length..];
        }
        if (OperatingSystem.IsWindows() && string.IsNullOrWhiteSpace(dockerHost))
            return null; // named pipe: let Testcontainers find it

        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            var runtimeDir = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            string?[] candidates =
            [
                Environment.GetEnvironmentVariable("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE"),
                "/var/run/docker.sock",
                runtimeDir is null ? null : Path.Combine(runtimeDir, "docker.sock"),
                Path.Combine(home, ".docker", "run", "docker.sock"),
                Path.Combine(home, ".docker", "desktop", "docker.sock"),
                Path.Combine(home, ".colima", "default", "docker.sock"),
            ];
            var socket = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
            if (socket is null)
                return "no Docker engine: DOCKER_HOST is unset and no Docker socket exists (looked at /var/run/docker.sock, $XDG_RUNTIME_DIR/docker.sock, ~/.docker/run/docker.sock)";
            dockerHost = "unix://" + socket;
        }

        try
        {
            using var timeout = new CancellationTokenSource(ProbeTimeout);
            var uri = new Uri(dockerHost);
            switch (uri.Scheme)
            {
                case "unix":
                {
                    using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await s.ConnectAsync(new UnixDomainSocketEndPoint(uri.LocalPath), timeout.Token);
                    await s.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), timeout.Token);
                    var buffer = new byte[256];
                    var n = await s.ReceiveAsync(buffer, timeout.Token);
                    var answer = Encoding.ASCII.GetString(buffer, 0, n);
                    return answer.Contains(" 200 ", StringComparison.Ordinal) ? null : $"the Docker engine at {dockerHost} answered /_ping with: {FirstLine(answer)}";
                }
                case "tcp" or "http":
                {
                    if (Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is "1") return null; // TLS: let Testcontainers handle certificates
                    using var http = new HttpClient { Timeout = ProbeTimeout };
                    var response = await http.GetAsync(new UriBuilder(uri) { Scheme = "http", Path = "/_ping" }.Uri, timeout.Token);
                    return response.IsSuccessStatusCode ? null : $"the Docker engine at {dockerHost} answered /_ping with {(int)response.StatusCode}";
                }
                default:
                    return null; // npipe, ssh…: let Testcontainers try
            }
        }
        catch (Exception e)
        {
            return $"no Docker engine answers at {dockerHost}: {e.GetType().Name}: {FirstLine(e.Message)}";
        }
    }
}

/// <summary>The API over SQL Server: the same host and fixture helpers as <see cref="ApiFactory"/>, another database.</summary>
public sealed class SqlServerApiFactory(string connectionString) : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings() =>
    [
        new("Database:Provider", "SqlServer"),
        new("ConnectionStrings:Asn", connectionString),
    ];
}
