using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnApi.Infrastructure.Http;

public static class OpenApiConventions
{
    /// <summary>Declares the problem responses every API route can give, so generated clients know their shape.</summary>
    public static RouteGroupBuilder WithProblems(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}

/// <summary>Query parameters bound from [AsParameters] records keep their C# casing; clients send camelCase (binding ignores case).</summary>
public sealed class CamelCaseQueryParameters : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
    }
}
