using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AsnApi.Infrastructure.Http;

/// <summary>The row version is the entity tag: GET returns it, and If-Match on a change must still name it (else 412).</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>
    /// The version named by If-Match, which every change to a versioned record requires: absent (or "*",
    /// which names no version) answers 428, because a blind write would overwrite a change it never saw.
    /// </summary>
    public static int IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") throw new PreconditionRequiredException();
        if (!EntityTagHeaderValue.TryParseList([header], out var tags) || tags.Count == 0)
            throw new BadHttpRequestException("If-Match harus berupa ETag, misalnya \"3\".", 400);
        foreach (var tag in tags)
            if (int.TryParse(tag.Tag.AsSpan().Trim('"'), out var v)) return v;
        return -1; // a tag that can never match: answers 412
    }

    public static Ok<T> Ok<T>(HttpContext http, T body, int version)
    {
        http.Response.Headers.ETag = For(version);
        return TypedResults.Ok(body);
    }

    public static Created<T> Created<T>(HttpContext http, string location, T body, int version)
    {
        http.Response.Headers.ETag = For(version);
        return TypedResults.Created(location, body);
    }
}
