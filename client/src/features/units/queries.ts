import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api';

export interface UnitListParams { q?: string; active?: boolean }

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (params: UnitListParams) => [...unitKeys.lists(), params] as const,
};

export const unitQueries = {
  /** The whole tree in path order (a tenant has hundreds of units at most, so one page of 500). */
  tree: (params: UnitListParams = {}) => queryOptions({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) => api.units.list(1, 500, params.q || undefined, undefined, undefined, params.active, 'path', signal),
  }),
};
