import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type HeatmapRollup } from '../../api';

export interface AnalyticsScope { underUnitId?: string }
export interface HeatmapCellParams { unitId: string; competencyId: string; rollup: HeatmapRollup; page: number; pageSize: number }

export const analyticsKeys = {
  all: ['analytics'] as const,
  jpmDistribution: (scope: AnalyticsScope) => [...analyticsKeys.all, 'jpm-distribution', scope] as const,
  heatmap: (scope: AnalyticsScope, rollup: HeatmapRollup) => [...analyticsKeys.all, 'heatmap', scope, rollup] as const,
  heatmapCell: (p: HeatmapCellParams) => [...analyticsKeys.all, 'heatmap-cell', p] as const,
  largestGaps: (scope: AnalyticsScope, top: number) => [...analyticsKeys.all, 'largest-gaps', scope, top] as const,
};

export const analyticsQueries = {
  jpmDistribution: (s: AnalyticsScope) => queryOptions({
    queryKey: analyticsKeys.jpmDistribution(s), queryFn: ({ signal }) => api.analytics.jpmDistribution(s.underUnitId, undefined, signal),
  }),
  heatmap: (s: AnalyticsScope, rollup: HeatmapRollup) => queryOptions({
    queryKey: analyticsKeys.heatmap(s, rollup), queryFn: ({ signal }) => api.analytics.heatmap(s.underUnitId, undefined, rollup, signal),
  }),
  heatmapCell: (p: HeatmapCellParams) => queryOptions({
    queryKey: analyticsKeys.heatmapCell(p),
    queryFn: ({ signal }) => api.analytics.heatmapCell(p.unitId, p.competencyId, p.rollup, undefined, p.page, p.pageSize, signal),
    placeholderData: keepPreviousData,
  }),
  largestGaps: (s: AnalyticsScope, top = 5) => queryOptions({
    queryKey: analyticsKeys.largestGaps(s, top), queryFn: ({ signal }) => api.analytics.largestGaps(s.underUnitId, undefined, top, signal),
  }),
};
