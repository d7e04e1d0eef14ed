import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, type EvaluationCycleRequest, type EvaluationCycleStatus, type FindingRequest, type FollowUpActionRequest, type FollowUpActionStatus } from '../../api';

// Evaluation cycles: the list, one cycle with its indicators, comparison and findings, and every command (each with
// the version it read as If-Match where the record is versioned).

export interface CycleListParams { q: string; status?: EvaluationCycleStatus; year?: number; sort: string; page: number; pageSize: number }

export const cycleKeys = {
  all: ['evaluation-cycles'] as const,
  lists: () => [...cycleKeys.all, 'list'] as const,
  list: (p: CycleListParams) => [...cycleKeys.lists(), p] as const,
  detail: (id: string) => [...cycleKeys.all, 'detail', id] as const,
  indicators: (id: string) => [...cycleKeys.detail(id), 'indicators'] as const,
  comparison: (id: string) => [...cycleKeys.detail(id), 'comparison'] as const,
  findings: (id: string) => [...cycleKeys.detail(id), 'findings'] as const,
};

export const cycleQueries = {
  list: (p: CycleListParams) => queryOptions({
    queryKey: cycleKeys.list(p),
    queryFn: ({ signal }) => api.evaluationCycles.list(p.page, p.pageSize, p.q || undefined, p.status, undefined, undefined, undefined, p.year, p.sort, signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: cycleKeys.detail(id), queryFn: ({ signal }) => api.evaluationCycles.get(id, signal) }),
  indicators: (id: string) => queryOptions({ queryKey: cycleKeys.indicators(id), queryFn: ({ signal }) => api.evaluationCycles.indicators(id, signal) }),
  comparison: (id: string) => queryOptions({ queryKey: cycleKeys.comparison(id), queryFn: ({ signal }) => api.evaluationCycles.comparison(id, signal) }),
  findings: (id: string) => queryOptions({ queryKey: cycleKeys.findings(id), queryFn: ({ signal }) => api.evaluationCycles.findings(id, signal) }),
};

export const cycleCommands = {
  create: (body: EvaluationCycleRequest) => api.evaluationCycles.create(body),
  update: (id: string, version: number, body: EvaluationCycleRequest) => api.evaluationCycles.update(id, etag(version), body),
  close: (id: string, version: number) => api.evaluationCycles.close(id, etag(version)),
  createFinding: (cycleId: string, body: FindingRequest) => api.evaluationCycles.createFinding(cycleId, body),
  updateFinding: (id: string, version: number, body: FindingRequest) => api.evaluationFindings.update(id, etag(version), body),
  deleteFinding: (id: string, version: number) => api.evaluationFindings.delete(id, etag(version)),
  createAction: (findingId: string, body: FollowUpActionRequest) => api.evaluationFindings.createAction(findingId, body),
  moveAction: (id: string, version: number, to: FollowUpActionStatus) => api.evaluationActions.transition(id, etag(version), { to }),
};
