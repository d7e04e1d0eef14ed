using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;

namespace AsnApi.Infrastructure;

public static class ServiceSetup
{
    public const string MaxBodyBytesKey = "Api:MaxRequestBodyBytes";
    public const long DefaultMaxBodyBytes = 1_048_576;
    public const string SwaggerKey = "Api:Swagger";

    public static WebApplicationBuilder AddAsnApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var db = DatabaseOptions.From(config);
        TypeHandlers.Register();

        services.AddSingleton(db);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnections>();
        services.AddScoped<Db>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<IdentityCache>();
        services.AddScoped<AuditTrail>();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(CommandTransactionBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("id");

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            ProblemMapping.Localise(c.ProblemDetails, c.HttpContext);
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        // After the framework's writer, which declines a request that accepts no JSON (an export's Accept: text/csv).
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonForAnyAccept>();
        services.AddExceptionHandler<ProblemMapping>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        var maxBody = config.GetValue<long?>(MaxBodyBytesKey) ?? DefaultMaxBodyBytes;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBody;
            k.AddServerHeader = false; // "Server: Kestrel" tells an attacker what to try, and a client nothing
        });

        services.ConfigureHttpJsonOptions(o =>
        {
            // Enums by name only: "1" or 1 for an enum is a client bug, not a choice.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IHttpContextAccessor>((o, accessor) =>
        {
            var resolver = o.SerializerOptions.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
            // The contracts' generated metadata first; every other type (problem details, anonymous bodies) as before.
            resolver = JsonTypeInfoResolver.Combine(ContractJson.Default, resolver);
            resolver = resolver.WithAddedModifier(PersonalData.JsonModifier(accessor)).WithAddedModifier(RequestText.JsonModifier);
            o.SerializerOptions.TypeInfoResolver = resolver;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));

        builder.AddClientAddress();
        builder.AddApiRateLimits();
        AddAuth(builder, db);
        AddSwagger(services);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    private static void AddAuth(WebApplicationBuilder builder, DatabaseOptions db)
    {
        var services = builder.Services;
        var auth = new AuthOptions();
        builder.Configuration.GetSection("Auth").Bind(auth);
        services.AddSingleton(auth);
        var key = SigningKey.Load(builder.Configuration, db.DataDirectory!);
        services.AddSingleton(key);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.AddSingleton<PasswordCheck>();

        services.AddAuthentication("Smart")
            .AddPolicyScheme("Smart", "Bearer or ApiKey", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith(ApiKeyAuthenticationHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { })
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.SaveToken = false; // nothing reads the raw token back from the ticket; storing it cost a dictionary and a date format per request
                o.Events = new JwtBearerEvents { OnChallenge = TokenChallenge.Explain };
                if (!string.IsNullOrWhiteSpace(auth.Authority))
                {
                    // An external OpenID Connect issuer: its token must carry the tenant code ("tenant") and a role claim.
                    o.Authority = auth.Authority;
                    o.Audience = auth.Audience;
                    o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                    o.TokenValidationParameters.NameClaimType = AsnClaims.Name;
                    o.TokenValidationParameters.RoleClaimType = AsnClaims.Role;
                }
                else
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = AuthOptions.LocalIssuer,
                        ValidAudience = AuthOptions.LocalIssuer,
                        IssuerSigningKey = key,
                        ValidAlgorithms = [SecurityAlgorithms.HmacSha256], // what TokenIssuer signs with, and nothing else (RFC 8725 §3.1)
                        ClockSkew = TimeSpan.FromSeconds(30),
                        NameClaimType = AsnClaims.Name,
                        RoleClaimType = AsnClaims.Role,
                    };
                }
            });

        // Each token is validated once and its outcome reused until it expires (ValidatedTokenCache says why that is safe).
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(new ValidatedTokenCache(clock, external: !string.IsNullOrWhiteSpace(auth.Authority)));
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.TenantRead, p => p.RequireAssertion(c =>
                c.User.IsInRole("TenantAdmin") || c.User.IsInRole("UnitHead") || c.User.IsInRole("Viewer")
                || c.User.HasClaim(AsnClaims.Scope, "read") || c.User.HasClaim(AsnClaims.Scope, "write") || c.User.HasClaim(AsnClaims.Scope, "import")))
            .AddPolicy(Policies.TenantWrite, p => p.RequireAssertion(c =>
                c.User.IsInRole("TenantAdmin") || c.User.HasClaim(AsnClaims.Scope, "write")))
            .AddPolicy(Policies.TenantAdmin, p => p.RequireRole("TenantAdmin"))
            .AddPolicy(Policies.Import, p => p.RequireAssertion(c => c.User.IsInRole("TenantAdmin") || c.User.HasClaim(AsnClaims.Scope, "import")))
            .AddPolicy(Policies.Approver, p => p.RequireRole("TenantAdmin", "UnitHead"))
            .AddPolicy(Policies.PlanWrite, p => p.RequireAssertion(c =>
                c.User.IsInRole("TenantAdmin") || c.User.IsInRole("UnitHead") || c.User.HasClaim(AsnClaims.Scope, "write")))
            .AddPolicy(Policies.National, p => p.RequireRole("NationalViewer"));
    }

    private static void AddSwagger(IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidatorLimits>();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AsnApi",
                Version = "v1",
                Description = "Manajemen kompetensi ASN untuk pemerintah daerah: kompetensi, pelatihan, evaluasi dan umpan balik masyarakat.",
            });
            o.CustomSchemaIds(SchemaId);
            o.SupportNonNullableReferenceTypes();
            o.OperationFilter<CamelCaseQueryParameters>();
            o.OperationFilter<IfMatchHeader>();
            o.SchemaFilter<ResponsePropertiesRequired>();
            o.SchemaFilter<ValidatorLimitsSchemaFilter>();
            o.OperationFilter<RateLimitResponses>();
            o.DocumentFilter<FormatLimits>();
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "Token from POST /api/v1/auth/token: a JWS signed with HS256 (or by the external issuer's keys), validated as RFC8725 advises: a signature is required (`alg: none` is refused), local tokens accept HS256 only, and issuer, audience and lifetime are always checked.",
            });
            o.AddSecurityDefinition("ApiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "Authorization",
                Description = "`ApiKey asn_…` for scripts; create keys at POST /api/v1/api-keys.",
            });
            o.OperationFilter<SecurityRequirements>();
            var xml = Path.Combine(AppContext.BaseDirectory, "AsnApi.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
            var contractsXml = Path.Combine(AppContext.BaseDirectory, "AsnApi.Contracts.xml");
            if (File.Exists(contractsXml)) o.IncludeXmlComments(contractsXml);
        });
    }

    /// <summary>Page&lt;EmployeeResponse&gt; → EmployeeResponsePage, so generated clients get readable names.</summary>
    private static string SchemaId(Type t) => t.IsGenericType
        ? string.Concat(t.GetGenericArguments().Select(SchemaId)) + t.Name[..t.Name.IndexOf('`')]
        : t.Name;
}
