using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Microsoft.AspNetCore.Diagnostics;

namespace AsnApi.Infrastructure.Http;

/// <summary>Marks an endpoint whose POST honours an <c>Idempotency-Key</c> header (see <see cref="IdempotencyKeys"/>).</summary>
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// <c>Idempotency-Key</c> on endpoints marked <see cref="IdempotentAttribute"/>: the first response (status, body,
/// Location) to a key is stored per tenant for 24 hours and replayed to every retry with the same request, with
/// <c>Idempotent-Replayed: true</c>. The same key with another request (a different hash of method, path, query,
/// media type and body; for a multipart form its fields and files, not the boundary that changes per upload) is a
/// 422; a key whose first request is still running is a 409. Server errors (5xx) and conflicts (409, 429) are not
/// stored: the key is released and a retry runs again. Expired keys are deleted whenever a key is claimed.
/// The key is claimed by an insert outside the command's transaction, so a second request sees it at once.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    [Sql] internal const string Expire = "DELETE FROM IdempotencyKeys WHERE ExpiresAt < @Now";

    [Sql] internal const string Find = """
        SELECT RequestHash, Status, ContentType, Location, Body FROM IdempotencyKeys WHERE TenantId = @TenantId AND IdemKey = @Key AND ExpiresAt >= @Now
        """;

    [Sql] internal const string Claim = """
        INSERT INTO IdempotencyKeys (TenantId, IdemKey, RequestHash, CreatedAt, ExpiresAt) VALUES (@TenantId, @Key, @Hash, @Now, @ExpiresAt)
        """;

    [Sql] internal const string Store = """
        UPDATE IdempotencyKeys SET Status = @Status, ContentType = @ContentType, Location = @Location, Body = @Body WHERE TenantId = @TenantId AND IdemKey = @Key
        """;

    [Sql] internal const string Release = "DELETE FROM IdempotencyKeys WHERE TenantId = @TenantId AND IdemKey = @Key";

    internal sealed class Row
    {
        public string RequestHash { get; init; } = "";
        public int? Status { get; init; }
        public string? ContentType { get; init; }
        public string? Location { get; init; }
        public string? Body { get; init; }
    }

    public async Task InvokeAsync(HttpContext http, Db db, CurrentUser user, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null
            || !http.Request.Headers.TryGetValue(Header, out var values) || !user.IsAuthenticated)
        {
            await next(http);
            return;
        }
        var english = RequestLanguage.IsEnglish(http.Request);
        var key = values.Count == 1 ? values[0]! : "";
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
            throw new HeaderValueException(StatusCodes.Status400BadRequest, Header, Say(english, $"Idempotency-Key harus 1 sampai {MaxKeyLength} karakter ASCII tanpa spasi (misalnya sebuah UUID), dan dikirim sekali.",
                $"Idempotency-Key must be 1 to {MaxKeyLength} ASCII characters without spaces (a UUID, say), sent once."));
        Guid tenantId;
        try { tenantId = await user.TenantId(http.RequestAborted); }
        catch (ForbiddenException) { await next(http); return; } // no tenant (the national viewer): nothing to key by, and the endpoint refuses it anyway

        var ct = http.RequestAborted;
        var hash = await Hash(http.Request, ct);
        var now = clock.GetUtcNow();
        var args = new { TenantId = tenantId, Key = key, Hash = hash, Now = now, ExpiresAt = now + Lifetime };
        await db.Execute(Expire, args, ct);
        // Read first: with SQLite's single writer an insert would wait for a running import to commit; a read sees its claim at once.
        var found = await db.Single<Row>(Find, args, ct);
        if (found is null)
        {
            try { await db.Execute(Claim, args, ct); }
            catch (DbException e) when (ProblemMapping.IsUniqueViolation(e)) { found = await db.Single<Row>(Find, args, ct); }
        }
        if (found is not null)
        {
            if (found.Status is null)
                throw new ConflictException(Say(english, "Permintaan dengan Idempotency-Key ini masih diproses; tunggu lalu ulangi untuk menerima jawabannya.",
                    "A request with this Idempotency-Key is still running; wait, then retry to receive its response."), Header, "idempotencyKeyInProgress");
            if (found.RequestHash != hash)
                throw new HeaderValueException(StatusCodes.Status422UnprocessableEntity, Header, Say(english,
                    "Idempotency-Key ini sudah dipakai untuk permintaan lain (isi, alamat atau parameter berbeda) dalam 24 jam terakhir; gunakan kunci baru untuk permintaan baru.",
                    "This Idempotency-Key was used for another request (a different body, address or parameters) in the last 24 hours; use a new key for a new request."));
            await Replay(http, found);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        var stored = false;
        try
        {
            try { await next(http); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The problem the global handler would write, written here so that it can be stored and replayed too.
                foreach (var handler in http.RequestServices.GetServices<IExceptionHandler>())
                    if (await handler.TryHandleAsync(http, e, ct)) break;
            }
            var status = http.Response.StatusCode;
            if (status < 500 && status is not (StatusCodes.Status409Conflict or StatusCodes.Status429TooManyRequests))
            {
                await db.Execute(Store, new
                {
                    TenantId = tenantId, Key = key, Status = status, http.Response.ContentType, Location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                    Body = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length),
                }, CancellationToken.None);
                stored = true;
            }
        }
        finally
        {
            if (!stored) await db.Execute(Release, new { TenantId = tenantId, Key = key }, CancellationToken.None);
            http.Response.Body = original;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
    }

    private static string Say(bool english, string indonesian, string en) => english ? en : indonesian;

    private static async Task Replay(HttpContext http, Row row)
    {
        http.Response.StatusCode = row.Status!.Value;
        if (row.ContentType is not null) http.Response.ContentType = row.ContentType;
        if (row.Location is not null) http.Response.Headers.Location = row.Location;
        http.Response.Headers[ReplayedHeader] = "true";
        if (row.Body is { Length: > 0 } body) await http.Response.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>What makes two requests the same: method, path, query, media type and body (a form by its fields and files, not its boundary).</summary>
    internal static async Task<string> Hash(HttpRequest request, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) { var b = Encoding.UTF8.GetBytes(s); sha.AppendData(BitConverter.GetBytes(b.Length)); sha.AppendData(b); }
        Add(request.Method);
        Add(request.Path.Value ?? "");
        Add(request.QueryString.Value ?? "");
        if (request.HasFormContentType)
        {
            Add("form");
            var form = await request.ReadFormAsync(ct);
            foreach (var field in form.OrderBy(f => f.Key, StringComparer.Ordinal)) { Add(field.Key); Add(field.Value.ToString()); }
            foreach (var file in form.Files)
            {
                Add(file.Name); Add(file.FileName); Add(file.ContentType ?? "");
                await using var s = file.OpenReadStream();
                sha.AppendData(SHA256.HashData(s));
            }
        }
        else
        {
            Add(Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value ?? "" : "");
            request.EnableBuffering();
            sha.AppendData(await SHA256.HashDataAsync(request.Body, ct));
            request.Body.Position = 0;
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
