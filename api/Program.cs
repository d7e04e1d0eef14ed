using AsnApi.Database;
using AsnApi.Features.ApiKeys;
using AsnApi.Features.Audit;
using AsnApi.Features.Assessments;
using AsnApi.Features.Auth;
using AsnApi.Features.CompetencyAnalytics;
using AsnApi.Features.Competencies;
using AsnApi.Features.Development;
using AsnApi.Features.Settings;
using AsnApi.Features.Standards;
using AsnApi.Features.Employees;
using AsnApi.Features.Positions;
using AsnApi.Features.Tenants;
using AsnApi.Features.Units;
using AsnApi.Infrastructure;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);
builder.AddAsnApi();
var app = builder.Build();

var db = app.Services.GetRequiredService<DatabaseOptions>();
app.Logger.LogInformation("Database: {Provider}; data directory {Dir}", db.Provider, db.DataDirectory);
Migrator.Migrate(db, app.Logger);
await ReferenceData.EnsureNationalCompetencies(db, DateTimeOffset.UtcNow);
await DemoSeed.RunIfEmpty(app);

app.UseClientAddress();
app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler();
app.UseStatusCodePages();

// The dashboard, when it has been built: one URL serves the API, Swagger and the SPA. Its files are
// served before routing, so that the SPA fallback below never answers for a real asset.
var dashboard = Path.GetFullPath(app.Configuration["Dashboard:Path"] ?? Path.Combine(app.Environment.ContentRootPath, "..", "client", "dist"));
var dashboardFiles = File.Exists(Path.Combine(dashboard, "index.html")) ? new PhysicalFileProvider(dashboard) : null;
if (dashboardFiles is not null)
{
    app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboardFiles });
    app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboardFiles });
    app.Logger.LogInformation("Dashboard served from {Dir}", dashboard);
}
else app.Logger.LogWarning("No dashboard build at {Dir}; only the API and Swagger are served", dashboard);
app.UseRouting();
app.UseMiddleware<QueryLimits>();
app.UseMiddleware<AsnApi.Infrastructure.Http.RequestSizeLimit>(app.Configuration.GetValue<long?>(ServiceSetup.MaxBodyBytesKey) ?? ServiceSetup.DefaultMaxBodyBytes);
app.UseAuthentication();
app.UseApiRateLimits();
app.UseAuthorization();

// The contract is public (openapi.json is in the repo), but a production server need not advertise an
// interactive console; Api:Swagger=true turns it on there.
if (app.Configuration.GetValue<bool?>(ServiceSetup.SwaggerKey) ?? !app.Environment.IsProduction())
{
    app.UseSwagger();
    app.UseSwaggerUI(o => o.DocumentTitle = "AsnApi — Swagger");
}

app.MapHealthChecks("/health").WithTags("Health");
app.MapAuth();
app.MapTenants();
app.MapUnits();
app.MapPositions();
app.MapEmployees();
app.MapCompetencies();
app.MapStandards();
app.MapAssessments();
app.MapCompetencyAnalytics();
app.MapSettings();
app.MapDevelopment();
app.MapApiKeys();
app.MapAudit();

// Client-side routes (/pegawai/…) fall back to the SPA; unknown /api and /swagger paths stay 404 problems.
if (dashboardFiles is not null)
    app.MapFallbackToFile("{*path:regex(^(?!api/|swagger/|health).*$)}", "index.html", new StaticFileOptions { FileProvider = dashboardFiles }).ExcludeFromDescription();

app.Run();

public partial class Program;
