// The only way the dashboard reaches the API: the clients NSwag generates from openapi.json.
import {
  ApiKeysClient, AssessmentsClient, AuditClient, AuthClient, SettingsClient, NationalClient, CompetenciesClient, CompetencyAnalyticsClient, DevelopmentNeedsClient,
  DevelopmentPlansClient, EmployeesClient, ExternalActivitiesClient, JpLedgerClient, PositionsClient, TrainingRecommendationsClient, TrainingFollowUpsClient, StandardsClient, TenantsClient, UnitsClient,
  PartnersClient, TrainingProgramsClient, TrainingSessionsClient, TrainingEnrollmentsClient,
  ImprovementPlanClient, ServiceUnitsClient, IkmClient, PublicClient,
  EvaluationCyclesClient, EvaluationFindingsClient, EvaluationActionsClient,
  AppraisalPeriodsClient, PerformanceAppraisalsClient,
  TrainingEffectivenessClient, ReactionTemplatesClient,
  ImportsClient,
} from './client';

export * from './client';
// Complaints (issue 9): kept on its own line, apart from the feedback area's clients.
import { ComplaintsClient } from './client';
// Competency profiles and gaps as rows (issue 11's exports).
import { CompetencyProfilesClient } from './client';

const baseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '';
const TOKEN_KEY = 'asnapi.token';

export const tokenStore = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Adds the bearer token (and any extra headers); a 401 means the session is over, so the app returns to the login page. */
function http(extra?: Record<string, string>) {
  return {
    async fetch(url: RequestInfo, init?: RequestInit): Promise<Response> {
      const headers = new Headers(init?.headers);
      const token = tokenStore.get();
      if (token) headers.set('Authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
      const response = await window.fetch(url, { ...init, headers });
      if (response.status === 401 && token) {
        tokenStore.clear();
        window.dispatchEvent(new Event('asnapi:signed-out'));
      }
      return response;
    },
  };
}

function clients(extra?: Record<string, string>) {
  const h = http(extra);
  return {
    auth: new AuthClient(baseUrl, h),
    tenants: new TenantsClient(baseUrl, h),
    complaints: new ComplaintsClient(baseUrl, h),
    units: new UnitsClient(baseUrl, h),
    positions: new PositionsClient(baseUrl, h),
    employees: new EmployeesClient(baseUrl, h),
    competencies: new CompetenciesClient(baseUrl, h),
    standards: new StandardsClient(baseUrl, h),
    assessments: new AssessmentsClient(baseUrl, h),
    analytics: new CompetencyAnalyticsClient(baseUrl, h),
    needs: new DevelopmentNeedsClient(baseUrl, h),
    plans: new DevelopmentPlansClient(baseUrl, h),
    national: new NationalClient(baseUrl, h),
    settings: new SettingsClient(baseUrl, h),
    apiKeys: new ApiKeysClient(baseUrl, h),
    audit: new AuditClient(baseUrl, h),
    partners: new PartnersClient(baseUrl, h),
    programs: new TrainingProgramsClient(baseUrl, h),
    sessions: new TrainingSessionsClient(baseUrl, h),
    enrollments: new TrainingEnrollmentsClient(baseUrl, h),
    externalActivities: new ExternalActivitiesClient(baseUrl, h),
    jpLedger: new JpLedgerClient(baseUrl, h),
    evaluationCycles: new EvaluationCyclesClient(baseUrl, h),
    evaluationFindings: new EvaluationFindingsClient(baseUrl, h),
    evaluationActions: new EvaluationActionsClient(baseUrl, h),
    recommendations: new TrainingRecommendationsClient(baseUrl, h),
    followUps: new TrainingFollowUpsClient(baseUrl, h),
    // The improvement loop (and the service units its pages link to).
    improvementPlan: new ImprovementPlanClient(baseUrl, h),
    serviceUnits: new ServiceUnitsClient(baseUrl, h),
    ikm: new IkmClient(baseUrl, h),
    appraisalPeriods: new AppraisalPeriodsClient(baseUrl, h),
    appraisals: new PerformanceAppraisalsClient(baseUrl, h),
    effectiveness: new TrainingEffectivenessClient(baseUrl, h),
    reactionTemplates: new ReactionTemplatesClient(baseUrl, h),
    publicForms: new PublicClient(baseUrl, h),
    imports: new ImportsClient(baseUrl, h),
    competencyProfiles: new CompetencyProfilesClient(baseUrl, h),
  };
}

export const api = clients();

/**
 * The citizen's side (survey form, published grade): never a staff token, and a 401 cannot end a session it never had.
 * A staff member who opens the form on the counter's tablet while signed in must not submit as themselves.
 */
export const publicApi = new PublicClient(baseUrl, { fetch: (url: RequestInfo, init?: RequestInit) => window.fetch(url, init) });

/** A record's version as the entity tag the API expects in If-Match: 3 → "3". */
export const etag = (version: number) => `"${version}"`;

/**
 * The import endpoint reads the file as the request body, which the contract leaves undescribed: the generated client
 * with the file put into its request. The generated code throws a 202's job (a large file) as it throws problems, so
 * the status of the last answer is kept for the caller to tell them apart.
 */
export function importsWithFile(file: Blob, contentType: string, language: string) {
  const h = http();
  let status = 0;
  const client = new ImportsClient(baseUrl, {
    async fetch(url: RequestInfo, init?: RequestInit) {
      const headers = new Headers(init?.headers);
      headers.set('Content-Type', contentType);
      // The report's messages in the dashboard's language, not the browser's.
      headers.set('Accept-Language', language);
      const response = await h.fetch(url, { ...init, headers, body: file });
      status = response.status;
      return response;
    },
  });
  return { client, lastStatus: () => status };
}
