using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// One body-size limit whatever the host: a declared Content-Length over it is refused before the body
/// is read, and the server's own limit catches chunked bodies. Both end as a 413 problem.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, long maxBytes)
{
    public Task Invoke(HttpContext http)
    {
        // Runs after routing: an endpoint may allow more (the bulk import does).
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? maxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit)
            throw new BadHttpRequestException($"Muatan melebihi batas {limit / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
        return next(http);
    }
}
