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

    /// <summary>
    /// A change to a versioned record: If-Match is required (428 without it, 412 when stale). The metadata
    /// puts the header into the OpenAPI document, so generated clients must pass it.
    /// </summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder route) =>
        route.WithMetadata(new IfMatchRequired()).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

public sealed class IfMatchRequired;

/// <summary>Documents the If-Match header on the operations marked with <see cref="OpenApiConventions.RequiresIfMatch"/>.</summary>
public sealed class IfMatchHeader : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IfMatchRequired>().Any()) return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match", In = ParameterLocation.Header, Required = true,
            Description = "The ETag of the record as last read (GET), e.g. \"3\". Without it: 428; when no longer current: 412 with currentVersion.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
        });
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

/// <summary>
/// Responses always carry every property (nulls are written, never omitted), so every property of a
/// response schema is required; nullable ones stay nullable. Request schemas are left alone: their
/// fields are optional on the wire and checked by the validators, which answer with field errors.
/// </summary>
public sealed class ResponsePropertiesRequired : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties) return;
        var type = context.Type;
        if (type.Name.EndsWith("Request", StringComparison.Ordinal) || type.Name.EndsWith("Dto", StringComparison.Ordinal)
            || type.Namespace?.StartsWith("AsnApi.Contracts", StringComparison.Ordinal) != true) return;
        concrete.Required ??= new HashSet<string>();
        foreach (var name in properties.Keys) concrete.Required.Add(name);
    }
}

/// <summary>
/// Bearer or ApiKey on every operation but the anonymous ones (sign-in, health): a validating proxy
/// or generated client must not demand credentials for the call that obtains them.
/// </summary>
public sealed class SecurityRequirements : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any()
            || !metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
        {
            operation.Security = [];
            return;
        }
        // Two requirements: either scheme is enough (one requirement naming both would demand both).
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", context.Document)] = [] },
        ];
    }
}
