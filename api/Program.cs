using AsnApi.Database;
using AsnApi.Features.ApiKeys;
using AsnApi.Features.Appraisals;
using AsnApi.Features.Audit;
using AsnApi.Features.Assessments;
using AsnApi.Features.Auth;
using AsnApi.Features.CompetencyAnalytics;
using AsnApi.Features.CompetencyProfiles;
using AsnApi.Features.Competencies;
using AsnApi.Features.Development;
using AsnApi.Features.Enrollments;
using AsnApi.Features.EvaluationCycles;
using AsnApi.Features.ExternalActivities;
using AsnApi.Features.FollowUps;
using AsnApi.Features.TrainingLedger;
using AsnApi.Features.TrainingRecommendations;
using AsnApi.Features.Settings;
using AsnApi.Features.Standards;
using AsnApi.Features.Employees;
using AsnApi.Features.Imports;
using AsnApi.Features.Partners;
using AsnApi.Features.Ikm;
using AsnApi.Features.ImprovementPlan;
using AsnApi.Features.Positions;
using AsnApi.Features.ServiceUnits;
using AsnApi.Features.Complaints;
using AsnApi.Features.Effectiveness;
using AsnApi.Features.Survey;
using AsnApi.Features.Tenants;
using AsnApi.Features.TrainingPrograms;
using AsnApi.Features.TrainingSessions;
using AsnApi.Features.Units;
using AsnApi.Infrastructure;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddAsnApi();
builder.Services.AddDashboardHosting();
builder.Services.AddImportJobs(builder.Configuration);
builder.Services.AddSingleton<PublicSubmissionLimit>();
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
var dashboardFiles = app.UseDashboard();
app.UseRouting();
app.UseMiddleware<QueryLimits>();
app.UseMiddleware<AsnApi.Infrastructure.Http.RequestSizeLimit>(app.Configuration.GetValue<long?>(ServiceSetup.MaxBodyBytesKey) ?? ServiceSetup.DefaultMaxBodyBytes);
app.UseAuthentication();
app.UseApiRateLimits();
app.UseAuthorization();
app.UseMiddleware<IdempotencyKeys>();

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
app.MapImports();
app.MapCompetencies();
app.MapStandards();
app.MapAssessments();
app.MapCompetencyAnalytics();
app.MapCompetencyProfiles();
app.MapSettings();
app.MapDevelopment();
app.MapPartners();
app.MapTrainingPrograms();
app.MapTrainingSessions();
app.MapEnrollments();
app.MapServiceUnits();
app.MapSurvey();
app.MapComplaints();
app.MapImprovementPlan();
app.MapEffectiveness();
app.MapIkm();
app.MapExternalActivities();
app.MapFollowUps();
app.MapJpLedger();
app.MapTrainingRecommendations();
app.MapAppraisals();
app.MapApiKeys();
app.MapAudit();
app.MapEvaluationCycles();

app.MapDashboardFallback(dashboardFiles);

app.Run();

public partial class Program;
