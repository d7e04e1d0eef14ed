import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  api, etag, type DevelopmentActivityForm, type EnrollmentStatus, type EnrollmentUpdateRequest, type PartnerKind, type PartnerRequest,
  type TrainingProgramRequest, type TrainingSessionRequest, type TrainingSessionStatus,
} from '../../api';

// Training: partners, programs (the catalogue), sessions (angkatan) and their rosters. A session's roster and
// candidates hang under the session's key, so a change to the session refreshes what depends on it.

export interface PartnerListParams { q?: string; kind?: PartnerKind; active?: boolean; sort?: string; page: number; pageSize: number }
export interface ProgramListParams { q?: string; form?: DevelopmentActivityForm; competencyId?: string; partnerId?: string; active?: boolean; sort?: string; page: number; pageSize: number }
export interface SessionListParams { q?: string; programId?: string; status?: TrainingSessionStatus; from?: string; to?: string; sort?: string; page: number; pageSize: number }
export interface RosterParams { status?: EnrollmentStatus; q?: string; sort?: string; page: number; pageSize: number }

export const partnerKeys = {
  all: ['partners'] as const,
  lists: () => [...partnerKeys.all, 'list'] as const,
  list: (p: PartnerListParams) => [...partnerKeys.lists(), p] as const,
  detail: (id: string) => [...partnerKeys.all, 'detail', id] as const,
};

export const programKeys = {
  all: ['training-programs'] as const,
  lists: () => [...programKeys.all, 'list'] as const,
  list: (p: ProgramListParams) => [...programKeys.lists(), p] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
};

export const sessionKeys = {
  all: ['training-sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (p: SessionListParams) => [...sessionKeys.lists(), p] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  roster: (id: string, p: RosterParams) => [...sessionKeys.detail(id), 'roster', p] as const,
  enrollment: (id: string, enrollmentId: string) => [...sessionKeys.detail(id), 'enrollment', enrollmentId] as const,
  candidates: (id: string, page: number) => [...sessionKeys.detail(id), 'candidates', page] as const,
};

export const partnerQueries = {
  list: (p: PartnerListParams) => queryOptions({
    queryKey: partnerKeys.list(p),
    queryFn: ({ signal }) => api.partners.list(p.page, p.pageSize, p.q || undefined, p.kind, p.active, p.sort ?? 'name', signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: partnerKeys.detail(id), queryFn: ({ signal }) => api.partners.get(id, signal) }),
};

export const programQueries = {
  list: (p: ProgramListParams) => queryOptions({
    queryKey: programKeys.list(p),
    queryFn: ({ signal }) => api.programs.list(p.page, p.pageSize, p.q || undefined, p.form, p.competencyId, p.partnerId, p.active, p.sort ?? 'title', signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: programKeys.detail(id), queryFn: ({ signal }) => api.programs.get(id, signal) }),
};

export const sessionQueries = {
  list: (p: SessionListParams) => queryOptions({
    queryKey: sessionKeys.list(p),
    queryFn: ({ signal }) => api.sessions.list(p.page, p.pageSize, p.q || undefined, p.programId, p.status, p.from || undefined, p.to || undefined, p.sort ?? 'startDate', signal),
    placeholderData: keepPreviousData,
  }),
  detail: (id: string) => queryOptions({ queryKey: sessionKeys.detail(id), queryFn: ({ signal }) => api.sessions.get(id, signal) }),
  roster: (id: string, p: RosterParams) => queryOptions({
    queryKey: sessionKeys.roster(id, p),
    queryFn: ({ signal }) => api.enrollments.list(id, p.page, p.pageSize, p.status, p.q || undefined, p.sort ?? 'name', signal),
    placeholderData: keepPreviousData,
  }),
  /** The single read carries the attendance days, which the roster rows only count. */
  enrollment: (id: string, enrollmentId: string) => queryOptions({
    queryKey: sessionKeys.enrollment(id, enrollmentId),
    queryFn: ({ signal }) => api.enrollments.get(id, enrollmentId, signal),
  }),
  candidates: (id: string, page: number) => queryOptions({
    queryKey: sessionKeys.candidates(id, page),
    queryFn: ({ signal }) => api.recommendations.candidates(id, undefined, page, 10, signal),
    placeholderData: keepPreviousData,
  }),
};

export type SessionStep = 'open' | 'start' | 'finish' | 'cancel';
export type EnrollmentStep = 'attend' | 'complete' | 'notComplete' | 'withdraw';

// Every change names the version it was read at (If-Match): a record moved on meanwhile answers 412, not a silent overwrite.
export const trainingCommands = {
  createPartner: (body: PartnerRequest) => api.partners.create(body),
  updatePartner: (id: string, version: number, body: PartnerRequest) => api.partners.update(id, etag(version), body),
  deactivatePartner: (id: string, version: number) => api.partners.deactivate(id, etag(version)),
  createProgram: (body: TrainingProgramRequest) => api.programs.create(body),
  updateProgram: (id: string, version: number, body: TrainingProgramRequest) => api.programs.update(id, etag(version), body),
  deactivateProgram: (id: string, version: number) => api.programs.deactivate(id, etag(version)),
  createSession: (body: TrainingSessionRequest) => api.sessions.create(body),
  updateSession: (id: string, version: number, body: TrainingSessionRequest) => api.sessions.update(id, etag(version), body),
  moveSession: (id: string, version: number, step: SessionStep) => api.sessions[step](id, etag(version)),
  enroll: (id: string, employeeId: string) => api.enrollments.create(id, { employeeId }),
  updateEnrollment: (id: string, enrollmentId: string, version: number, body: EnrollmentUpdateRequest) => api.enrollments.update(id, enrollmentId, etag(version), body),
  moveEnrollment: (id: string, enrollmentId: string, version: number, step: EnrollmentStep) => api.enrollments[step](id, enrollmentId, etag(version)),
};
