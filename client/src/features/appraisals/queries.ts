import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, type PerformanceAppraisalRequest, type PerformanceAppraisalUpdateRequest, type SkpPredicate } from '../../api';

// SKP: periods, the predicate matrix, the appraisals and their distribution. Every generated-client call once.

export interface AppraisalListParams { periodId?: string; underUnitId?: string; predicate?: SkpPredicate; sort: string; page: number; pageSize: number }

export const appraisalKeys = {
  all: ['appraisals'] as const,
  periods: () => [...appraisalKeys.all, 'periods'] as const,
  matrix: () => [...appraisalKeys.all, 'matrix'] as const,
  list: (p: AppraisalListParams) => [...appraisalKeys.all, 'list', p] as const,
  distribution: (periodId: string, underUnitId?: string) => [...appraisalKeys.all, 'distribution', periodId, underUnitId ?? ''] as const,
};

export const appraisalQueries = {
  /** A tenant has one period a year or so: the latest 100 cover decades. */
  periods: () => queryOptions({ queryKey: appraisalKeys.periods(), queryFn: ({ signal }) => api.appraisalPeriods.list(1, 100, undefined, '-start', signal) }),
  /** The rule lives in the API; the dashboard reads the nine cells once. */
  matrix: () => queryOptions({ queryKey: appraisalKeys.matrix(), queryFn: ({ signal }) => api.appraisals.matrix(signal), staleTime: Infinity }),
  list: (p: AppraisalListParams) => queryOptions({
    queryKey: appraisalKeys.list(p),
    queryFn: ({ signal }) => api.appraisals.list(p.page, p.pageSize, p.periodId, p.underUnitId, p.predicate, undefined, p.sort, undefined, signal),
    placeholderData: keepPreviousData,
  }),
  distribution: (periodId: string, underUnitId?: string) => queryOptions({
    queryKey: appraisalKeys.distribution(periodId, underUnitId),
    queryFn: ({ signal }) => api.appraisals.distribution(periodId, underUnitId, signal),
    placeholderData: keepPreviousData,
  }),
};

export const appraisalCommands = {
  /** The latest version after a 412, to correct from. */
  get: (id: string) => api.appraisals.get(id),
  create: (body: PerformanceAppraisalRequest) => api.appraisals.create(body),
  correct: (id: string, version: number, body: PerformanceAppraisalUpdateRequest) => api.appraisals.update(id, etag(version), body),
};
