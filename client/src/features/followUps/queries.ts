import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, etag, type FollowUpRequest, type FollowUpStatus } from '../../api';

// Level 3 of training effectiveness: the supervisors' follow-up queue, one follow-up, the results per program.

export interface QueueParams { status: FollowUpStatus; underUnitId?: string; sort: string; page: number; pageSize: number }

export const followUpKeys = {
  all: ['follow-ups'] as const,
  queue: (p: QueueParams) => [...followUpKeys.all, 'queue', p] as const,
  one: (enrollmentId: string) => [...followUpKeys.all, 'one', enrollmentId] as const,
  results: (from: string, underUnitId?: string, to?: string) => [...followUpKeys.all, 'results', from, underUnitId, to] as const,
};

export const followUpQueries = {
  queue: (p: QueueParams) => queryOptions({
    queryKey: followUpKeys.queue(p),
    queryFn: ({ signal }) => api.followUps.list(p.status, p.underUnitId, undefined, undefined, p.page, p.pageSize, p.sort, signal),
    placeholderData: keepPreviousData,
  }),
  one: (enrollmentId: string) => queryOptions({ queryKey: followUpKeys.one(enrollmentId), queryFn: ({ signal }) => api.followUps.get(enrollmentId, signal) }),
  /** Sessions that ended from–to (either may be empty: open), in a sub-tree. */
  results: (from: string, underUnitId?: string, to?: string) => queryOptions({
    queryKey: followUpKeys.results(from, underUnitId, to), queryFn: ({ signal }) => api.followUps.results(from || undefined, to, underUnitId, undefined, signal),
  }),
};

// A correction names the version it was read at (If-Match): one changed meanwhile answers 412, not a silent overwrite.
export const followUpCommands = {
  save: (enrollmentId: string, version: number, body: FollowUpRequest) =>
    version === 0 ? api.followUps.file(enrollmentId, body) : api.followUps.correct(enrollmentId, etag(version), body),
};
