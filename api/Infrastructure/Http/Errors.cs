namespace AsnApi.Infrastructure.Http;

// Every exception a client can cause lives here, next to ProblemMapping, which turns each into its status.

/// <summary>A resource that does not exist, or belongs to another tenant: both answer 404.
/// The id stays out of the message: messages are for people, and a GUID tells them nothing.</summary>
public sealed class NotFoundException(string resource, object? id = null) : Exception($"{resource} tidak ditemukan.")
{
    public object? Id { get; } = id;
}

/// <summary>The request conflicts with the current state, e.g. a duplicate NIP (409).</summary>
public sealed class ConflictException(string message, string? field = null, string? reason = null) : Exception(message)
{
    public string? Field { get; } = field;
    /// <summary>A machine-readable cause (the problem's <c>reason</c> extension), e.g. <c>full</c>, for clients that act on it.</summary>
    public string? Reason { get; } = reason;
}

/// <summary>If-Match named a version that is no longer current (412). The version is the one stored now, re-read.</summary>
public sealed class PreconditionFailedException(int currentVersion)
    : Exception($"Data telah diubah oleh pihak lain (versi sekarang {currentVersion}). Muat ulang lalu coba lagi.")
{
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>A change to a versioned record came without If-Match (428, RFC 6585): it could overwrite a change it never saw.</summary>
public sealed class PreconditionRequiredException()
    : Exception("Perubahan ini memerlukan header If-Match berisi ETag dari GET terakhir (misalnya If-Match: \"3\"), agar perubahan orang lain tidak tertimpa.");

/// <summary>The caller's role, scope or tenant may not do this (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Wrong user name or password (401); the message never says which.</summary>
public sealed class SignInFailedException() : Exception("Nama pengguna atau kata sandi salah.");

/// <summary>Sign-in throttled (429); the client may retry after <see cref="RetryAfter"/>.</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter) : Exception("Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>A rate limit of one kind of call (e.g. public survey submissions per address) is reached (429 with Retry-After).</summary>
public sealed class RateLimitedException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>An import file that cannot be read at all (400), is over a limit (413, the limit in the message) or of an unknown type (415).</summary>
public sealed class ImportFileException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>An atomic import with rejected rows (422): nothing was written; the problem carries the whole report.</summary>
public sealed class ImportRejectedException(AsnApi.Contracts.ImportReport report, string message) : Exception(message)
{
    public AsnApi.Contracts.ImportReport Report { get; } = report;
}

/// <summary>A request header the client got wrong (e.g. an Idempotency-Key reused for another request): the problem names the header as its field.</summary>
public sealed class HeaderValueException(int status, string header, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Header { get; } = header;
}
