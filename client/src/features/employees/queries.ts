import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type AssessmentRequest } from '../../api';

/** includeTotal=false skips the server's count (a type-ahead shows the first matches, not how many there are). */
export interface EmployeeListParams { q?: string; unitId?: string; subunits: boolean; sort: string; page: number; pageSize: number; includeTotal?: boolean }

export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => [...employeeKeys.all, 'list'] as const,
  list: (params: EmployeeListParams) => [...employeeKeys.lists(), params] as const,
  detail: (id: string) => [...employeeKeys.all, 'detail', id] as const,
  profile: (id: string) => [...employeeKeys.detail(id), 'profile'] as const,
  assessments: (id: string) => [...employeeKeys.detail(id), 'assessments'] as const,
};

export const employeeQueries = {
  list: (p: EmployeeListParams) => queryOptions({
    queryKey: employeeKeys.list(p),
    queryFn: ({ signal }) => api.employees.list(p.page, p.pageSize, p.q || undefined,
      p.unitId && !p.subunits ? p.unitId : undefined, p.unitId && p.subunits ? p.unitId : undefined,
      undefined, undefined, undefined, undefined, p.sort, undefined, p.includeTotal, signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: employeeKeys.detail(id), queryFn: ({ signal }) => api.employees.get(id, signal) }),
  profile: (id: string) => queryOptions({ queryKey: employeeKeys.profile(id), queryFn: ({ signal }) => api.employees.competencyProfile(id, signal) }),
  assessments: (id: string) => queryOptions({
    queryKey: employeeKeys.assessments(id),
    queryFn: ({ signal }) => api.assessments.list(1, 50, id, undefined, undefined, undefined, '-assessedOn', undefined, undefined, signal),
  }),
};

export const employeeCommands = {
  recordAssessment: (body: AssessmentRequest) => api.assessments.create(body),
};
