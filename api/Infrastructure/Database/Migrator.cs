using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace AsnApi.Infrastructure.Database;

/// <summary>
/// Versioned, transactional migrations, one set per dialect under Database/Migrations/{Sqlite,SqlServer}.
/// DbUp journals applied scripts in SchemaVersions, so running at every start-up is idempotent.
/// </summary>
public static class Migrator
{
    public static string ScriptPrefix(DatabaseProvider provider) => $"AsnApi.Database.Migrations.{provider}.";

    public static void Migrate(DatabaseOptions options, ILogger logger)
    {
        var prefix = ScriptPrefix(options.Provider);
        UpgradeEngineBuilder builder;
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            EnsureDatabase.For.SqlDatabase(options.ConnectionString);
            builder = DeployChanges.To.SqlDatabase(options.ConnectionString);
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            builder = DeployChanges.To.SqliteDatabase(options.ConnectionString);
        }

        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();

        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        foreach (var script in result.Scripts) logger.LogInformation("Applied migration {Script}", script.Name);

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets dashboard reads run while a command writes.
            using var connection = new SqliteConnection(options.ConnectionString);
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL;";
            cmd.ExecuteNonQuery();
        }
    }
}
