using Microsoft.Extensions.Options;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// The last problem writer: a problem for a client whose Accept names no JSON type. The generated dashboard client asks
/// an export for <c>Accept: text/csv</c>; the framework's writer declines such a request, and a 401 or 403 decided
/// before the endpoint ran then left as the plain text "Status Code: 403; Forbidden", which no client can read as a
/// problem. A problem is always JSON: the client that asked for a file still learns why it got none.
/// </summary>
internal sealed class ProblemJsonForAnyAccept(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        context.ProblemDetails.Status ??= http.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
