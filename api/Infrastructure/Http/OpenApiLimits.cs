using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// The limits the validators enforce, read from the validators themselves (lengths, ranges,
/// patterns, list sizes), so the OpenAPI document tells clients what the API checks and cannot
/// drift from it. Keyed by the contract property a rule names, nested child validators included.
/// </summary>
public sealed class ValidatorLimits
{
    public sealed class Limits
    {
        public int? MinLength, MaxLength, MaxItems;
        public decimal? Minimum, Maximum;
        public string? Pattern;
    }

    private readonly Dictionary<(Type, string), Limits> _byProperty = new();

    public ValidatorLimits(IServiceProvider services)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        using var scope = services.CreateScope();
        foreach (var found in AssemblyScanner.FindValidatorsInAssembly(typeof(Program).Assembly, includeInternalTypes: true))
            if (scope.ServiceProvider.GetService(found.InterfaceType) is IValidator validator) Walk(validator, seen);
    }

    public Limits? For(Type type, string property) => _byProperty.GetValueOrDefault((type, property));

    /// <summary>The loosest limit any validated type (request or command) gives a property of this name: an upper bound for what a response can carry.</summary>
    public Limits? ForName(string property)
    {
        Limits? merged = null;
        foreach (var ((type, name), l) in _byProperty)
        {
            if (name != property) continue;
            merged ??= new Limits { MaxLength = l.MaxLength, MaxItems = l.MaxItems, Maximum = l.Maximum, Minimum = l.Minimum };
            merged.MaxLength = Max(merged.MaxLength, l.MaxLength);
            merged.MaxItems = Max(merged.MaxItems, l.MaxItems);
            merged.Maximum = merged.Maximum is null || l.Maximum is null ? null : Math.Max(merged.Maximum.Value, l.Maximum.Value);
            merged.Minimum = merged.Minimum is null || l.Minimum is null ? null : Math.Min(merged.Minimum.Value, l.Minimum.Value);
        }
        return merged;
        static int? Max(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
    }

    private void Walk(IValidator validator, HashSet<object> seen)
    {
        if (!seen.Add(validator) || validator is not IEnumerable<IValidationRule> rules) return;
        foreach (var rule in rules)
        {
            var member = rule.Member as PropertyInfo;
            var each = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            foreach (var component in rule.Components)
            {
                var v = component.Validator;
                if (v is IChildValidatorAdaptor)
                {
                    foreach (var field in v.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic))
                        if (field.GetValue(v) is IValidator inner) Walk(inner, seen);
                    continue;
                }
                if (member?.DeclaringType is null || each) continue;
                var key = (member.ReflectedType ?? member.DeclaringType, member.Name);
                var l = _byProperty.TryGetValue(key, out var existing) ? existing : _byProperty[key] = new Limits();
                switch (v)
                {
                    case ILengthValidator length:
                        if (length.Max > 0) l.MaxLength = length.Max;
                        if (length.Min > 0) l.MinLength = length.Min;
                        break;
                    case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                        var exclusive = v.GetType().Name.StartsWith("Exclusive", StringComparison.Ordinal);
                        l.Minimum = exclusive ? from + 1 : from;
                        l.Maximum = exclusive ? to - 1 : to;
                        break;
                    case IComparisonValidator comparison when Number(comparison.ValueToCompare) is { } value:
                        switch (comparison.Comparison)
                        {
                            case Comparison.GreaterThanOrEqual: l.Minimum = value; break;
                            case Comparison.GreaterThan: l.Minimum = value + 1; break;
                            case Comparison.LessThanOrEqual: l.Maximum = value; break;
                            case Comparison.LessThan: l.Maximum = value - 1; break;
                        }
                        break;
                    case IRegularExpressionValidator regex:
                        l.Pattern = regex.Expression;
                        break;
                    case IMaxItemsValidator items:
                        l.MaxItems = items.Max;
                        break;
                }
            }
        }
    }

    private static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => null,
    };

    public static void Apply(OpenApiSchema schema, Limits l)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String))
        {
            schema.MaxLength ??= l.MaxLength;
            schema.MinLength ??= l.MinLength;
            schema.Pattern ??= l.Pattern;
        }
        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            schema.Minimum ??= l.Minimum?.ToString(CultureInfo.InvariantCulture);
            schema.Maximum ??= l.Maximum?.ToString(CultureInfo.InvariantCulture);
        }
        if (type.HasFlag(JsonSchemaType.Array)) schema.MaxItems ??= l.MaxItems;
    }
}

/// <summary>
/// Puts each contract property's validator limits on its schema. A response property takes the
/// limit of the validated field of the same name (unitName, competencyName: a Name), or a bound
/// listed in <see cref="Known"/>.
/// </summary>
public sealed class ValidatorLimitsSchemaFilter(ValidatorLimits limits) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties) return;
        var type = context.Type;
        var paged = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Contracts.Paged<>);
        foreach (var property in type.GetProperties())
        {
            var name = JsonName(property.Name);
            if (!properties.TryGetValue(name, out var propertySchema) || propertySchema is not OpenApiSchema target) continue;
            if (paged && property.Name == nameof(Contracts.Paged<object>.Items)) target.MaxItems ??= Listing.MaxPageSize;
            var l = limits.For(type, property.Name) ?? limits.ForName(property.Name)
                ?? (property.Name.EndsWith("Name", StringComparison.Ordinal) ? limits.ForName("Name") : null)
                ?? (property.Name.EndsWith("Code", StringComparison.Ordinal) ? limits.ForName("Code") : null);
            if (l is not null) ValidatorLimits.Apply(target, l);
            if (Known.TryGetValue(property.Name, out var max))
            {
                if ((target.Type ?? 0).HasFlag(JsonSchemaType.Array)) target.MaxItems ??= max;
                else target.MaxLength ??= max;
            }
            if (type == typeof(Contracts.ImportReport) && property.Name == nameof(Contracts.ImportReport.Errors)) target.MaxItems ??= ImportFileLimits.MaxReportedErrors;
            if (property.Name == "Errors" && target.AdditionalProperties is OpenApiSchema messages)
            {
                messages.MaxItems ??= 50; // the distinct messages for one field
                if (messages.Items is OpenApiSchema message) message.MaxLength ??= 1000;
            }
            if (target.Items is OpenApiSchema { Type: JsonSchemaType.String } item && Known.TryGetValue(property.Name + "[]", out var itemMax)) item.MaxLength ??= itemMax;
        }
    }

    /// <summary>
    /// Response fields no validator names, with the bound that holds for them: the column they are
    /// read from (SQL Server migrations), the format the API writes, or the request limit they derive from.
    /// </summary>
    private static readonly Dictionary<string, int> Known = new()
    {
        // A complaint's history has one entry per status it reached (the state machine has no loops): at most 5. By: ComplaintEvents.Actor, NVARCHAR(200).
        ["History"] = 5, ["By"] = 200,
        ["CreatedBy"] = 100, ["ReviewedBy"] = 100, ["DecidedBy"] = 100, ["Actor"] = 100, ["EnteredBy"] = 100, // AuditLog.Actor and the *By columns: NVARCHAR(100)
        ["Action"] = 100, ["EntityType"] = 50, ["EntityId"] = 36,
        ["Data"] = 2_097_152, // the audited request body: at most the largest body the API accepts (the 2 MB import)
        ["Label"] = 50, ["FitLabel"] = 50, ["MappingLabel"] = 50, ["Category"] = 50,
        ["Prefix"] = 8, ["Scopes"] = 100, ["Secret"] = 64, // asn_ + 8 + _ + 43 characters; ApiKeys.Scopes NVARCHAR(100)
        ["AccessToken"] = 4096, ["TokenType"] = 20,
        ["NextCursor"] = Listing.MaxCursorLength,
        ["Path"] = 800, ["RegionCode"] = 20, ["DisplayName"] = 200, ["TenantCode"] = 20, ["TenantName"] = 200,
        ["Rank"] = 10, ["Nip"] = 30, ["RejectionReason"] = 1000, // the review's and the decision's Reason
        ["NeverAssessed"] = 100, ["NeverAssessed[]"] = 200, // competencies of one standard (at most 100), by name
        ["Fit"] = 3, ["Mapping"] = 3, // one count per category of each scheme
        ["Scopes[]"] = 20,
        ["FormLabel"] = 100, ["StatusLabel"] = 50, ["ProgramTitle"] = 200, // Domain/ActivityForms and StatusLabels; TrainingPrograms.Title (the validator's 200)
        ["EnrolledBy"] = 100, ["CertificateNumber"] = 60, // TrainingEnrollments columns
        ["LedgerEntries"] = 1, // one ledger entry per completion (unique Source, SourceId)
        ["ClosedPlanItems"] = 5_050, // at most 50 items per plan, one plan per year 2000–2100
        ["Targets"] = 500, // the positions a standard was copied onto: at most the request's 500
        // Citizen feedback: the nine unsur, a trend of at most ten years of quarters, a grade's label, a service type, the public path (tenant code 20 + slug 80).
        ["Unsur"] = 9, ["Quarters"] = 44, ["GradeLabel"] = 20, ["ServiceTypes[]"] = 100, ["PublicPath"] = 200,
        // The JP ledger: one employee-year's entries (capped by the query), one row per form of development.
        ["Entries"] = 1000 /* GetEmployeeJpLedger.MaxEntries */, ["ByForm"] = 20,
        // Recommendations: at most `top` (50), each with the gaps of one program's competencies (at most 50) and its first 5 open sessions.
        ["Recommendations"] = 50, ["Gaps"] = 50, ["OpenSessions"] = 5, ["Reason"] = 4000,
        // Import reports: the kind's name, the file's columns (at most ImportFile.MaxColumns, shown at most 60 characters), one message per cell.
        ["Kind"] = 30, ["UnknownColumns"] = ImportFileLimits.MaxColumns, ["UnknownColumns[]"] = 60, ["Column"] = 60, ["Message"] = 1000,
        // Import jobs: why a job failed (ImportJobs.Error, NVARCHAR(2000)).
        ["Error"] = 2000,
        // Problems: the type URI, the detail sentence, and the request path (Kestrel refuses request lines over 8 KB).
        ["Type"] = 200, ["Title"] = 200, ["Detail"] = 4000, ["Instance"] = 8192,
    };

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>
/// Every limited operation documents the rate-limit headers on its answers, its 429 (with
/// Retry-After) and its 500, all as problems; see <see cref="ApiRateLimiter"/>.
/// </summary>
public sealed class RateLimitResponses : IOperationFilter
{
    private static OpenApiHeader Integer(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = int.MaxValue.ToString(CultureInfo.InvariantCulture) },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { } responses || context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true) return;
        var problem = responses.Where(r => r.Key.StartsWith('4')).Select(r => r.Value.Content).FirstOrDefault(c => c is { Count: > 0 });
        if (problem is not null)
        {
            if (!responses.ContainsKey("429"))
                responses["429"] = new OpenApiResponse { Description = "Too Many Requests: a rate limit or the sign-in throttle; see Retry-After.", Content = new Dictionary<string, IOpenApiMediaType>(problem) };
            if (!responses.ContainsKey("500"))
                responses["500"] = new OpenApiResponse { Description = "Internal Server Error (the detail is logged, not returned).", Content = new Dictionary<string, IOpenApiMediaType>(problem) };
        }
        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse r || !(status.StartsWith('2') || status.StartsWith('4'))) continue;
            r.Headers ??= new Dictionary<string, IOpenApiHeader>();
            r.Headers["RateLimit-Limit"] = Integer("Requests allowed in the current window for this caller (API key, user or address).");
            r.Headers["RateLimit-Remaining"] = Integer("Requests left in the current window.");
            r.Headers["RateLimit-Reset"] = Integer("Seconds until the window resets.");
            r.Headers["RateLimit-Policy"] = new OpenApiHeader
            {
                Description = "The quota policy, e.g. 600;w=60 (600 requests per 60 seconds).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Pattern = "^[0-9]+;w=[0-9]+$" },
            };
            if (status == "429") r.Headers["Retry-After"] = Integer("Seconds to wait before trying again.");
        }
    }
}

/// <summary>
/// What is left after the validators: the query parameters every list shares, and the limits a
/// value's own format sets (a uuid is 36 characters, an int32 is an int32). The document then says
/// a bound for every string, integer and list, as the OWASP ruleset asks.
/// </summary>
public sealed class FormatLimits(ValidatorLimits limits) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? []) Walk(schema, seen);
        foreach (var path in document.Paths.Values)
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                foreach (var parameter in operation.Parameters ?? [])
                {
                    if (parameter.Schema is OpenApiSchema s)
                        switch (parameter.Name)
                        {
                            case "page": s.Minimum ??= "1"; s.Maximum ??= Listing.MaxRowsReached.ToString(CultureInfo.InvariantCulture); break;
                            case "pageSize": s.Minimum ??= "1"; s.Maximum ??= Listing.MaxPageSize.ToString(CultureInfo.InvariantCulture); break;
                            case { } when parameter.In == ParameterLocation.Query && (s.Type ?? 0).HasFlag(JsonSchemaType.String) && s.Format is null && s.Enum is not { Count: > 0 }:
                                s.MaxLength ??= QueryLimits.MaxLength(parameter.Name); // QueryLimits
                                break;
                            case "top" when limits.ForName("Top") is { Minimum: { } min, Maximum: { } max }:
                                s.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
                                s.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
                                break;
                        }
                    Walk(parameter.Schema, seen);
                }
                foreach (var media in operation.RequestBody?.Content?.Values ?? []) Walk(media.Schema, seen);
                foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    // A list answered without paging is as long as the "top" it was asked for.
                    if (operation.Parameters?.FirstOrDefault(p => p.Name == "top")?.Schema?.Maximum is { } top
                        && response.Content?.Values.FirstOrDefault()?.Schema is OpenApiSchema { Type: JsonSchemaType.Array } list)
                        list.MaxItems ??= int.Parse(top, CultureInfo.InvariantCulture);
                    foreach (var media in response.Content?.Values ?? []) Walk(media.Schema, seen);
                    foreach (var header in response.Headers?.Values ?? []) Walk(header.Schema, seen);
                }
            }
    }

    private static void Walk(IOpenApiSchema? schema, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema s || !seen.Add(s)) return;
        var type = s.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && s.MaxLength is null && s.Enum is not { Count: > 0 } && s.Const is null)
            s.MaxLength = s.Format switch { "uuid" => 36, "date" => 10, "date-time" => 40, "time" => 20, "duration" => 40, _ => null };
        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var (min, max) = s.Format == "int64" ? (long.MinValue.ToString(CultureInfo.InvariantCulture), long.MaxValue.ToString(CultureInfo.InvariantCulture))
                : (int.MinValue.ToString(CultureInfo.InvariantCulture), int.MaxValue.ToString(CultureInfo.InvariantCulture));
            s.Minimum ??= min;
            s.Maximum ??= max;
        }
        foreach (var p in s.Properties?.Values ?? []) Walk(p, seen);
        Walk(s.Items, seen);
        Walk(s.AdditionalProperties, seen);
        foreach (var x in s.AllOf ?? []) Walk(x, seen);
        foreach (var x in s.OneOf ?? []) Walk(x, seen);
        foreach (var x in s.AnyOf ?? []) Walk(x, seen);
    }
}

/// <summary>The import limits the contract states (Features/Imports reads them too).</summary>
public static class ImportFileLimits
{
    public const int MaxColumns = 50;
    /// <summary>A report lists at most this many row errors (the first, by row); its counts stay exact.</summary>
    public const int MaxReportedErrors = 1_000;
}
