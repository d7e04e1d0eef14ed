import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, publicApi, type ExportFormat, type PaperSurveyBatchRequest, type ServiceUnitRequest, type SurveySubmissionRequest } from '../../api';

// Citizen feedback: service units, their IKM reports and trends, and the public form. The IKM reads hang under
// their own key, so a saved paper batch refreshes every figure that may have moved.

export interface ServiceUnitListParams { q?: string; underUnitId?: string; surveyOpen?: boolean; sort?: string; page: number; pageSize: number }
export interface IkmScope { underUnitId?: string; from?: string; to?: string }

export const serviceUnitKeys = {
  all: ['service-units'] as const,
  lists: () => [...serviceUnitKeys.all, 'list'] as const,
  list: (p: ServiceUnitListParams) => [...serviceUnitKeys.lists(), p] as const,
  detail: (id: string) => [...serviceUnitKeys.all, 'detail', id] as const,
};

export const ikmKeys = {
  all: ['ikm'] as const,
  tenant: (s: IkmScope) => [...ikmKeys.all, 'tenant', s] as const,
  unit: (id: string, s: IkmScope) => [...ikmKeys.all, 'unit', id, s] as const,
  unitTrend: (id: string) => [...ikmKeys.all, 'unit-trend', id] as const,
};

export const serviceUnitQueries = {
  list: (p: ServiceUnitListParams) => queryOptions({
    queryKey: serviceUnitKeys.list(p),
    queryFn: ({ signal }) => api.serviceUnits.list(p.page, p.pageSize, p.q || undefined, undefined, p.underUnitId, p.surveyOpen, p.sort ?? 'name', signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: serviceUnitKeys.detail(id), queryFn: ({ signal }) => api.serviceUnits.get(id, signal) }),
};

export const ikmQueries = {
  tenant: (s: IkmScope) => queryOptions({
    queryKey: ikmKeys.tenant(s),
    queryFn: ({ signal }) => api.ikm.tenant(s.underUnitId, s.from, s.to, signal),
    placeholderData: keepPreviousData,
  }),
  unit: (id: string, s: IkmScope) => queryOptions({
    queryKey: ikmKeys.unit(id, s),
    queryFn: ({ signal }) => api.ikm.serviceUnit(id, s.from, s.to, signal),
    placeholderData: keepPreviousData,
  }),
  /** The last eight quarters, whatever period the page shows: a trend needs its history. */
  unitTrend: (id: string) => queryOptions({ queryKey: ikmKeys.unitTrend(id), queryFn: ({ signal }) => api.ikm.serviceUnitTrend(id, undefined, undefined, signal) }),
};

export const publicQueries = {
  form: (tenantCode: string, slug: string) => queryOptions({
    queryKey: ['public', 'service-unit', tenantCode, slug] as const,
    queryFn: ({ signal }) => publicApi.serviceUnit(tenantCode, slug, signal),
    // A 404 is an answer (a wrong QR code), not a hiccup to retry.
    retry: false,
  }),
};

export const feedbackCommands = {
  createServiceUnit: (body: ServiceUnitRequest) => api.serviceUnits.create(body),
  updateServiceUnit: (id: string, version: number, body: ServiceUnitRequest) => api.serviceUnits.update(id, etag(version), body),
  submitPaper: (id: string, body: PaperSurveyBatchRequest) => api.serviceUnits.submitPaperSurveys(id, body),
  submitSurvey: (tenantCode: string, slug: string, body: SurveySubmissionRequest) => publicApi.submitSurvey(tenantCode, slug, body),
  /** The overview's report as a file (GET /ikm/export), for the same period and sub-tree. */
  exportIkm: (s: IkmScope, format: ExportFormat) => api.ikm.export(s.underUnitId, s.from, s.to, format),
};
