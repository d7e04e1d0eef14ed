import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrainingSessionRequest, TrainingSessionResponse } from '../../api';
import { FieldError, invalidProps } from '../../shared/ProblemAlert';
import { TrainingProblem } from './common';
import { programQueries, sessionKeys, trainingCommands } from './queries';

const FIELDS = ['programId', 'name', 'startDate', 'endDate', 'location', 'onlineLink', 'capacity'];

/** Create a session (angkatan) of a program, or edit one that has not started. */
export function SessionForm({ existing, programId, onCancel, onSaved }: {
  existing?: TrainingSessionResponse; programId?: string; onCancel: () => void; onSaved: (s: TrainingSessionResponse) => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const programs = useQuery(programQueries.list({ active: true, sort: 'title', page: 1, pageSize: 500 }));
  const [body, setBody] = useState<TrainingSessionRequest>(() => ({
    programId: existing?.programId ?? programId ?? '', name: existing?.name ?? '', startDate: existing?.startDate ?? '', endDate: existing?.endDate ?? '',
    location: existing?.location ?? '', onlineLink: existing?.onlineLink ?? '', capacity: existing?.capacity ?? 30,
  }));
  const set = (patch: Partial<TrainingSessionRequest>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const request = {
        ...body, programId: body.programId || undefined, startDate: body.startDate || undefined, endDate: body.endDate || undefined,
        location: body.location || undefined, onlineLink: body.onlineLink || undefined,
      };
      return existing ? trainingCommands.updateSession(existing.id, existing.version, request) : trainingCommands.createSession(request);
    },
    onSuccess: async s => {
      queries.setQueryData(sessionKeys.detail(s.id), s);
      await queries.invalidateQueries({ queryKey: sessionKeys.lists() });
      onSaved(s);
    },
  });
  const input = (name: keyof TrainingSessionRequest) => ({ id: `session-${name}`, 'data-testid': `session-${name}`, ...invalidProps(save.error, name) });
  return (
    <form noValidate className="card editor" data-testid="session-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{existing ? t('training.editSession') : t('training.newSession')}</h2>
      <div className="grid-form">
        <label htmlFor="session-programId">{t('training.program')}</label>
        <span><select {...input('programId')} value={body.programId ?? ''} onChange={e => set({ programId: e.target.value })}>
          <option value="">—</option>
          {existing && !programs.data?.items.some(p => p.id === existing.programId) && <option value={existing.programId}>{existing.programCode} {existing.programTitle}</option>}
          {programs.data?.items.map(p => <option key={p.id} value={p.id}>{p.code} {p.title}</option>)}
        </select><FieldError error={save.error} name="programId" /></span>
        <label htmlFor="session-name">{t('training.name')}</label>
        <span><input {...input('name')} value={body.name ?? ''} onChange={e => set({ name: e.target.value })} /><FieldError error={save.error} name="name" /></span>
        <label htmlFor="session-startDate">{t('training.start')}</label>
        <span><input {...input('startDate')} type="date" value={body.startDate ?? ''} onChange={e => set({ startDate: e.target.value })} /><FieldError error={save.error} name="startDate" /></span>
        <label htmlFor="session-endDate">{t('training.end')}</label>
        <span><input {...input('endDate')} type="date" value={body.endDate ?? ''} onChange={e => set({ endDate: e.target.value })} /><FieldError error={save.error} name="endDate" /></span>
        <label htmlFor="session-location">{t('training.location')}</label>
        <span><input {...input('location')} value={body.location ?? ''} onChange={e => set({ location: e.target.value })} /><FieldError error={save.error} name="location" /></span>
        <label htmlFor="session-onlineLink">{t('training.onlineLink')}</label>
        <span><input {...input('onlineLink')} type="url" value={body.onlineLink ?? ''} onChange={e => set({ onlineLink: e.target.value })} /><FieldError error={save.error} name="onlineLink" /></span>
        <label htmlFor="session-capacity">{t('training.capacity')}</label>
        <span><input {...input('capacity')} type="number" min={1} max={1000} value={body.capacity ?? ''} onChange={e => set({ capacity: e.target.value === '' ? undefined : Number(e.target.value) })} /><FieldError error={save.error} name="capacity" /></span>
      </div>
      <TrainingProblem error={save.error} fields={FIELDS} onReload={() => { save.reset(); void queries.invalidateQueries({ queryKey: sessionKeys.all }); }} />
      <p className="actions">
        <button type="submit" data-testid="session-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
