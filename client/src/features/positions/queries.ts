import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type CopyStandardRequest, type PositionStandardRequest, type PositionType } from '../../api';

export interface PositionListParams { q?: string; type?: PositionType; sort?: string; page: number; pageSize: number }

export const positionKeys = {
  all: ['positions'] as const,
  lists: () => [...positionKeys.all, 'list'] as const,
  list: (params: PositionListParams) => [...positionKeys.lists(), params] as const,
  detail: (id: string) => [...positionKeys.all, 'detail', id] as const,
  standard: (id: string) => [...positionKeys.detail(id), 'standard'] as const,
};

export const positionQueries = {
  list: (p: PositionListParams) => queryOptions({
    queryKey: positionKeys.list(p),
    queryFn: ({ signal }) => api.positions.list(p.page, p.pageSize, p.q || undefined, undefined, undefined, p.type, true, p.sort ?? 'name', signal),
    placeholderData: keepPreviousData,
  }),
  standard: (id: string) => queryOptions({ queryKey: positionKeys.standard(id), queryFn: ({ signal }) => api.standards.get(id, signal) }),
};

export const positionCommands = {
  setStandard: (id: string, body: PositionStandardRequest) => api.standards.set(id, body),
  /** All or nothing: every target's standard is replaced by the source's, or (a 422 naming the target) none is. */
  copyStandard: (id: string, body: CopyStandardRequest) => api.standards.copy(id, body),
};
