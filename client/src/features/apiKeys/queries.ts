import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type CreateApiKeyRequest } from '../../api';

export interface ApiKeyListParams { page: number; pageSize: number }

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (params: ApiKeyListParams) => [...apiKeyKeys.lists(), params] as const,
};

export const apiKeyQueries = {
  /** Newest first (the API's only order). */
  list: (p: ApiKeyListParams) => queryOptions({
    queryKey: apiKeyKeys.list(p),
    queryFn: ({ signal }) => api.apiKeys.list(p.page, p.pageSize, signal),
    placeholderData: keepPreviousData,
  }),
};

export const apiKeyCommands = {
  create: (body: CreateApiKeyRequest) => api.apiKeys.create(body),
  /** A key has no version: revoking is final and revoking twice changes nothing, so there is nothing to overwrite. */
  revoke: (id: string) => api.apiKeys.revoke(id),
};
