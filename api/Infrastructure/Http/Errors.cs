namespace AsnApi.Infrastructure.Http;

/// <summary>A resource that does not exist, or belongs to another tenant: both answer 404.</summary>
public sealed class NotFoundException(string resource, object? id = null)
    : Exception(id is null ? $"{resource} tidak ditemukan." : $"{resource} {id} tidak ditemukan.");

/// <summary>The request conflicts with the current state, e.g. a duplicate NIP (409).</summary>
public sealed class ConflictException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>If-Match named a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException(int currentVersion)
    : Exception($"Data telah diubah oleh pihak lain (versi sekarang {currentVersion}). Muat ulang lalu coba lagi.")
{
    public int CurrentVersion { get; } = currentVersion;
}
