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
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = TitleFor(b.StatusCode), Detail = Clean(b) },
            NotFoundException n => new ProblemDetails { Status = 404, Title = "Tidak ditemukan", Detail = n.Message },
            ConflictException c => Conflict(c),
            PreconditionFailedException p => new ProblemDetails { Status = 412, Title = "Versi tidak cocok", Detail = p.Message },
            Features.Auth.SignInFailedException s => new ProblemDetails { Status = 401, Title = "Gagal masuk", Detail = s.Message },
            Features.Auth.TooManyAttemptsException t => TooMany(http, t),
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

    private static ProblemDetails TooMany(HttpContext http, Features.Auth.TooManyAttemptsException t)
    {
        http.Response.Headers.RetryAfter = ((int)t.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = 429, Type = ApiRateLimiter.ProblemType, Title = "Terlalu banyak percobaan", Detail = t.Message };
    }

    private static ProblemDetails Conflict(ConflictException c)
    {
        if (c.Field is null) return new ProblemDetails { Status = 409, Title = "Konflik data", Detail = c.Message };
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [c.Field] = [c.Message] })
        { Status = 409, Title = "Konflik data", Detail = c.Message };
    }

    /// <summary>"Body.EmploymentType" → "employmentType": the name a client sent.</summary>
    public static string FieldName(string propertyPath)
    {
        var path = propertyPath.StartsWith("Body.", StringComparison.Ordinal) ? propertyPath[5..] : propertyPath;
        return string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
    }

    private static bool IsUniqueViolation(DbException e) => e switch
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

    private static string TitleFor(int status) => status switch
    {
        413 => "Muatan terlalu besar",
        415 => "Jenis media tidak didukung",
        _ => "Permintaan tidak valid",
    };

    // The framework's messages are helpful ("Failed to read parameter ... from the request body as JSON") but can echo internals; keep the first line.
    private static string Clean(BadHttpRequestException b) => b.Message.Split('\n')[0];
}
