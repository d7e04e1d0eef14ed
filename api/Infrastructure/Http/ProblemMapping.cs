using System.Data.Common;
using AsnApi.Infrastructure.Auth;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Turns every exception a client can cause into an RFC 9457 problem with the right status.
/// Anything else is a 500 whose detail is hidden from the client and logged.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ValidationException v => Validation(v),
            BadHttpRequestException b => BadRequest(b),
            ImportFileException f => new ValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [f.Message] })
            { Status = f.Status, Title = TitleFor(f.Status), Detail = f.Message },
            ImportRejectedException r => ImportRejected(r),
            QueryValueException q => new ValidationProblemDetails(new Dictionary<string, string[]> { [q.Field] = [q.Message] })
            { Status = 400, Title = TitleFor(400), Detail = $"Parameter '{q.Field}': {q.Message}" },
            HeaderValueException h => new ValidationProblemDetails(new Dictionary<string, string[]> { [h.Header] = [h.Message] })
            { Status = h.Status, Title = TitleFor(h.Status), Detail = h.Message },
            NotFoundException n => new ProblemDetails { Status = 404, Title = "Tidak ditemukan", Detail = n.Message },
            ConflictException c => Conflict(c),
            PreconditionFailedException p => new ProblemDetails { Status = 412, Title = "Versi tidak cocok", Detail = p.Message },
            PreconditionRequiredException r => new ProblemDetails { Status = 428, Type = "https://www.rfc-editor.org/rfc/rfc6585#section-3", Title = "If-Match wajib", Detail = r.Message },
            SignInFailedException s => new ProblemDetails { Status = 401, Title = "Gagal masuk", Detail = s.Message },
            TooManyAttemptsException t => TooMany(http, t),
            RateLimitedException l => Limited(http, l),
            ForbiddenException f => new ProblemDetails { Status = 403, Title = "Tidak diizinkan", Detail = f.Message },
            DbException d when IsUniqueViolation(d) => new ProblemDetails { Status = 409, Title = "Konflik data", Detail = "Data dengan kunci yang sama sudah ada." },
            DbException d when IsReferenceViolation(d) => new ProblemDetails { Status = 409, Title = "Konflik data", Detail = "Data ini masih dirujuk oleh data lain." },
            OperationCanceledException when ct.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested) return true;
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "Kesalahan server", Detail = "Terjadi kesalahan yang tidak terduga. Silakan coba lagi." };
        }
        if (problem.Extensions.Count == 0 && exception is PreconditionFailedException pf) problem.Extensions["currentVersion"] = pf.CurrentVersion;

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(ValidationException v)
    {
        var errors = v.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors) { Status = 422, Title = "Data tidak valid", Detail = "Periksa kolom yang ditandai." };
    }

    private static ProblemDetails TooMany(HttpContext http, TooManyAttemptsException t)
    {
        http.Response.Headers.RetryAfter = ((int)t.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = 429, Type = ApiRateLimiter.ProblemType, Title = "Terlalu banyak percobaan", Detail = t.Message };
    }

    private static ProblemDetails Limited(HttpContext http, RateLimitedException l)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(l.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = 429, Type = ApiRateLimiter.ProblemType, Title = TitleFor(429), Detail = l.Message };
    }

    private static ProblemDetails Conflict(ConflictException c)
    {
        var problem = c.Field is null
            ? new ProblemDetails { Status = 409, Title = "Konflik data", Detail = c.Message }
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [c.Field] = [c.Message] }) { Status = 409, Title = "Konflik data", Detail = c.Message };
        if (c.Reason is not null) problem.Extensions["reason"] = c.Reason;
        return problem;
    }

    /// <summary>"Body.EmploymentType" → "employmentType": the name a client sent.</summary>
    public static string FieldName(string propertyPath)
    {
        var path = propertyPath.StartsWith("Body.", StringComparison.Ordinal) ? propertyPath[5..] : propertyPath;
        return string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
    }

    public static bool IsUniqueViolation(DbException e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException s => s.Number is 2601 or 2627,
        _ => false,
    };

    private static bool IsReferenceViolation(DbException e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode == 787,
        Microsoft.Data.SqlClient.SqlException s => s.Number == 547,
        _ => false,
    };

    /// <summary>Indonesian titles for every status the API answers, also for the problems the framework writes (401, 403, 404, 405).</summary>
    public static string? TitleFor(int status) => status switch
    {
        400 => "Permintaan tidak valid",
        401 => "Belum masuk",
        403 => "Tidak diizinkan",
        404 => "Tidak ditemukan",
        405 => "Metode tidak diizinkan",
        406 => "Format jawaban tidak tersedia",
        409 => "Konflik data",
        412 => "Versi tidak cocok",
        413 => "Muatan terlalu besar",
        415 => "Jenis media tidak didukung",
        422 => "Data tidak valid",
        428 => "Prasyarat wajib",
        429 => "Terlalu banyak permintaan",
        500 => "Kesalahan server",
        _ => null,
    };

    private static string? DetailFor(int status) => status switch
    {
        401 => "Kirim token Bearer yang masih berlaku (POST /api/v1/auth/token) atau kunci API (Authorization: ApiKey …).",
        403 => "Peran atau cakupan kunci Anda tidak mengizinkan tindakan ini.",
        404 => "Alamat atau data yang diminta tidak ditemukan.",
        405 => "Metode HTTP ini tidak tersedia untuk alamat ini.",
        415 => "Badan permintaan harus berupa JSON (Content-Type: application/json).",
        _ => null,
    };

    /// <summary>
    /// The framework's own problems (status code pages: 401, 403, 404, 405) come with English
    /// titles; every problem leaves here in Indonesian, with a detail that says what to do.
    /// </summary>
    public static void Localise(ProblemDetails problem, HttpContext http)
    {
        if (problem.Status is not { } status) return;
        var english = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        if (string.IsNullOrEmpty(problem.Title) || problem.Title == english || problem.Title == "An error occurred while processing your request.")
            problem.Title = TitleFor(status) ?? problem.Title;
        problem.Detail ??= http.Items[AuthFailureKey] as string ?? DetailFor(status);
    }

    /// <summary>Set by the authentication handlers: why the credentials were refused, in words safe to show.</summary>
    public const string AuthFailureKey = "asnapi.auth-failure";

    private static readonly System.Text.RegularExpressions.Regex Parameter = new(@"parameter ""(?<type>[^""]*?)\s*(?<name>\w+)""", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex TargetType = new(@"converted to (?<type>[\w.`+\[\],]+?)(\.?\s|\.?$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A request the framework could not read. Its own messages ("Failed to read parameter …",
    /// "Implicit body inferred for parameter …") speak C#; this names the field the client sent, in Indonesian.
    /// </summary>
    /// <summary>Field errors named rows[n].column (n as the file numbers it), and the report a dry run would have given.</summary>
    private static ProblemDetails ImportRejected(ImportRejectedException r)
    {
        var errors = r.Report.Errors.GroupBy(e => $"rows[{e.Row}].{e.Column}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return new ValidationProblemDetails(errors) { Status = 422, Title = TitleFor(422), Detail = r.Message, Extensions = { ["report"] = r.Report } };
    }

    private static ProblemDetails BadRequest(BadHttpRequestException b)
    {
        if (b.StatusCode == 413) return new ProblemDetails { Status = 413, Title = TitleFor(413), Detail = b.Message };
        if (b.StatusCode == 415) return new ProblemDetails { Status = 415, Title = TitleFor(415), Detail = "Badan permintaan harus berupa JSON (Content-Type: application/json)." };
        if (FindJson(b) is { } json)
        {
            var field = FieldFromPath(json.Path);
            if (json is RequestText.UnsafeTextException unsafeText)
                return new ValidationProblemDetails(new Dictionary<string, string[]> { [field ?? "body"] = [unsafeText.Message] })
                { Status = 422, Title = TitleFor(422), Detail = "Periksa kolom yang ditandai." };
            if (field is null)
                return new ProblemDetails { Status = 400, Title = TitleFor(400), Detail = "Badan permintaan bukan JSON yang valid atau tidak berbentuk objek yang diharapkan." };
            var message = "Nilai tidak dapat dibaca" + Choices(json.Message) + ".";
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            { Status = 400, Title = TitleFor(400), Detail = $"Kolom '{field}': {message}" };
        }
        var match = Parameter.Match(b.Message);
        var name = match.Success ? FieldName(match.Groups["name"].Value) : null;
        if (b.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || (name is not null && b.Message.Contains("from body", StringComparison.OrdinalIgnoreCase))
            || b.Message.Contains("request body", StringComparison.OrdinalIgnoreCase))
            return new ProblemDetails { Status = 400, Title = TitleFor(400), Detail = "Badan permintaan (JSON) wajib diisi." };
        if (name is not null)
        {
            var message = b.Message.StartsWith("Required", StringComparison.Ordinal) ? "Wajib diisi." : "Nilai tidak valid" + Choices(match.Groups["type"].Value) + ".";
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
            { Status = 400, Title = TitleFor(400), Detail = $"Parameter '{name}': {message}" };
        }
        return new ProblemDetails { Status = b.StatusCode, Title = TitleFor(b.StatusCode) ?? TitleFor(400), Detail = "Permintaan tidak dapat dibaca." };
    }

    private static System.Text.Json.JsonException? FindJson(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Text.Json.JsonException j) return j;
        return null;
    }

    /// <summary>"$.items[0].activityName" → "items[0].activityName"; the root ("$") names no field.</summary>
    private static string? FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return null;
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : FieldName(field);
    }

    /// <summary>For an enum, the names it accepts: the framework's message names the C# type, which only helps here.</summary>
    private static string Choices(string text)
    {
        var typeName = TargetType.Match(text) is { Success: true } m ? m.Groups["type"].Value : text;
        typeName = typeName.TrimEnd('?').Replace("System.Nullable`1[", "").TrimEnd(']');
        var simple = typeName.Split('.', '+').Last().Split(',')[0].Trim();
        var type = typeof(Contracts.Role).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == simple);
        return type is null ? "" : "; pilihan: " + string.Join(", ", Enum.GetNames(type));
    }
}
