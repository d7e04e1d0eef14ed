namespace AsnApi.Infrastructure.Database;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Where the embedded database and the generated signing key live. Defaults to the user's local app data.</summary>
    public string? DataDirectory { get; set; }
    public string ConnectionString { get; set; } = "";

    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AsnApi");

    public static DatabaseOptions From(IConfiguration config)
    {
        var options = new DatabaseOptions();
        config.GetSection("Database").Bind(options);
        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory) ? DefaultDataDirectory() : Path.GetFullPath(options.DataDirectory);
        var cs = config.GetConnectionString("Asn");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (options.Provider == DatabaseProvider.SqlServer)
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Asn is not set.");
            cs = $"Data Source={Path.Combine(options.DataDirectory, "asnapi.db")}";
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Foreign keys are off by default in SQLite; the schema relies on them.
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs) { ForeignKeys = true, DefaultTimeout = 30 };
            cs = builder.ToString();
        }
        options.ConnectionString = cs;
        return options;
    }

    public ISqlDialect Dialect => Provider == DatabaseProvider.SqlServer ? SqlServerDialect.Instance : SqliteDialect.Instance;
}
