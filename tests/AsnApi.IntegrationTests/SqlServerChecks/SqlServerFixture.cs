using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace AsnApi.IntegrationTests.SqlServerChecks;

/// <summary>
/// SQL Server 2022 in a container, where a Docker engine is reachable. Where none is, the tests that
/// need it are reported as skipped with the reason: they never pass without having run.
/// </summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    private MsSqlContainer? _container;
    public SqlServerApiFactory? Api { get; private set; }
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock") && !OperatingSystem.IsWindows())
        {
            Unavailable = "no Docker engine (DOCKER_HOST is unset and /var/run/docker.sock does not exist)";
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync(timeout.Token);
            var cs = new SqlConnectionStringBuilder(_container.GetConnectionString()) { InitialCatalog = "asnapi_tests", TrustServerCertificate = true };
            Api = new SqlServerApiFactory(cs.ConnectionString);
            _ = Api.Server; // start: creates the database, migrates, seeds
        }
        catch (Exception e)
        {
            Unavailable = $"SQL Server container could not start: {e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }
    }

    public async Task DisposeAsync()
    {
        if (Api is not null) await Api.DisposeAsync();
        if (_container is not null) await _container.DisposeAsync();
    }
}

public sealed class SqlServerApiFactory(string connectionString) : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings() =>
    [
        new("Database:Provider", "SqlServer"),
        new("ConnectionStrings:Asn", connectionString),
    ];
}

[CollectionDefinition(Name)]
public sealed class SqlServerCollection : ICollectionFixture<SqlServerFixture>
{
    public const string Name = "sqlserver";
}
