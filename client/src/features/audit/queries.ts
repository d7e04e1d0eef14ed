import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api';

export interface AuditListParams { entityType?: string; entityId?: string; actor?: string; from?: string; to?: string; page: number; pageSize: number }

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: AuditListParams) => [...auditKeys.lists(), params] as const,
};

export const auditQueries = {
  /** Newest first; from and to are whole UTC days, both included. */
  list: (p: AuditListParams) => queryOptions({
    queryKey: auditKeys.list(p),
    queryFn: ({ signal }) => api.audit.list(p.page, p.pageSize, p.entityType || undefined, p.entityId || undefined, p.actor || undefined, p.from || undefined, p.to || undefined, undefined, undefined, signal),
    placeholderData: keepPreviousData,
  }),
};
