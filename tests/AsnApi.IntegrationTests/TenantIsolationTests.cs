using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Walks every /api/v1 endpoint the application maps. Tenant jmb's admin aims each one at tenant tpi's
/// records: reads and writes by id must answer 404, lists must show none of tpi's rows, and creates that
/// reference tpi's records must be refused. A new endpoint that this test does not know fails it.
/// </summary>
[Collection(ApiCollection.Name)]
public class TenantIsolationTests(ApiFactory api)
{
    private const string PublicRoute = "/api/v1/public/{tenantCode:maxlength(20)}/service-units/{slug:maxlength(80)}";

    private sealed record Victim(UnitResponse Unit, PositionResponse Position, EmployeeResponse Employee, ApiKeyResponse Key, CompetencyResponse Competency, AssessmentResponse Assessment, DevelopmentPlanResponse Plan, DevelopmentNeedResponse Need, HashSet<string> AllIds);

    private async Task<Victim> TpiRecords()
    {
        var tpi = await api.As("admin@tpi");
        var units = await tpi.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500");
        var positions = await tpi.Get<Paged<PositionResponse>>("/api/v1/positions?pageSize=500");
        var employees = await tpi.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        var key = await (await tpi.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "victim", Scopes = [ApiKeyScope.Read] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        var competency = await (await tpi.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.RAHASIA." + Guid.NewGuid().ToString("N")[..4], Name = "Milik TPI" }))
            .Read<CompetencyResponse>(HttpStatusCode.Created);
        var assessment = await (await tpi.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employees.Items[0].Id, AssessedOn = new DateOnly(2025, 2, 2), Method = AssessmentMethod.Portfolio,
            Results = [new AssessmentResultRequest { CompetencyId = competency.Id, Level = 2 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        var plan = await (await tpi.Post("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = employees.Items[0].Id, Year = 2026, Title = "Rencana TPI",
            Items = [new PlanItemRequest { CompetencyId = competency.Id, TargetLevel = 3, Form = DevelopmentActivityForm.Mentoring, ActivityName = "Mentoring", PlannedJp = 8, DueDate = new DateOnly(2026, 12, 1) }],
        })).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        await (await tpi.Step($"/api/v1/development-plans/{plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
        await (await tpi.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2040 })).Read<GenerateNeedsResponse>();
        var need = (await tpi.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2040&pageSize=1")).Items[0];
        var ids = units.Items.Select(u => u.Id).Concat(positions.Items.Select(p => p.Id)).Concat(employees.Items.Select(e => e.Id))
            .Append(key.Key.Id).Append(competency.Id).Append(assessment.Id).Append(plan.Id).Append(need.Id)
            .Select(g => g.ToString()).ToHashSet();
        return new Victim(units.Items.First(u => u.Depth == 2), positions.Items[0], employees.Items[0], key.Key, competency, assessment, plan, need, ids);
    }

    private sealed record TrainingVictim(PartnerResponse Partner, TrainingProgramResponse Program, TrainingSessionResponse Session);

    /// <summary>tpi's training catalogue: a partner, a program developing tpi's own competency, a planned session.</summary>
    private async Task<TrainingVictim> TpiCatalogue(Victim victim)
    {
        var tpi = await api.As("admin@tpi");
        var partner = await TrainingTestData.CreatePartner(tpi);
        var program = await TrainingTestData.CreateProgram(tpi, [(victim.Competency.Id, 1)], partnerId: partner.Id);
        var session = await TrainingTestData.CreateSession(tpi, program.Id);
        victim.AllIds.UnionWith([partner.Id.ToString(), program.Id.ToString(), session.Id.ToString()]);
        return new TrainingVictim(partner, program, session);
    }

    [Fact]
    public async Task No_endpoint_reads_or_writes_across_tenants()
    {
        var victim = await TpiRecords();
        var training = await TpiCatalogue(victim);
        var attacker = await api.As("admin@jmb");
        var employeeBody = TestData.Employee(victim.Position.Id, nip: victim.Employee.Nip);
        var unitBody = new UnitRequest { Code = "X" + Guid.NewGuid().ToString("N")[..6], Name = "Serangan", ParentId = victim.Unit.Id };
        var positionBody = new PositionRequest { Code = "X" + Guid.NewGuid().ToString("N")[..6], Name = "Serangan", Type = PositionType.Pelaksana, UnitId = victim.Unit.Id };
        var ownPosition = await attacker.FirstId<PositionResponse>("/api/v1/positions?pageSize=1&active=true");
        var ownUnit = await attacker.FirstId<UnitResponse>("/api/v1/units?pageSize=1&active=true");
        var tpiClient = await api.As("admin@tpi");
        var tpiStandardBefore = await tpiClient.Get<PositionStandardResponse>($"/api/v1/positions/{victim.Position.Id}/standard");
        var tpiSettingsBefore = await tpiClient.Get<CompetencySettingsDto>("/api/v1/settings/competency");
        var tpiActivity = await (await tpiClient.Post($"/api/v1/employees/{victim.Employee.Id}/external-activities", new ExternalActivityRequest
        {
            Title = "Seminar TPI", Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 5, 5), Jp = 4,
        })).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        victim.AllIds.Add(tpiActivity.Id.ToString());
        var activityBody = new ExternalActivityRequest { Title = "Serangan", Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 5, 5), Jp = 99 };
        var activityUrl = $"/api/v1/employees/{victim.Employee.Id}/external-activities";
        // A tpi session with one participant, for the enrollment probes.
        var tpiSession = (await TrainingTestData.OpenSession(tpiClient, capacity: 5)).Session;
        var tpiParticipant = await EnrollmentTests.Enrolled(tpiClient, tpiSession.Id, await tpiClient.FirstId<EmployeeResponse>("/api/v1/employees?active=true&pageSize=1"));
        var tpiEnrollment = EnrollmentTests.One(tpiSession.Id, tpiParticipant.Id);
        var ownEmployee = await attacker.FirstId<EmployeeResponse>("/api/v1/employees?active=true&pageSize=1");
        // A completed tpi enrollment from the demo data, for the follow-up probes.
        var tpiFollowUp = (await tpiClient.Get<Paged<FollowUpQueueItem>>("/api/v1/training-follow-ups?pageSize=1")).Items.First();
        var followUpUrl = $"/api/v1/training-follow-ups/{tpiFollowUp.EnrollmentId}";
        var followUpBody = new FollowUpRequest { Ratings = [new() { CompetencyId = victim.Competency.Id, Application = 1 }], Notes = "Serangan" };
        victim.AllIds.Add(tpiFollowUp.EnrollmentId.ToString());
        var tpiFollowUpBefore = await tpiClient.Get<FollowUpResponse>(followUpUrl);
        var tpiServiceUnit = await ServiceUnitTests.Create(tpiClient, ServiceUnitTests.Body(victim.Unit.Id, ServiceUnitTests.Slug("rahasia-tpi")));
        var tpiComplaint = await ComplaintTests.Create(tpiClient, ComplaintTests.Body(tpiServiceUnit.Id));
        Task<HttpResponseMessage> ComplaintStep(string action) => attacker.PostIfMatch($"/api/v1/complaints/{tpiComplaint.Id}/{action}", 1, new ComplaintTransitionRequest { Response = "Serangan" });
        victim.AllIds.Add(tpiServiceUnit.Id.ToString());
        var ownServiceUnitBody = ServiceUnitTests.Body(ownUnit);
        // A tpi import job: a dry run of a file above the default job threshold (its rows need not be valid).
        var tpiJob = await (await tpiClient.PostAsync("/api/v1/imports/employees?dryRun=true", ImportKindsTests.Csv(
            "nip;name;employmentType\n" + string.Concat(Enumerable.Repeat("1;Rahasia TPI;Pns\n", 5_001))))).Read<ImportJobResponse>(HttpStatusCode.Accepted);
        victim.AllIds.Add(tpiJob.Id.ToString());
        var tpiCycle = await EvaluationCycleTests.Create(tpiClient, EvaluationCycleTests.Body(victim.Unit.Id, "Evaluasi TPI"));
        var tpiFinding = await EvaluationCycleTests.Finding(tpiClient, tpiCycle.Id);
        var tpiAction = await (await tpiClient.Post($"/api/v1/evaluation-findings/{tpiFinding.Id}/actions", EvaluationCycleTests.FreeTask())).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        victim.AllIds.UnionWith([tpiCycle.Id.ToString(), tpiFinding.Id.ToString(), tpiAction.Id.ToString()]);
        var cycleUrl = $"/api/v1/evaluation-cycles/{tpiCycle.Id}";
        // A tpi appraisal period with one appraisal, for the SKP probes.
        var tpiPeriod = await (await tpiClient.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = 2045 })).Read<AppraisalPeriodResponse>(HttpStatusCode.Created);
        var tpiAppraisal = await (await tpiClient.Post("/api/v1/performance-appraisals", new PerformanceAppraisalRequest
        {
            EmployeeId = victim.Employee.Id, PeriodId = tpiPeriod.Id, ResultsRating = SkpRating.SesuaiEkspektasi, BehaviourRating = SkpRating.SesuaiEkspektasi,
        })).Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        victim.AllIds.UnionWith([tpiPeriod.Id.ToString(), tpiAppraisal.Id.ToString()]);
        var appraisalFix = new PerformanceAppraisalUpdateRequest { ResultsRating = SkpRating.DiBawahEkspektasi, BehaviourRating = SkpRating.DiBawahEkspektasi };
        var tpiTemplate = await (await tpiClient.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Rahasia TPI " + Guid.NewGuid().ToString("N")[..6], Items = ["Milik TPI."] }))
            .Read<ReactionTemplateResponse>(HttpStatusCode.Created);
        victim.AllIds.Add(tpiTemplate.Id!.Value.ToString());
        var reactionBody = EffectivenessTestData.Answer([5, 5, 5, 5, 5, 5]);

        // What each endpoint is checked with: (call, expected status). By-id calls use tpi's ids with bodies valid in jmb.
        var probes = new Dictionary<string, Func<Task<(HttpResponseMessage, HttpStatusCode)>>>
        {
            ["GET /api/v1/units/{id}"] = async () => (await attacker.GetAsync($"/api/v1/units/{victim.Unit.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/units/{id}"] = async () => (await attacker.Put($"/api/v1/units/{victim.Unit.Id}", new UnitRequest { Code = "HIJACK", Name = "x", ParentId = ownUnit }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/units/{id}/deactivate"] = async () => (await attacker.PostIfMatch($"/api/v1/units/{victim.Unit.Id}/deactivate", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/units"] = async () => (await attacker.Post("/api/v1/units", unitBody), (HttpStatusCode)422),
            ["GET /api/v1/positions/{id}"] = async () => (await attacker.GetAsync($"/api/v1/positions/{victim.Position.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/positions/{id}"] = async () => (await attacker.Put($"/api/v1/positions/{victim.Position.Id}", new PositionRequest { Code = "HIJACK", Name = "x", Type = PositionType.Pelaksana, UnitId = ownUnit }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/positions/{id}/deactivate"] = async () => (await attacker.PostIfMatch($"/api/v1/positions/{victim.Position.Id}/deactivate", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/positions"] = async () => (await attacker.Post("/api/v1/positions", positionBody), (HttpStatusCode)422),
            ["GET /api/v1/employees/{id}"] = async () => (await attacker.GetAsync($"/api/v1/employees/{victim.Employee.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/employees/{id}"] = async () => (await attacker.Put($"/api/v1/employees/{victim.Employee.Id}", TestData.Employee(ownPosition), ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/employees/{id}/deactivate"] = async () => (await attacker.PostIfMatch($"/api/v1/employees/{victim.Employee.Id}/deactivate", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/employees/{id}/activate"] = async () => (await attacker.PostIfMatch($"/api/v1/employees/{victim.Employee.Id}/activate", 1), HttpStatusCode.NotFound),
            // The same NIP in another tenant is another person: the import creates jmb's own, and tpi's stays as it was (checked below).
            ["POST /api/v1/employees/import"] = async () => (await attacker.Post("/api/v1/employees/import", new EmployeeImportRequest
            {
                Rows = [new EmployeeImportRow { Nip = victim.Employee.Nip, Name = "Bukan milik TPI", EmploymentType = victim.Employee.EmploymentType, Sex = victim.Employee.Sex, PositionCode = "PLK-DUKCAPIL-DAFDUK" }],
            }), HttpStatusCode.OK),
            ["POST /api/v1/employees"] = async () => (await attacker.Post("/api/v1/employees", employeeBody), (HttpStatusCode)422),
            // A file naming tpi's NIP and tpi's unit code writes only jmb's rows; tpi's unit and employee stay as they were (checked below).
            ["POST /api/v1/imports/{kind:maxlength(30)}"] = async () => (await attacker.PostAsync("/api/v1/imports/employees?mode=valid-only", ImportKindsTests.Csv(
                $"nip;name;employmentType;sex;positionCode\n{victim.Employee.Nip};Bukan milik TPI;{victim.Employee.EmploymentType};{victim.Employee.Sex};PLK-DUKCAPIL-DAFDUK\n")), HttpStatusCode.OK),
            ["GET /api/v1/imports/jobs/{id}"] = async () => (await attacker.GetAsync($"/api/v1/imports/jobs/{tpiJob.Id}"), HttpStatusCode.NotFound),
            ["GET /api/v1/imports/jobs"] = async () => (await attacker.GetAsync("/api/v1/imports/jobs?pageSize=500"), HttpStatusCode.OK),
            ["GET /api/v1/imports/templates/{kind:maxlength(30)}.csv"] = async () => (await attacker.GetAsync("/api/v1/imports/templates/units.csv"), HttpStatusCode.OK),
            ["GET /api/v1/imports/templates/{kind:maxlength(30)}.xlsx"] = async () => (await attacker.GetAsync("/api/v1/imports/templates/units.xlsx"), HttpStatusCode.OK),
            ["POST /api/v1/api-keys/{id}/revoke"] = async () => (await attacker.PostAsync($"/api/v1/api-keys/{victim.Key.Id}/revoke", null), HttpStatusCode.NotFound),
            ["POST /api/v1/api-keys"] = async () => (await attacker.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "own", Scopes = [ApiKeyScope.Read] }), HttpStatusCode.Created),
            ["POST /api/v1/auth/token"] = async () => (await attacker.Post("/api/v1/auth/token", new TokenRequest { Username = "admin@jmb", Password = "Demo#2026" }), HttpStatusCode.OK),
            ["GET /api/v1/national/summary"] = async () => (await attacker.GetAsync("/api/v1/national/summary"), HttpStatusCode.Forbidden),
            ["GET /api/v1/competencies/{id}"] = async () => (await attacker.GetAsync($"/api/v1/competencies/{victim.Competency.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/competencies/{id}"] = async () => (await attacker.Put($"/api/v1/competencies/{victim.Competency.Id}", new CompetencyRequest { Code = "T.X", Name = "x" }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/competencies/{id}/retire"] = async () => (await attacker.PostIfMatch($"/api/v1/competencies/{victim.Competency.Id}/retire", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/competencies"] = async () => (await attacker.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.JMB." + Guid.NewGuid().ToString("N")[..4], Name = "Milik JMB" }), HttpStatusCode.Created),
            ["GET /api/v1/positions/{id}/standard"] = async () => (await attacker.GetAsync($"/api/v1/positions/{victim.Position.Id}/standard"), HttpStatusCode.NotFound),
            ["PUT /api/v1/positions/{id}/standard"] = async () => (await attacker.Put($"/api/v1/positions/{victim.Position.Id}/standard", new PositionStandardRequest { Items = [] }), HttpStatusCode.NotFound),
            ["POST /api/v1/positions/{id}/standard/copy"] = async () => (await attacker.Post($"/api/v1/positions/{ownPosition}/standard/copy", new CopyStandardRequest { TargetPositionIds = [victim.Position.Id] }), (HttpStatusCode)422),
            ["GET /api/v1/assessments/{id}"] = async () => (await attacker.GetAsync($"/api/v1/assessments/{victim.Assessment.Id}"), HttpStatusCode.NotFound),
            ["POST /api/v1/assessments"] = async () => (await attacker.Post("/api/v1/assessments", new AssessmentRequest
            {
                EmployeeId = victim.Employee.Id, AssessedOn = new DateOnly(2025, 1, 1), Method = AssessmentMethod.SelfAssessment,
                Results = [new AssessmentResultRequest { CompetencyId = AsnApi.Domain.NationalCompetencies.IdOf("M.1"), Level = 1 }],
            }), (HttpStatusCode)422),
            ["GET /api/v1/employees/{id}/competency-profile"] = async () => (await attacker.GetAsync($"/api/v1/employees/{victim.Employee.Id}/competency-profile"), HttpStatusCode.NotFound),
            ["POST /api/v1/development-needs/generate"] = async () => (await attacker.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2040, UnderUnitId = victim.Unit.Id }), HttpStatusCode.NotFound),
            ["POST /api/v1/development-needs/review"] = async () => (await attacker.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [victim.Need.Id], Action = NeedReviewAction.Verify }), HttpStatusCode.NotFound),
            ["GET /api/v1/development-plans/{id}"] = async () => (await attacker.GetAsync($"/api/v1/development-plans/{victim.Plan.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/development-plans/{id}"] = async () => (await attacker.Put($"/api/v1/development-plans/{victim.Plan.Id}", new DevelopmentPlanRequest
            {
                EmployeeId = victim.Employee.Id, Year = 2026, Title = "x",
                Items = [new PlanItemRequest { CompetencyId = AsnApi.Domain.NationalCompetencies.IdOf("M.1"), TargetLevel = 2, Form = DevelopmentActivityForm.Coaching, ActivityName = "x", PlannedJp = 1, DueDate = new DateOnly(2026, 1, 1) }],
            }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/development-plans"] = async () => (await attacker.Post("/api/v1/development-plans", new DevelopmentPlanRequest
            {
                EmployeeId = victim.Employee.Id, Year = 2026, Title = "x",
                Items = [new PlanItemRequest { CompetencyId = AsnApi.Domain.NationalCompetencies.IdOf("M.1"), TargetLevel = 2, Form = DevelopmentActivityForm.Coaching, ActivityName = "x", PlannedJp = 1, DueDate = new DateOnly(2026, 1, 1) }],
            }), (HttpStatusCode)422),
            ["POST /api/v1/development-plans/{id}/submit"] = async () => (await attacker.PostIfMatch($"/api/v1/development-plans/{victim.Plan.Id}/submit", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/development-plans/{id}/approve"] = async () => (await attacker.PostIfMatch($"/api/v1/development-plans/{victim.Plan.Id}/approve", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/development-plans/{id}/reject"] = async () => (await attacker.PostIfMatch($"/api/v1/development-plans/{victim.Plan.Id}/reject", 1, new PlanDecisionRequest { Reason = "x" }), HttpStatusCode.NotFound),
            ["POST /api/v1/development-plans/{id}/revise"] = async () => (await attacker.PostIfMatch($"/api/v1/development-plans/{victim.Plan.Id}/revise", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/development-plans/{id}/complete"] = async () => (await attacker.PostIfMatch($"/api/v1/development-plans/{victim.Plan.Id}/complete", 1), HttpStatusCode.NotFound),
            ["GET /api/v1/training-sessions/{id}/enrollments"] = async () => (await attacker.GetAsync(EnrollmentTests.Roster(tpiSession.Id)), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/enrollments"] = async () => (await EnrollmentTests.Enroll(attacker, tpiSession.Id, ownEmployee), HttpStatusCode.NotFound),
            ["GET /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}"] = async () => (await attacker.GetAsync(tpiEnrollment), HttpStatusCode.NotFound),
            ["PUT /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}"] = async () => (await attacker.Put(tpiEnrollment, new EnrollmentUpdateRequest { PreTestScore = 1 }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}/attend"] = async () => (await attacker.PostIfMatch($"{tpiEnrollment}/attend", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}/complete"] = async () => (await attacker.PostIfMatch($"{tpiEnrollment}/complete", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}/not-complete"] = async () => (await attacker.PostIfMatch($"{tpiEnrollment}/not-complete", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/enrollments/{enrollmentId:guid}/withdraw"] = async () => (await attacker.PostIfMatch($"{tpiEnrollment}/withdraw", 1), HttpStatusCode.NotFound),
            ["GET /api/v1/competency-analytics/heatmap/cell"] = async () => (await attacker.GetAsync($"/api/v1/competency-analytics/heatmap/cell?unitId={victim.Unit.Id}&competencyId={AsnApi.Domain.NationalCompetencies.IdOf("M.1")}"), HttpStatusCode.NotFound),
            ["GET /api/v1/training-follow-ups/{enrollmentId:guid}"] = async () => (await attacker.GetAsync(followUpUrl), HttpStatusCode.NotFound),
            ["POST /api/v1/training-follow-ups/{enrollmentId:guid}"] = async () => (await attacker.Post(followUpUrl, followUpBody), HttpStatusCode.NotFound),
            ["PUT /api/v1/training-follow-ups/{enrollmentId:guid}"] = async () => (await attacker.Put(followUpUrl, followUpBody, ifMatch: 1), HttpStatusCode.NotFound),
            ["GET /api/v1/employees/{id}/external-activities"] = async () => (await attacker.GetAsync(activityUrl), HttpStatusCode.NotFound),
            ["POST /api/v1/employees/{id}/external-activities"] = async () => (await attacker.Post(activityUrl, activityBody), HttpStatusCode.NotFound),
            ["GET /api/v1/employees/{id}/external-activities/{activityId:guid}"] = async () => (await attacker.GetAsync($"{activityUrl}/{tpiActivity.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/employees/{id}/external-activities/{activityId:guid}"] = async () => (await attacker.Put($"{activityUrl}/{tpiActivity.Id}", activityBody, ifMatch: 1), HttpStatusCode.NotFound),
            ["DELETE /api/v1/employees/{id}/external-activities/{activityId:guid}"] = async () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Delete, $"{activityUrl}/{tpiActivity.Id}");
                request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
                return (await attacker.SendAsync(request), HttpStatusCode.NotFound);
            },
            ["GET /api/v1/employees/{id}/jp-ledger"] = async () => (await attacker.GetAsync($"/api/v1/employees/{victim.Employee.Id}/jp-ledger?year=2025"), HttpStatusCode.NotFound),
            ["GET /api/v1/employees/{id}/training-recommendations"] = async () => (await attacker.GetAsync($"/api/v1/employees/{victim.Employee.Id}/training-recommendations"), HttpStatusCode.NotFound),
            ["GET /api/v1/training-sessions/{id}/candidates"] = async () => (await attacker.GetAsync($"/api/v1/training-sessions/{training.Session.Id}/candidates"), HttpStatusCode.NotFound),
            ["PUT /api/v1/settings/training"] = async () => (await attacker.Update("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 20, JpTargetPppk = 20 }), HttpStatusCode.OK),
            ["GET /api/v1/partners/{id}"] = async () => (await attacker.GetAsync($"/api/v1/partners/{training.Partner.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/partners/{id}"] = async () => (await attacker.Put($"/api/v1/partners/{training.Partner.Id}", new PartnerRequest { Name = "Dibajak", Kind = PartnerKind.Ngo }, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/partners/{id}/deactivate"] = async () => (await attacker.PostIfMatch($"/api/v1/partners/{training.Partner.Id}/deactivate", 1), HttpStatusCode.NotFound),
            // A partner of the same name in another tenant is another partner.
            ["POST /api/v1/partners"] = async () => (await attacker.Post("/api/v1/partners", new PartnerRequest { Name = training.Partner.Name, Kind = PartnerKind.Ngo }), HttpStatusCode.Created),
            ["GET /api/v1/training-programs/{id}"] = async () => (await attacker.GetAsync($"/api/v1/training-programs/{training.Program.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/training-programs/{id}"] = async () => (await attacker.Put($"/api/v1/training-programs/{training.Program.Id}", TrainingTestData.Program(), ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-programs/{id}/deactivate"] = async () => (await attacker.PostIfMatch($"/api/v1/training-programs/{training.Program.Id}/deactivate", 1), HttpStatusCode.NotFound),
            // tpi's partner and tpi's own competency are unknown to jmb.
            ["POST /api/v1/training-programs"] = async () => (await attacker.Post("/api/v1/training-programs", TrainingTestData.Program([(victim.Competency.Id, 1)], partnerId: training.Partner.Id)), (HttpStatusCode)422),
            ["GET /api/v1/training-sessions/{id}"] = async () => (await attacker.GetAsync($"/api/v1/training-sessions/{training.Session.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/training-sessions/{id}"] = async () => (await attacker.Put($"/api/v1/training-sessions/{training.Session.Id}", TrainingTestData.Session(training.Program.Id), ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/open"] = async () => (await attacker.PostIfMatch($"/api/v1/training-sessions/{training.Session.Id}/open", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/start"] = async () => (await attacker.PostIfMatch($"/api/v1/training-sessions/{training.Session.Id}/start", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/finish"] = async () => (await attacker.PostIfMatch($"/api/v1/training-sessions/{training.Session.Id}/finish", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions/{id}/cancel"] = async () => (await attacker.PostIfMatch($"/api/v1/training-sessions/{training.Session.Id}/cancel", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/training-sessions"] = async () => (await attacker.Post("/api/v1/training-sessions", TrainingTestData.Session(training.Program.Id)), (HttpStatusCode)422),
            ["GET /api/v1/service-units/{id}"] = async () => (await attacker.GetAsync($"/api/v1/service-units/{tpiServiceUnit.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/service-units/{id}"] = async () => (await attacker.Put($"/api/v1/service-units/{tpiServiceUnit.Id}", ownServiceUnitBody, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/service-units"] = async () => (await attacker.Post("/api/v1/service-units", ServiceUnitTests.Body(victim.Unit.Id)), (HttpStatusCode)422),
            // The public address names the tenant by code: jmb's code with tpi's slug is nobody's service unit.
            [$"GET {PublicRoute}"] = async () => (await attacker.GetAsync($"/api/v1/public/jmb/service-units/{tpiServiceUnit.Slug}"), HttpStatusCode.NotFound),
            [$"POST {PublicRoute}/survey-responses"] = async () => (await api.Anonymous().Post($"/api/v1/public/jmb/service-units/{tpiServiceUnit.Slug}/survey-responses", SurveyTests.Answer()), HttpStatusCode.NotFound),
            [$"GET {PublicRoute}/ikm"] = async () => (await attacker.GetAsync($"/api/v1/public/jmb/service-units/{tpiServiceUnit.Slug}/ikm"), HttpStatusCode.NotFound),
            ["POST /api/v1/service-units/{id}/survey-responses"] = async () => (await attacker.Post($"/api/v1/service-units/{tpiServiceUnit.Id}/survey-responses", new PaperSurveyBatchRequest { Responses = [SurveyTests.Paper(new DateOnly(2025, 1, 2), [3, 3, 3, 3, 3, 3, 3, 3, 3], "KTP-el")] }), HttpStatusCode.NotFound),
            ["GET /api/v1/service-units/{id}/survey-responses"] = async () => (await attacker.GetAsync($"/api/v1/service-units/{tpiServiceUnit.Id}/survey-responses"), HttpStatusCode.NotFound),
            ["GET /api/v1/service-units/{id}/ikm"] = async () => (await attacker.GetAsync($"/api/v1/service-units/{tpiServiceUnit.Id}/ikm"), HttpStatusCode.NotFound),
            ["GET /api/v1/service-units/{id}/ikm/trend"] = async () => (await attacker.GetAsync($"/api/v1/service-units/{tpiServiceUnit.Id}/ikm/trend"), HttpStatusCode.NotFound),
            ["GET /api/v1/complaints/{id}"] = async () => (await attacker.GetAsync($"/api/v1/complaints/{tpiComplaint.Id}"), HttpStatusCode.NotFound),
            ["POST /api/v1/complaints"] = async () => (await attacker.Post("/api/v1/complaints", ComplaintTests.Body(tpiServiceUnit.Id)), (HttpStatusCode)422),
            ["POST /api/v1/complaints/{id}/verify"] = async () => (await ComplaintStep("verify"), HttpStatusCode.NotFound),
            ["POST /api/v1/complaints/{id}/start"] = async () => (await ComplaintStep("start"), HttpStatusCode.NotFound),
            ["POST /api/v1/complaints/{id}/resolve"] = async () => (await ComplaintStep("resolve"), HttpStatusCode.NotFound),
            ["POST /api/v1/complaints/{id}/close"] = async () => (await ComplaintStep("close"), HttpStatusCode.NotFound),
            ["POST /api/v1/complaints/{id}/reject"] = async () => (await ComplaintStep("reject"), HttpStatusCode.NotFound),
            ["PUT /api/v1/settings/complaints"] = async () => (await attacker.Update("/api/v1/settings/complaints", new ComplaintSettingsDto { ResolutionDays = 7 }), HttpStatusCode.OK),
            // A tracking code and a slug of tpi under jmb's code are nobody's.
            ["POST /api/v1/public/{tenantCode:maxlength(20)}/complaints"] = async () => (await api.Anonymous().Post("/api/v1/public/jmb/complaints",
                new PublicComplaintRequest { SubmissionId = Guid.NewGuid(), ServiceUnitSlug = tpiServiceUnit.Slug, Type = ComplaintType.Pengaduan, Text = "Serangan" }), (HttpStatusCode)422),
            ["GET /api/v1/public/{tenantCode:maxlength(20)}/complaints/{trackingCode:maxlength(20)}"] = async () => (await api.Anonymous().GetAsync($"/api/v1/public/jmb/complaints/{tpiComplaint.TrackingCode}"), HttpStatusCode.NotFound),
            ["GET /api/v1/service-units/{id}/improvement-plan"] = async () => (await attacker.GetAsync($"/api/v1/service-units/{tpiServiceUnit.Id}/improvement-plan"), HttpStatusCode.NotFound),
            ["POST /api/v1/service-units/{id}/improvement-plan/draft-plan-items"] = async () => (await attacker.Post($"/api/v1/service-units/{tpiServiceUnit.Id}/improvement-plan/draft-plan-items", new DraftPlanItemsRequest()), HttpStatusCode.NotFound),
            // The attacker changes and resets its own mapping; tpi's stays the default (checked below).
            ["PUT /api/v1/settings/competency-mapping"] = async () => (await attacker.Update("/api/v1/settings/competency-mapping", new CompetencyMappingRequest { Categories = [new() { Category = "Antrean", CompetencyIds = [victim.Competency.Id] }] }), (HttpStatusCode)422),
            ["POST /api/v1/settings/competency-mapping/reset"] = async () => (await attacker.Step("/api/v1/settings/competency-mapping", "reset"), HttpStatusCode.OK),
            ["GET /api/v1/evaluation-cycles/{id}"] = async () => (await attacker.GetAsync(cycleUrl), HttpStatusCode.NotFound),
            ["PUT /api/v1/evaluation-cycles/{id}"] = async () => (await attacker.Put(cycleUrl, EvaluationCycleTests.Body(victim.Unit.Id, "Serangan"), ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/evaluation-cycles/{id}/close"] = async () => (await attacker.PostIfMatch($"{cycleUrl}/close", 1), HttpStatusCode.NotFound),
            ["GET /api/v1/evaluation-cycles/{id}/indicators"] = async () => (await attacker.GetAsync($"{cycleUrl}/indicators"), HttpStatusCode.NotFound),
            ["GET /api/v1/evaluation-cycles/{id}/comparison"] = async () => (await attacker.GetAsync($"{cycleUrl}/comparison"), HttpStatusCode.NotFound),
            ["GET /api/v1/evaluation-cycles/{id}/findings"] = async () => (await attacker.GetAsync($"{cycleUrl}/findings"), HttpStatusCode.NotFound),
            ["POST /api/v1/evaluation-cycles/{id}/findings"] = async () => (await attacker.Post($"{cycleUrl}/findings", new FindingRequest { Title = "Serangan", Severity = FindingSeverity.Low }), HttpStatusCode.NotFound),
            ["POST /api/v1/evaluation-cycles"] = async () => (await attacker.Post("/api/v1/evaluation-cycles", EvaluationCycleTests.Body(victim.Unit.Id, "Serangan")), (HttpStatusCode)422),
            ["POST /api/v1/evaluation-findings/{id}/actions"] = async () => (await attacker.Post($"/api/v1/evaluation-findings/{tpiFinding.Id}/actions", EvaluationCycleTests.FreeTask()), HttpStatusCode.NotFound),
            ["PUT /api/v1/evaluation-findings/{id}"] = async () => (await attacker.Put($"/api/v1/evaluation-findings/{tpiFinding.Id}", new FindingRequest { Title = "Serangan", Severity = FindingSeverity.Low }, 1), HttpStatusCode.NotFound),
            ["DELETE /api/v1/evaluation-findings/{id}"] = async () => (await attacker.DeleteIfMatch($"/api/v1/evaluation-findings/{tpiFinding.Id}", 1), HttpStatusCode.NotFound),
            ["POST /api/v1/evaluation-actions/{id}/transition"] = async () => (await attacker.PostIfMatch($"/api/v1/evaluation-actions/{tpiAction.Id}/transition", 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.Done }), HttpStatusCode.NotFound),
            ["GET /api/v1/appraisal-periods/{id}"] = async () => (await attacker.GetAsync($"/api/v1/appraisal-periods/{tpiPeriod.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/appraisal-periods/{id}"] = async () => (await attacker.Put($"/api/v1/appraisal-periods/{tpiPeriod.Id}", new AppraisalPeriodRequest { Year = 2046 }, ifMatch: 1), HttpStatusCode.NotFound),
            ["DELETE /api/v1/appraisal-periods/{id}"] = async () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/appraisal-periods/{tpiPeriod.Id}");
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                return (await attacker.SendAsync(request), HttpStatusCode.NotFound);
            },
            // Periods are the tenant's own: the same year in jmb does not overlap tpi's.
            ["POST /api/v1/appraisal-periods"] = async () => (await attacker.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = 2045 }), HttpStatusCode.Created),
            ["GET /api/v1/performance-appraisals/{id}"] = async () => (await attacker.GetAsync($"/api/v1/performance-appraisals/{tpiAppraisal.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/performance-appraisals/{id}"] = async () => (await attacker.Put($"/api/v1/performance-appraisals/{tpiAppraisal.Id}", appraisalFix, ifMatch: 1), HttpStatusCode.NotFound),
            ["POST /api/v1/performance-appraisals"] = async () => (await attacker.Post("/api/v1/performance-appraisals", new PerformanceAppraisalRequest
            {
                EmployeeId = victim.Employee.Id, PeriodId = tpiPeriod.Id, ResultsRating = SkpRating.DiAtasEkspektasi, BehaviourRating = SkpRating.DiAtasEkspektasi,
            }), HttpStatusCode.NotFound),
            ["GET /api/v1/performance-appraisals/distribution"] = async () => (await attacker.GetAsync($"/api/v1/performance-appraisals/distribution?periodId={tpiPeriod.Id}"), HttpStatusCode.NotFound),
            ["GET /api/v1/reaction-templates/{id}"] = async () => (await attacker.GetAsync($"/api/v1/reaction-templates/{tpiTemplate.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/reaction-templates/{id}"] = async () => (await attacker.Put($"/api/v1/reaction-templates/{tpiTemplate.Id}", new ReactionTemplateRequest { Name = "Serangan", Items = ["x"] }, 1), HttpStatusCode.NotFound),
            ["POST /api/v1/reaction-templates"] = async () => (await attacker.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Milik JMB " + Guid.NewGuid().ToString("N")[..6], Items = ["x"] }), HttpStatusCode.Created),
            ["GET /api/v1/training-sessions/{id}/effectiveness"] = async () => (await attacker.GetAsync($"/api/v1/training-sessions/{tpiSession.Id}/effectiveness"), HttpStatusCode.NotFound),
            ["PUT /api/v1/training-sessions/{id}/reaction-template"] = async () => (await attacker.Put($"/api/v1/training-sessions/{tpiSession.Id}/reaction-template", new SessionReactionTemplateRequest(), 1), HttpStatusCode.NotFound),
            ["POST /api/v1/enrollments/{id}/reaction"] = async () => (await attacker.Post($"/api/v1/enrollments/{tpiParticipant.Id}/reaction", reactionBody), HttpStatusCode.NotFound),
            ["POST /api/v1/enrollments/{id}/reaction-link"] = async () => (await attacker.PostAsync($"/api/v1/enrollments/{tpiParticipant.Id}/reaction-link", null), HttpStatusCode.NotFound),
            ["GET /api/v1/training-programs/{id}/results-comparison"] = async () => (await attacker.GetAsync($"/api/v1/training-programs/{training.Program.Id}/results-comparison"), HttpStatusCode.NotFound),
            // A token names no tenant: only the one who holds a real link can use it; anything else is nobody's.
            ["GET /api/v1/public/reaction/{token:maxlength(64)}"] = async () => (await api.Anonymous().GetAsync($"/api/v1/public/reaction/{new string('A', 43)}"), HttpStatusCode.NotFound),
            ["POST /api/v1/public/reaction/{token:maxlength(64)}"] = async () => (await api.Anonymous().Post($"/api/v1/public/reaction/{new string('A', 43)}", reactionBody), HttpStatusCode.NotFound),
            ["PUT /api/v1/settings/competency"] = async () => (await attacker.Update("/api/v1/settings/competency", new CompetencySettingsDto { JpmMemenuhiSyarat = 85, JpmMasihMemenuhiSyarat = 70, JpmOptimal = 95, JpmCukupOptimal = 80 }), HttpStatusCode.OK),
        };
        // Lists (and other reads without an id) must not contain a single tpi id.
        var lists = new[]
        {
            "GET /api/v1/units", "GET /api/v1/positions", "GET /api/v1/employees", "GET /api/v1/api-keys", "GET /api/v1/audit",
            "GET /api/v1/auth/me", "GET /api/v1/auth/sign-in-options", "GET /api/v1/tenant", "GET /api/v1/competencies", "GET /api/v1/assessments",
            "GET /api/v1/competency-analytics/heatmap", "GET /api/v1/competency-analytics/jpm-distribution", "GET /api/v1/competency-analytics/largest-gaps",
            "GET /api/v1/competency-analytics/unassessed", "GET /api/v1/settings/competency", "GET /api/v1/development-needs", "GET /api/v1/development-plans",
            // The CSV carries no ids, so NeedsExportTests also checks it by NIP.
            "GET /api/v1/development-needs/export", "GET /api/v1/employees/export",
            "GET /api/v1/settings/training", "GET /api/v1/jp-ledger", "GET /api/v1/jp-ledger/below-target", "GET /api/v1/jp-ledger/below-target/export",
            "GET /api/v1/competency-profiles", "GET /api/v1/competency-profiles/export", "GET /api/v1/jp-ledger/employees", "GET /api/v1/jp-ledger/employees/export",
            "GET /api/v1/training-programs/recommended",
            "GET /api/v1/partners", "GET /api/v1/training-programs", "GET /api/v1/training-sessions",
            "GET /api/v1/service-units", "GET /api/v1/ikm", "GET /api/v1/ikm/trend",
            "GET /api/v1/complaints", "GET /api/v1/complaints/stats", "GET /api/v1/settings/complaints",
            // Files without ids: the walk looks for tpi's slug and tracking code in them; ExportFeedbackTests checks by filter too.
            "GET /api/v1/ikm/export", "GET /api/v1/complaints/export",
            "GET /api/v1/training-follow-ups", "GET /api/v1/training-follow-ups/results", "GET /api/v1/settings/competency-mapping",
            // jmb's public complaint form lists jmb's service units only (checked by tpi's slug below).
            "GET /api/v1/public/{tenantCode:maxlength(20)}/complaint-form",
            "GET /api/v1/evaluation-cycles",
            "GET /api/v1/appraisal-periods", "GET /api/v1/performance-appraisals", "GET /api/v1/performance-appraisals/matrix",
            "GET /api/v1/reaction-templates", "GET /api/v1/training-effectiveness", "GET /api/v1/training-effectiveness/sessions",
        };
        var listUrls = new Dictionary<string, string>
        {
            ["GET /api/v1/units"] = $"/api/v1/units?pageSize=500&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/positions"] = $"/api/v1/positions?pageSize=500&unitId={victim.Unit.Id}",
            ["GET /api/v1/employees"] = $"/api/v1/employees?pageSize=500&q={victim.Employee.Nip}",
            ["GET /api/v1/audit"] = $"/api/v1/audit?pageSize=500&entityId={victim.Employee.Id}",
            ["GET /api/v1/competencies"] = "/api/v1/competencies?pageSize=500",
            ["GET /api/v1/development-needs"] = $"/api/v1/development-needs?pageSize=500&employeeId={victim.Employee.Id}",
            ["GET /api/v1/development-plans"] = $"/api/v1/development-plans?pageSize=500&employeeId={victim.Employee.Id}",
            ["GET /api/v1/development-needs/export"] = $"/api/v1/development-needs/export?employeeId={victim.Employee.Id}",
            // Like the needs export: no ids in the file; ExportTests checks it by NIP.
            ["GET /api/v1/employees/export"] = $"/api/v1/employees/export?unitId={victim.Unit.Id}&format=csv",
            ["GET /api/v1/ikm"] = $"/api/v1/ikm?underUnitId={victim.Unit.Id}",
            ["GET /api/v1/ikm/trend"] = $"/api/v1/ikm/trend?underUnitId={victim.Unit.Id}",
            ["GET /api/v1/service-units"] = $"/api/v1/service-units?pageSize=500&q={tpiServiceUnit.Slug}",
            ["GET /api/v1/complaints"] = $"/api/v1/complaints?pageSize=500&serviceUnitId={tpiServiceUnit.Id}",
            ["GET /api/v1/complaints/stats"] = $"/api/v1/complaints/stats?underUnitId={victim.Unit.Id}",
            ["GET /api/v1/ikm/export"] = $"/api/v1/ikm/export?underUnitId={victim.Unit.Id}",
            ["GET /api/v1/complaints/export"] = $"/api/v1/complaints/export?serviceUnitId={tpiServiceUnit.Id}",
            ["GET /api/v1/public/{tenantCode:maxlength(20)}/complaint-form"] = "/api/v1/public/jmb/complaint-form",
            ["GET /api/v1/appraisal-periods"] = "/api/v1/appraisal-periods?pageSize=500",
            ["GET /api/v1/performance-appraisals"] = $"/api/v1/performance-appraisals?pageSize=500&employeeId={victim.Employee.Id}",
            ["GET /api/v1/assessments"] = $"/api/v1/assessments?pageSize=500&employeeId={victim.Employee.Id}",
            ["GET /api/v1/partners"] = "/api/v1/partners?pageSize=500",
            ["GET /api/v1/training-programs"] = $"/api/v1/training-programs?pageSize=500&competencyId={victim.Competency.Id}",
            ["GET /api/v1/training-sessions"] = $"/api/v1/training-sessions?pageSize=500&programId={training.Program.Id}",
            ["GET /api/v1/competency-analytics/heatmap"] = $"/api/v1/competency-analytics/heatmap?underUnitId={victim.Unit.Id}",
            ["GET /api/v1/competency-analytics/largest-gaps"] = "/api/v1/competency-analytics/largest-gaps?top=100",
            ["GET /api/v1/competency-analytics/unassessed"] = "/api/v1/competency-analytics/unassessed?pageSize=500&years=20",
            ["GET /api/v1/jp-ledger/below-target"] = $"/api/v1/jp-ledger/below-target?pageSize=500&year=2025&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/training-programs/recommended"] = $"/api/v1/training-programs/recommended?top=50&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/jp-ledger/below-target/export"] = "/api/v1/jp-ledger/below-target/export?year=2025",
            // The victim's own unit and employee: an attacker's filter by them finds nobody (the files carry no ids; ExportCompetencyTests checks by NIP).
            ["GET /api/v1/competency-profiles"] = $"/api/v1/competency-profiles?pageSize=500&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/competency-profiles/export"] = $"/api/v1/competency-profiles/export?q={victim.Employee.Nip}",
            ["GET /api/v1/jp-ledger/employees"] = $"/api/v1/jp-ledger/employees?pageSize=500&year=2025",
            ["GET /api/v1/jp-ledger/employees/export"] = $"/api/v1/jp-ledger/employees/export?year=2025&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/training-follow-ups"] = "/api/v1/training-follow-ups?pageSize=500",
            ["GET /api/v1/training-effectiveness/sessions"] = $"/api/v1/training-effectiveness/sessions?programId={training.Program.Id}&from=2000-01-01&to=2030-12-31",
            ["GET /api/v1/training-effectiveness"] = "/api/v1/training-effectiveness?groupBy=Partner&from=2000-01-01&to=2030-12-31",
        };

        var mapped = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.Replace("{id:guid}", "{id}").TrimEnd('/')}"))
            .ToHashSet();
        var unknown = mapped.Except(probes.Keys).Except(lists).ToList();
        Assert.True(unknown.Count == 0, "Endpoints without a tenant-isolation probe: " + string.Join(", ", unknown));

        foreach (var (route, probe) in probes)
        {
            var (response, expected) = await probe();
            Assert.True(response.StatusCode == expected, $"{route}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        foreach (var route in lists)
        {
            var url = listUrls.GetValueOrDefault(route, route.Split(' ')[1]);
            var body = await (await attacker.GetAsync(url)).Content.ReadAsStringAsync();
            var leaked = victim.AllIds.Append(tpiServiceUnit.Id.ToString()).Append(tpiComplaint.Id.ToString()).Append(tpiComplaint.TrackingCode).Append(tpiServiceUnit.Slug)
                .Where(body.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{route} leaked tpi ids: {string.Join(", ", leaked)}");
        }

        // And nothing of tpi's changed.
        var tpi = await api.As("admin@tpi");
        Assert.Equal((1, tpiFinding.Title), (await tpi.Get<EvaluationFindingsResponse>($"{cycleUrl}/findings")).Findings.Single() is var f ? (f.Version, f.Title) : default);
        Assert.Equal(victim.Unit.Version, (await tpi.Get<UnitResponse>($"/api/v1/units/{victim.Unit.Id}")).Version);
        Assert.Equal(victim.Position.Version, (await tpi.Get<PositionResponse>($"/api/v1/positions/{victim.Position.Id}")).Version);
        var employee = await tpi.Get<EmployeeResponse>($"/api/v1/employees/{victim.Employee.Id}");
        Assert.Equal((victim.Employee.Version, victim.Employee.IsActive, victim.Employee.Name), (employee.Version, employee.IsActive, employee.Name));
        Assert.Null((await tpi.Get<Paged<ApiKeyResponse>>("/api/v1/api-keys?pageSize=500")).Items.Single(k => k.Id == victim.Key.Id).RevokedAt);
        Assert.True((await tpi.Get<CompetencyResponse>($"/api/v1/competencies/{victim.Competency.Id}")).IsActive);
        var tpiStandardAfter = await tpi.Get<PositionStandardResponse>($"/api/v1/positions/{victim.Position.Id}/standard");
        Assert.Equal(tpiStandardBefore.Items.Select(i => (i.CompetencyId, i.RequiredLevel)), tpiStandardAfter.Items.Select(i => (i.CompetencyId, i.RequiredLevel)));
        Assert.Equal(tpiSettingsBefore.Version, (await tpi.Get<CompetencySettingsDto>("/api/v1/settings/competency")).Version);
        var complaint = await tpi.Get<ComplaintResponse>($"/api/v1/complaints/{tpiComplaint.Id}");
        Assert.Equal((1, ComplaintStatus.Received), (complaint.Version, complaint.Status));
        Assert.Equal((0, 5), await tpi.Get<ComplaintSettingsDto>("/api/v1/settings/complaints") is var cs ? (cs.Version, cs.ResolutionDays!.Value) : default);
        Assert.Equal((0, true), await tpi.Get<CompetencyMappingResponse>("/api/v1/settings/competency-mapping") is var cm ? (cm.Version, cm.IsDefault) : default);
        var cycleAfter = await tpi.Get<EvaluationCycleResponse>(cycleUrl);
        Assert.Equal((1, EvaluationCycleStatus.Open, 1, 1), (cycleAfter.Version, cycleAfter.Status, cycleAfter.FindingCount, cycleAfter.OpenActionCount));
        var serviceUnit = await tpi.Get<ServiceUnitResponse>($"/api/v1/service-units/{tpiServiceUnit.Id}");
        Assert.Equal((1, tpiServiceUnit.Name), (serviceUnit.Version, serviceUnit.Name));
        Assert.Equal(0, (await tpi.Get<IkmResponse>($"/api/v1/service-units/{tpiServiceUnit.Id}/ikm")).RespondentCount);
        var followUpAfter = await tpi.Get<FollowUpResponse>(followUpUrl);
        Assert.Equal((tpiFollowUpBefore.Version, tpiFollowUpBefore.Notes), (followUpAfter.Version, followUpAfter.Notes));
        var activityAfter = await tpi.Get<ExternalActivityResponse>($"{activityUrl}/{tpiActivity.Id}");
        Assert.Equal((1, 4), (activityAfter.Version, activityAfter.Jp));
        Assert.Equal(4, (await tpi.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{victim.Employee.Id}/jp-ledger?year=2025")).Entries.Single(e => e.ExternalActivityId == tpiActivity.Id).Jp);
        var appraisalAfter = await tpi.Get<PerformanceAppraisalResponse>($"/api/v1/performance-appraisals/{tpiAppraisal.Id}");
        Assert.Equal((1, SkpPredicate.Baik), (appraisalAfter.Version, appraisalAfter.Predicate));
        Assert.Equal((1, 1), await tpi.Get<AppraisalPeriodResponse>($"/api/v1/appraisal-periods/{tpiPeriod.Id}") is var ap ? (ap.Version, ap.AppraisalCount) : default);
        var plan = await tpi.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{victim.Plan.Id}");
        Assert.Equal((DevelopmentPlanStatus.Submitted, "Rencana TPI"), (plan.Status, plan.Title));
        Assert.Equal(DevelopmentNeedStatus.Identified, (await tpi.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2040&employeeId={victim.Need.EmployeeId}&competencyId={victim.Need.CompetencyId}")).Items.Single().Status);
        var partner = await tpi.Get<PartnerResponse>($"/api/v1/partners/{training.Partner.Id}");
        var program = await tpi.Get<TrainingProgramResponse>($"/api/v1/training-programs/{training.Program.Id}");
        var session = await tpi.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{training.Session.Id}");
        Assert.Equal((1, true, 1, true, 1, TrainingSessionStatus.Planned), (partner.Version, partner.IsActive, program.Version, program.IsActive, session.Version, session.Status));
        var participant = await tpi.Get<EnrollmentResponse>(tpiEnrollment);
        Assert.Equal((EnrollmentStatus.Registered, 1, null, (int?)null), (participant.Status, participant.Version, participant.PreTestScore, participant.JpCredited));
        Assert.Equal(1, (await tpi.Get<Paged<EnrollmentResponse>>(EnrollmentTests.Roster(tpiSession.Id))).Total);
        Assert.Equal(1, (await tpi.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={victim.Employee.Id}&from=2025-02-02&to=2025-02-02")).Total);
    }
}
