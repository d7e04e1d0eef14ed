import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, type EmploymentType, type ExportFormat, type ExternalActivityRequest, type PositionType } from '../../api';

// The JP ledger area: the tenant's (or a sub-tree's) year, the below-target list, one employee's year, their
// external activities and training recommendations.
// The JP targets live with the tenant settings (features/settings).

export interface LedgerScope { year: number; underUnitId?: string; positionType?: PositionType }
export interface BelowTargetParams extends LedgerScope { employmentType?: EmploymentType; sort: string; page: number; pageSize: number }
/** The per-employee summary: everyone in scope, or only those who reached (true) or did not reach (false) the target. */
export interface JpEmployeesParams extends BelowTargetParams { reached?: boolean }

export const jpLedgerKeys = {
  all: ['jp-ledger'] as const,
  summary: (s: LedgerScope) => [...jpLedgerKeys.all, 'summary', s] as const,
  belowTarget: (p: BelowTargetParams) => [...jpLedgerKeys.all, 'below-target', p] as const,
  employees: (p: JpEmployeesParams) => [...jpLedgerKeys.all, 'employees', p] as const,
  /** Everything about one employee: a change to their activities refreshes their year, the lists and the tenant figures. */
  employee: (id: string) => [...jpLedgerKeys.all, 'employee', id] as const,
  employeeYear: (id: string, year: number) => [...jpLedgerKeys.employee(id), 'year', year] as const,
  activities: (id: string, year: number) => [...jpLedgerKeys.employee(id), 'activities', year] as const,
  recommendations: (id: string) => [...jpLedgerKeys.employee(id), 'recommendations'] as const,
};

export const jpLedgerQueries = {
  summary: (s: LedgerScope) => queryOptions({
    queryKey: jpLedgerKeys.summary(s),
    queryFn: ({ signal }) => api.jpLedger.summary(s.year, s.underUnitId, s.positionType, signal),
    placeholderData: keepPreviousData,
  }),
  belowTarget: (p: BelowTargetParams) => queryOptions({
    queryKey: jpLedgerKeys.belowTarget(p),
    queryFn: ({ signal }) => api.jpLedger.belowTarget(p.year, p.underUnitId, p.positionType, p.employmentType, p.page, p.pageSize, p.sort, signal),
    placeholderData: keepPreviousData,
  }),
  employees: (p: JpEmployeesParams) => queryOptions({
    queryKey: jpLedgerKeys.employees(p),
    queryFn: ({ signal }) => api.jpLedger.employees(p.year, p.underUnitId, p.positionType, p.employmentType, p.reached, p.page, p.pageSize, p.sort, undefined, signal),
    placeholderData: keepPreviousData,
  }),
  employeeYear: (id: string, year: number) => queryOptions({
    queryKey: jpLedgerKeys.employeeYear(id, year), queryFn: ({ signal }) => api.jpLedger.getEmployee(id, year, signal), placeholderData: keepPreviousData,
  }),
  /** At most 100 a year on the page: more than anyone records by hand; the ledger above counts them all. */
  activities: (id: string, year: number) => queryOptions({
    queryKey: jpLedgerKeys.activities(id, year), queryFn: ({ signal }) => api.externalActivities.list(id, year, 1, 100, '-date', signal),
  }),
  recommendations: (id: string) => queryOptions({
    queryKey: jpLedgerKeys.recommendations(id), queryFn: ({ signal }) => api.recommendations.forEmployee(id, 10, signal),
  }),
};

// Changes name the version they were read at (If-Match): an activity changed meanwhile answers 412, not a silent overwrite.
export const jpLedgerCommands = {
  /** The whole below-target list of the filter (every page) as the server's CSV or Excel file. */
  exportBelow: (p: Omit<BelowTargetParams, 'page' | 'pageSize'>, format: ExportFormat) => api.jpLedger.belowTargetExport(p.year, p.underUnitId, p.positionType, p.employmentType, p.sort, format),
  /** The whole per-employee summary of the filter as the server's CSV or Excel file. */
  exportEmployees: (p: Omit<JpEmployeesParams, 'page' | 'pageSize'>, format: ExportFormat) =>
    api.jpLedger.employeesExport(p.year, p.underUnitId, p.positionType, p.employmentType, p.reached, p.sort, format),
  createActivity: (employeeId: string, body: ExternalActivityRequest) => api.externalActivities.create(employeeId, body),
  updateActivity: (employeeId: string, id: string, version: number, body: ExternalActivityRequest) => api.externalActivities.update(employeeId, id, etag(version), body),
  deleteActivity: (employeeId: string, id: string, version: number) => api.externalActivities.delete(employeeId, id, etag(version)),
};
