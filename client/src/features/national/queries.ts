import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api';

export const nationalKeys = {
  all: ['national'] as const,
  summary: () => [...nationalKeys.all, 'summary'] as const,
};

export const nationalQueries = {
  summary: () => queryOptions({ queryKey: nationalKeys.summary(), queryFn: ({ signal }) => api.national.summary(signal) }),
};
