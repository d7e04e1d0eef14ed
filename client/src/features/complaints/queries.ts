import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  api, etag, publicApi, type ExportFormat, type ComplaintChannel, type ComplaintRequest, type ComplaintSettingsDto, type ComplaintStatus, type ComplaintTransitionRequest,
  type ComplaintType, type PublicComplaintRequest,
} from '../../api';

// Complaints: the board (a paged, filtered list), one complaint with its history, the statistics, the deadlines and
// the public form and tracking page. A step on a complaint refreshes the board and the statistics too.

export interface ComplaintListParams {
  status?: ComplaintStatus; serviceUnitId?: string; type?: ComplaintType; category?: string; channel?: ComplaintChannel; overdue?: boolean;
  from?: string; to?: string; sort: string; page: number; pageSize: number;
}

export type ComplaintStep = 'verify' | 'start' | 'resolve' | 'close' | 'reject';

export const complaintKeys = {
  all: ['complaints'] as const,
  lists: () => [...complaintKeys.all, 'list'] as const,
  list: (p: ComplaintListParams) => [...complaintKeys.lists(), p] as const,
  detail: (id: string) => [...complaintKeys.all, 'detail', id] as const,
  stats: (from: string, to: string) => [...complaintKeys.all, 'stats', from, to] as const,
  settings: () => ['settings', 'complaints'] as const,
  serviceUnits: () => ['service-units', 'choices'] as const,
};

export const complaintQueries = {
  list: (p: ComplaintListParams) => queryOptions({
    queryKey: complaintKeys.list(p),
    queryFn: ({ signal }) => api.complaints.list(p.page, p.pageSize, p.status, p.serviceUnitId, undefined, p.type, p.category || undefined, p.channel, p.overdue,
      p.from || undefined, p.to || undefined, p.sort, signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: complaintKeys.detail(id), queryFn: ({ signal }) => api.complaints.get(id, signal) }),
  /** The board's complaints as a file (GET /complaints/export): the same filters and sort, every page. */
  exportFile: (p: Omit<ComplaintListParams, 'page' | 'pageSize'>, format: ExportFormat) => api.complaints.export(p.status, p.serviceUnitId, undefined, p.type,
    p.category || undefined, p.channel, p.overdue, p.from || undefined, p.to || undefined, p.sort, format),
  stats: (from: string, to: string) => queryOptions({
    queryKey: complaintKeys.stats(from, to),
    queryFn: ({ signal }) => api.complaints.stats(undefined, from || undefined, to || undefined, signal),
  }),
  settings: () => queryOptions({ queryKey: complaintKeys.settings(), queryFn: ({ signal }) => api.settings.getComplaints(signal) }),
  /** The service units the caller sees (a unit head: their sub-tree's), for the filter and the staff form. */
  serviceUnits: () => queryOptions({
    queryKey: complaintKeys.serviceUnits(),
    queryFn: ({ signal }) => api.serviceUnits.list(1, 500, undefined, undefined, undefined, undefined, 'name', signal),
    staleTime: 60_000,
  }),
};

export const publicQueries = {
  form: (tenantCode: string) => queryOptions({ queryKey: ['public', tenantCode, 'complaint-form'], queryFn: ({ signal }) => publicApi.complaintForm(tenantCode, signal), retry: false }),
  track: (tenantCode: string, code: string) => queryOptions({
    queryKey: ['public', tenantCode, 'complaint', code.toUpperCase()],
    queryFn: ({ signal }) => publicApi.trackComplaint(tenantCode, code, signal),
    retry: false,
  }),
};

// Every step names the version it was read at (If-Match): a complaint moved on meanwhile answers 412, not a silent second step.
export const complaintCommands = {
  create: (body: ComplaintRequest) => api.complaints.create(body),
  step: (id: string, version: number, step: ComplaintStep, body: ComplaintTransitionRequest) => api.complaints[step](id, etag(version), body),
  updateSettings: (version: number, body: ComplaintSettingsDto) => api.settings.updateComplaints(etag(version), body),
  submitPublic: (tenantCode: string, body: PublicComplaintRequest) => publicApi.submitComplaint(tenantCode, body),
};
