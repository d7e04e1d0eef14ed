import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  api, etag, type ExportFormat, type DevelopmentNeedPriority, type DevelopmentNeedStatus, type DevelopmentPlanRequest, type DevelopmentPlanStatus, type GenerateNeedsRequest, type ReviewNeedsRequest,
} from '../../api';

// Needs (AKPK) and plans are one area: a plan answers the needs of its employee and year.

export interface NeedFilters { year: number; status?: DevelopmentNeedStatus; priority?: DevelopmentNeedPriority; underUnitId?: string; employeeId?: string }
export interface NeedListParams extends NeedFilters { page: number; pageSize: number }
export interface PlanListParams { status?: DevelopmentPlanStatus; employeeId?: string; year?: number; sort?: string; page: number; pageSize: number }

export const needKeys = {
  all: ['needs'] as const,
  lists: () => [...needKeys.all, 'list'] as const,
  list: (params: NeedListParams) => [...needKeys.lists(), params] as const,
};

export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (params: PlanListParams) => [...planKeys.lists(), params] as const,
  detail: (id: string) => [...planKeys.all, 'detail', id] as const,
};

export const needQueries = {
  list: (p: NeedListParams) => queryOptions({
    queryKey: needKeys.list(p),
    queryFn: ({ signal }) => api.needs.list(p.page, p.pageSize, p.year, p.status, p.priority, undefined, p.employeeId, p.underUnitId, undefined, undefined, undefined, signal),
    placeholderData: keepPreviousData,
  }),
};

export const needCommands = {
  generate: (body: GenerateNeedsRequest) => api.needs.generate(body),
  review: (body: ReviewNeedsRequest) => api.needs.review(body),
  /** The filtered inventory as the server's CSV file (all pages). */
  /** The whole filtered inventory (every page) as the server's CSV or Excel file. */
  exportFile: (f: NeedFilters, format: ExportFormat) => api.needs.export(f.year, f.status, f.priority, undefined, f.employeeId, f.underUnitId, undefined, format),
};

export const planQueries = {
  list: (p: PlanListParams) => queryOptions({
    queryKey: planKeys.list(p),
    queryFn: ({ signal }) => api.plans.list(p.page, p.pageSize, p.year, p.status, p.employeeId, undefined, p.sort ?? '-updatedAt', undefined, signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: planKeys.detail(id), queryFn: ({ signal }) => api.plans.get(id, signal) }),
};

// Every change to a plan names the version it was read at (If-Match): a plan moved on meanwhile answers 412, not a silent overwrite.
export const planCommands = {
  create: (body: DevelopmentPlanRequest) => api.plans.create(body),
  update: (id: string, version: number, body: DevelopmentPlanRequest) => api.plans.update(id, etag(version), body),
  submit: (id: string, version: number) => api.plans.submit(id, etag(version), {}),
  approve: (id: string, version: number) => api.plans.approve(id, etag(version), {}),
  reject: (id: string, version: number, reason: string) => api.plans.reject(id, etag(version), { reason }),
  revise: (id: string, version: number) => api.plans.revise(id, etag(version), {}),
  complete: (id: string, version: number) => api.plans.complete(id, etag(version), {}),
};
