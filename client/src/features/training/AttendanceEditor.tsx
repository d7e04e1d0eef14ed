import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EnrollmentResponse, TrainingSessionResponse } from '../../api';
import { Status } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { TrainingProblem } from './common';
import { sessionKeys, sessionQueries, trainingCommands } from './queries';

/** The session's days, start to end (a session lasts at most 366 days). */
function daysOf(session: TrainingSessionResponse): string[] {
  const days: string[] = [];
  const end = new Date(`${session.endDate}T00:00:00Z`);
  for (let d = new Date(`${session.startDate}T00:00:00Z`); d <= end && days.length < 366; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

export function AttendanceEditor({ session, enrollmentId, onClose }: { session: TrainingSessionResponse; enrollmentId: string; onClose: () => void }) {
  const enrollment = useQuery(sessionQueries.enrollment(session.id, enrollmentId));
  // Kept here: the editor is drawn anew from the saved version, and the message must outlive it.
  const [saved, setSaved] = useState(false);
  if (!enrollment.data) return <Status loading={enrollment.isLoading} error={enrollment.error} />;
  return <Editor key={enrollment.data.version} session={session} enrollment={enrollment.data} onClose={onClose} saved={saved} onSaved={setSaved} />;
}

/** Attendance per day and the pre/post test scores, sent as a whole each time (the API replaces the set). */
function Editor({ session, enrollment, onClose, saved, onSaved }: {
  session: TrainingSessionResponse; enrollment: EnrollmentResponse; onClose: () => void; saved: boolean; onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const days = daysOf(session);
  const [present, setPresent] = useState<Record<string, boolean>>(() => Object.fromEntries((enrollment.attendance ?? []).map(a => [a.day, a.present])));
  const [pre, setPre] = useState(enrollment.preTestScore?.toString() ?? '');
  const [post, setPost] = useState(enrollment.postTestScore?.toString() ?? '');
  const save = useMutation({
    mutationFn: () => trainingCommands.updateEnrollment(session.id, enrollment.id, enrollment.version, {
      attendance: Object.entries(present).map(([day, p]) => ({ day, present: p })),
      preTestScore: pre === '' ? undefined : Number(pre),
      postTestScore: post === '' ? undefined : Number(post),
    }),
    onMutate: () => onSaved(false),
    onSuccess: async e => {
      onSaved(true);
      queries.setQueryData(sessionKeys.enrollment(session.id, e.id), e);
      await queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) });
    },
  });
  const sent = Object.keys(present);
  return (
    <form noValidate className="card editor" data-testid="attendance-editor" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h3>{t('training.attendanceOf', { name: enrollment.employeeName })}</h3>
      <fieldset>
        <legend>{t('training.present')}</legend>
        <div className="attendance-days">
          {days.map(day => (
            <label key={day} className="nowrap">
              <input type="checkbox" data-testid={`attendance-${day}`} checked={!!present[day]} onChange={e => setPresent(p => ({ ...p, [day]: e.target.checked }))} /> {formatDate(day)}
            </label>
          ))}
        </div>
        {sent.map((_, i) => <FieldError key={i} error={save.error} name={`attendance[${i}].day`} />)}
      </fieldset>
      <div className="grid-form">
        <label htmlFor="score-pre">{t('training.pre')}</label>
        <span><input id="score-pre" type="number" min={0} max={100} value={pre} onChange={e => setPre(e.target.value)} data-testid="score-pre" {...invalidProps(save.error, 'preTestScore')} />
          <FieldError error={save.error} name="preTestScore" /></span>
        <label htmlFor="score-post">{t('training.post')}</label>
        <span><input id="score-post" type="number" min={0} max={100} value={post} onChange={e => setPost(e.target.value)} data-testid="score-post" {...invalidProps(save.error, 'postTestScore')} />
          <FieldError error={save.error} name="postTestScore" /></span>
      </div>
      {saved && <Notice testId="attendance-saved">{t('training.saved')}</Notice>}
      <TrainingProblem error={save.error} fields={['preTestScore', 'postTestScore', 'attendance']}
                       onReload={() => { save.reset(); void queries.invalidateQueries({ queryKey: sessionKeys.enrollment(session.id, enrollment.id) }); }} />
      <p className="actions">
        <button type="submit" data-testid="attendance-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onClose}>{t('common.close')}</button>
      </p>
    </form>
  );
}
