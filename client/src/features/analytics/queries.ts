import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api';

export interface AnalyticsScope { underUnitId?: string }

export const analyticsKeys = {
  all: ['analytics'] as const,
  jpmDistribution: (scope: AnalyticsScope) => [...analyticsKeys.all, 'jpm-distribution', scope] as const,
  heatmap: (scope: AnalyticsScope) => [...analyticsKeys.all, 'heatmap', scope] as const,
  largestGaps: (scope: AnalyticsScope, top: number) => [...analyticsKeys.all, 'largest-gaps', scope, top] as const,
};

export const analyticsQueries = {
  jpmDistribution: (s: AnalyticsScope) => queryOptions({
    queryKey: analyticsKeys.jpmDistribution(s), queryFn: ({ signal }) => api.analytics.jpmDistribution(s.underUnitId, undefined, signal),
  }),
  heatmap: (s: AnalyticsScope) => queryOptions({
    queryKey: analyticsKeys.heatmap(s), queryFn: ({ signal }) => api.analytics.heatmap(s.underUnitId, undefined, signal),
  }),
  largestGaps: (s: AnalyticsScope, top = 5) => queryOptions({
    queryKey: analyticsKeys.largestGaps(s, top), queryFn: ({ signal }) => api.analytics.largestGaps(s.underUnitId, undefined, top, signal),
  }),
};
