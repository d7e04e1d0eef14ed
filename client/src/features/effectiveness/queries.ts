import { queryOptions } from '@tanstack/react-query';
import { api, etag, type EffectivenessGrouping, type ReactionAnswerRequest, type ReactionTemplateRequest } from '../../api';

// Training effectiveness: the list by program or partner, a row's sessions, one session, level 4 of a program, the
// questionnaires. Answers invalidate the whole area (every figure above a session moves with it).

export interface EffectivenessParams { groupBy: EffectivenessGrouping; from?: string; to?: string }

export const effKeys = {
  all: ['effectiveness'] as const,
  list: (p: EffectivenessParams) => [...effKeys.all, 'list', p] as const,
  sessions: (kind: string, id: string, p: EffectivenessParams) => [...effKeys.all, 'sessions', kind, id, p] as const,
  session: (id: string) => [...effKeys.all, 'session', id] as const,
  results: (programId: string, months: number) => [...effKeys.all, 'results', programId, months] as const,
  templates: ['reaction-templates'] as const,
};

export const effQueries = {
  list: (p: EffectivenessParams) => queryOptions({
    queryKey: effKeys.list(p),
    queryFn: ({ signal }) => api.effectiveness.list(p.groupBy, p.from || undefined, p.to || undefined, undefined, signal),
  }),
  sessions: (kind: 'program' | 'partner', id: string, p: EffectivenessParams) => queryOptions({
    queryKey: effKeys.sessions(kind, id, p),
    queryFn: ({ signal }) => api.effectiveness.sessions(kind === 'program' ? id : undefined, kind === 'partner' ? id : undefined, p.from || undefined, p.to || undefined, undefined, signal),
  }),
  session: (id: string) => queryOptions({ queryKey: effKeys.session(id), queryFn: ({ signal }) => api.effectiveness.session(id, signal) }),
  results: (programId: string, months: number) => queryOptions({
    queryKey: effKeys.results(programId, months), queryFn: ({ signal }) => api.effectiveness.results(programId, months, signal),
  }),
  templates: () => queryOptions({ queryKey: effKeys.templates, queryFn: ({ signal }) => api.reactionTemplates.list(signal) }),
};

export const effCommands = {
  submit: (enrollmentId: string, body: ReactionAnswerRequest) => api.effectiveness.submitReaction(enrollmentId, body),
  link: (enrollmentId: string) => api.effectiveness.issueReactionLink(enrollmentId),
  /** The session's questionnaire (undefined: the tenant's default), named by the session's version. */
  setSessionTemplate: (sessionId: string, sessionVersion: number, templateId: string | undefined) =>
    api.effectiveness.setTemplate(sessionId, etag(sessionVersion), { templateId }),
  createTemplate: (body: ReactionTemplateRequest) => api.reactionTemplates.create(body),
  updateTemplate: (id: string, version: number, body: ReactionTemplateRequest) => api.reactionTemplates.update(id, etag(version), body),
  publicForm: (token: string) => api.publicForms.reactionForm(token),
  publicSubmit: (token: string, body: ReactionAnswerRequest) => api.publicForms.submitReaction(token, body),
};
