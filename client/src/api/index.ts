// The only way the dashboard reaches the API: the clients NSwag generates from openapi.json.
import {
  AssessmentsClient, AuthClient, CompetenciesClient, CompetencyAnalyticsClient, DevelopmentNeedsClient,
  DevelopmentPlansClient, EmployeesClient, PositionsClient, StandardsClient, TenantsClient, UnitsClient,
} from './client';

export * from './client';

const baseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '';
const TOKEN_KEY = 'asnapi.token';

export const tokenStore = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Adds the bearer token; a 401 means the session is over, so the app returns to the login page. */
const http = {
  async fetch(url: RequestInfo, init?: RequestInit): Promise<Response> {
    const headers = new Headers(init?.headers);
    const token = tokenStore.get();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await window.fetch(url, { ...init, headers });
    if (response.status === 401 && token) {
      tokenStore.clear();
      window.dispatchEvent(new Event('asnapi:signed-out'));
    }
    return response;
  },
};

export const api = {
  auth: new AuthClient(baseUrl, http),
  tenants: new TenantsClient(baseUrl, http),
  units: new UnitsClient(baseUrl, http),
  positions: new PositionsClient(baseUrl, http),
  employees: new EmployeesClient(baseUrl, http),
  competencies: new CompetenciesClient(baseUrl, http),
  standards: new StandardsClient(baseUrl, http),
  assessments: new AssessmentsClient(baseUrl, http),
  analytics: new CompetencyAnalyticsClient(baseUrl, http),
  needs: new DevelopmentNeedsClient(baseUrl, http),
  plans: new DevelopmentPlansClient(baseUrl, http),
};

/** The message to show for a failed call: the problem's detail or field errors when there are any. */
export function problemMessage(error: unknown): string {
  const e = error as { result?: { detail?: string; title?: string; errors?: Record<string, string[]> }; message?: string; response?: string };
  let problem = e?.result;
  if (!problem && typeof e?.response === 'string') {
    try { problem = JSON.parse(e.response); } catch { /* not JSON */ }
  }
  if (problem?.errors) return Object.values(problem.errors).flat().join(' ');
  return problem?.detail ?? problem?.title ?? e?.message ?? String(error);
}
