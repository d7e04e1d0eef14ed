using AsnApi.Infrastructure.Http;

namespace AsnApi.Infrastructure.Database;

/// <summary>
/// Optimistic concurrency, written once for every versioned record. A change reads the row's version
/// (404 when absent), compares it with If-Match (412 with that version), and writes with
/// <c>WHERE … AND Version = @Version</c>. When that write touches no row, another writer committed
/// between the read and the write; the version stored now is re-read for the 412, so the client is
/// told the truth rather than a guess.
/// </summary>
public static class Versioning
{
    /// <summary>The columns a versioned change reads first; <see cref="IsActive"/> lets (de)activation be a no-op.</summary>
    public sealed class Row
    {
        public int Version { get; init; }
        public bool IsActive { get; init; }
    }

    /// <summary>412 unless If-Match names the version just read.</summary>
    public static void Expect(int ifMatch, int current)
    {
        if (ifMatch != current) throw new PreconditionFailedException(current);
    }

    /// <summary>
    /// Runs a write guarded by the version (its parameters must hold <c>@Version</c>). When no row changed,
    /// re-reads the version with <paramref name="versionSql"/> (a query selecting at least Version) and answers 412,
    /// or 404 when the row went away.
    /// </summary>
    public static async Task Guarded(this Db db, string sql, object args, string versionSql, object key, string resource, CancellationToken ct)
    {
        if (await db.Execute(sql, args, ct) > 0) return;
        var current = await db.Single<Row>(versionSql, key, ct);
        throw current is null ? new NotFoundException(resource) : new PreconditionFailedException(current.Version);
    }
}
