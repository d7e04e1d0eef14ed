import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, type CompetencyMappingRequest, type DraftPlanItemsRequest } from '../../api';

// The improvement loop: a service unit's plan, the tenant's unsur/category → competency mapping, and the drafting.

export interface PlanPeriod { from?: string; to?: string }

export const improvementKeys = {
  all: ['improvement'] as const,
  plan: (id: string, p: PlanPeriod) => [...improvementKeys.all, 'plan', id, p] as const,
  mapping: () => [...improvementKeys.all, 'mapping'] as const,
  serviceUnits: () => [...improvementKeys.all, 'service-units'] as const,
  competencies: () => [...improvementKeys.all, 'competencies'] as const,
};

export const improvementQueries = {
  plan: (id: string, p: PlanPeriod) => queryOptions({
    queryKey: improvementKeys.plan(id, p), queryFn: ({ signal }) => api.improvementPlan.get(id, p.from, p.to, signal), placeholderData: keepPreviousData,
  }),
  mapping: () => queryOptions({ queryKey: improvementKeys.mapping(), queryFn: ({ signal }) => api.settings.getCompetencyMapping(signal) }),
  /** The tenant's service units (the first 500, by name), each with a link to its plan. */
  serviceUnits: () => queryOptions({ queryKey: improvementKeys.serviceUnits(), queryFn: ({ signal }) => api.serviceUnits.list(1, 500, undefined, undefined, undefined, undefined, 'name', signal) }),
  /** The active competencies a mapping may point to (the dictionary and the tenant's own). */
  competencies: () => queryOptions({ queryKey: improvementKeys.competencies(), queryFn: ({ signal }) => api.competencies.list(1, 500, undefined, undefined, undefined, true, 'code', signal) }),
};

export const improvementCommands = {
  draft: (id: string, body: DraftPlanItemsRequest) => api.improvementPlan.draftPlanItems(id, body),
  saveMapping: (version: number, body: CompetencyMappingRequest) => api.settings.updateCompetencyMapping(etag(version), body),
  resetMapping: (version: number) => api.settings.resetCompetencyMapping(etag(version)),
};
