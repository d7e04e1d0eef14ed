import { queryOptions } from '@tanstack/react-query';
import { api, etag, type CompetencyKind, type CompetencyRequest } from '../../api';

export interface CompetencyListParams { q?: string; kind?: CompetencyKind; active?: boolean }

export const competencyKeys = {
  all: ['competencies'] as const,
  lists: () => [...competencyKeys.all, 'list'] as const,
  list: (params: CompetencyListParams) => [...competencyKeys.lists(), params] as const,
  detail: (id: string) => [...competencyKeys.all, 'detail', id] as const,
};

export const competencyQueries = {
  /** The dictionary is small (tens of entries), so one page of 500 in code order. */
  list: (p: CompetencyListParams = {}) => queryOptions({
    queryKey: competencyKeys.list(p),
    queryFn: ({ signal }) => api.competencies.list(1, 500, p.q || undefined, p.kind, undefined, p.active, 'code', signal),
  }),
  detail: (id: string) => queryOptions({ queryKey: competencyKeys.detail(id), queryFn: ({ signal }) => api.competencies.get(id, signal) }),
};

export const competencyCommands = {
  create: (body: CompetencyRequest) => api.competencies.create(body),
  /** With If-Match: a competency changed meanwhile answers 412 instead of losing the other person's levels. */
  update: (id: string, version: number, body: CompetencyRequest) => api.competencies.update(id, etag(version), body),
  /** Retired competencies keep their history but leave standards and assessments; If-Match like an update. */
  retire: (id: string, version: number) => api.competencies.retire(id, etag(version)),
};
