using Microsoft.AspNetCore.Http.Features;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// One body-size limit whatever the host: a declared Content-Length over it is refused before the body
/// is read, and the server's own limit catches chunked bodies. Both end as a 413 problem.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, long maxBytes)
{
    public Task Invoke(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = maxBytes;
        if (http.Request.ContentLength > maxBytes)
            throw new BadHttpRequestException($"Muatan melebihi batas {maxBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
        return next(http);
    }
}
