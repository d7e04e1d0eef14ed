import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DevelopmentActivityForm, type ExternalActivityRequest, type ExternalActivityResponse, type EmployeeJpLedgerResponse } from '../../api';
import { Status } from '../../shared/common';
import { formatDate, formatNumber, formatPercent } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { jpLedgerCommands, jpLedgerKeys, jpLedgerQueries } from './queries';
import './jpLedger.css';

const FORMS = Object.values(DevelopmentActivityForm);
const FIELDS = ['title', 'form', 'activityDate', 'jp', 'organizer', 'evidenceReference'];

/**
 * The employee page's training part: the year's JP against the target, every credit behind it (completions and
 * external activities), the external activities with their editor for those who may write, and the recommendations.
 * The year is in the address (?tahunJp=), this year by default.
 */
export function EmployeeTraining({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [url, setUrl] = useUrlState({ tahunJp: String(thisYear) });
  const year = Number(url.tahunJp) || thisYear;
  const ledger = useQuery(jpLedgerQueries.employeeYear(employeeId, year));
  return (
    <>
      <div className="card" data-testid="employee-jp">
        <div className="drill-head">
          <h2>{t('jpLedger.yearTitle', { year })}</h2>
          <label className="inline">{t('jpLedger.year')}
            <input type="number" min={2000} max={2100} value={url.tahunJp} data-testid="employee-jp-year" style={{ width: '6.5rem' }}
                   onChange={e => setUrl({ tahunJp: e.target.value })} />
          </label>
        </div>
        <Status loading={ledger.isLoading} error={ledger.error} />
        {ledger.data && <Progress data={ledger.data} />}
      </div>
      {ledger.data && <History data={ledger.data} />}
      <Activities employeeId={employeeId} year={year} />
      <Recommendations employeeId={employeeId} />
    </>
  );
}

function Progress({ data }: { data: EmployeeJpLedgerResponse }) {
  const { t } = useTranslation();
  const percent = data.targetJp > 0 ? Math.min(100, Math.round((data.earnedJp / data.targetJp) * 100)) : 100;
  return (
    <div className="jp-progress">
      <p className="jp-figures">
        <strong data-testid="employee-jp-earned">{t('jpLedger.progress', { earned: formatNumber(data.earnedJp), target: formatNumber(data.targetJp) })}</strong>
        {data.reachedTarget
          ? <span className="badge good" data-testid="employee-jp-reached">{t('jpLedger.reachedBadge')}</span>
          : <span className="badge bad" data-testid="employee-jp-remaining">{t('jpLedger.remainingJp', { n: formatNumber(data.remainingJp) })}</span>}
      </p>
      <div className="jp-bar" role="progressbar" aria-label={t('jpLedger.progressLabel')} aria-valuemin={0} aria-valuemax={data.targetJp}
           aria-valuenow={Math.min(data.earnedJp, data.targetJp)} aria-valuetext={t('jpLedger.progress', { earned: data.earnedJp, target: data.targetJp })}>
        <span className={data.reachedTarget ? 'done' : undefined} style={{ width: `${percent}%` }} />
      </div>
      {data.earnedJp > 0 && (
        <p className="small muted">{t('jpLedger.classroomShare', {
          share: data.classroomSharePercent == null ? t('common.none') : formatPercent(data.classroomSharePercent / 100, 1), jp: formatNumber(data.earnedJp),
        })} · {t('jpLedger.pattern')}</p>
      )}
    </div>
  );
}

function History({ data }: { data: EmployeeJpLedgerResponse }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('jpLedger.history')}</h2>
      {data.entries.length === 0 ? <p data-testid="employee-jp-history-empty">{t('jpLedger.historyEmpty')}</p> : (
        <div className="table-wrap">
          <table className="cards" data-testid="employee-jp-history">
            <thead><tr><th>{t('jpLedger.date')}</th><th>{t('jpLedger.titleCol')}</th><th>{t('jpLedger.form')}</th><th>{t('jpLedger.source')}</th><th>{t('jpLedger.jp')}</th></tr></thead>
            <tbody>
              {data.entries.map(e => (
                <tr key={e.id} data-testid="employee-jp-entry">
                  <td data-label={t('jpLedger.date')} className="nowrap">{formatDate(e.date)}</td>
                  <td data-label={t('jpLedger.titleCol')} data-testid="employee-jp-entry-title">{e.title}</td>
                  <td data-label={t('jpLedger.form')}>{e.formLabel}{e.isClassroom && <span className="badge neutral">{t('jpLedger.classroom')}</span>}</td>
                  <td data-label={t('jpLedger.source')}>{t(`jpLedger.sources.${e.source}`)}</td>
                  <td data-label={t('jpLedger.jp')} data-testid="employee-jp-entry-jp">{e.jp}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; activity: ExternalActivityResponse };

function Activities({ employeeId, year }: { employeeId: string; year: number }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  // Admins and unit heads (their sub-tree: another employee's page is a 404 for them) record activities; viewers read.
  const canWrite = usePermissions().draftPlans;
  const list = useQuery(jpLedgerQueries.activities(employeeId, year));
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<ExternalActivityResponse>();
  const [message, setMessage] = useState<string>();
  // A change moves the employee's year, the tenant's figures and the lists: every ledger query is read again.
  const refresh = () => queries.invalidateQueries({ queryKey: jpLedgerKeys.all });
  const remove = useMutation({
    mutationFn: (a: ExternalActivityResponse) => jpLedgerCommands.deleteActivity(employeeId, a.id, a.version),
    onMutate: () => setMessage(undefined),
    onSuccess: async () => { setDeleting(undefined); setMessage(t('jpLedger.deleted')); await refresh(); },
  });
  const stale = toProblem(remove.error).status === 412;
  return (
    <div className="card" data-testid="external-activities">
      <div className="drill-head">
        <h2>{t('jpLedger.activities')}</h2>
        {canWrite && !editing && (
          <button type="button" data-testid="activity-new" onClick={() => { setMessage(undefined); remove.reset(); setEditing({ kind: 'new' }); }}>{t('jpLedger.add')}</button>
        )}
      </div>
      <p className="small muted">{t('jpLedger.activitiesHint')}</p>
      {message && <Notice testId="activity-saved">{message}</Notice>}
      {editing && (
        <ActivityForm key={editing.kind === 'edit' ? `${editing.activity.id}:${editing.activity.version}` : 'new'} employeeId={employeeId} editing={editing}
                      onDone={async text => { setEditing(undefined); setMessage(text); await refresh(); }}
                      onCancel={() => setEditing(undefined)} onReload={async () => { setEditing(undefined); await refresh(); }} />
      )}
      {deleting && (
        <div className="confirm" data-testid="activity-delete-confirm">
          <p>{t('jpLedger.deleteConfirm', { title: deleting.title, jp: deleting.jp })}</p>
          <ProblemAlert error={remove.error}>
            {stale && <p><button type="button" className="secondary" data-testid="activity-reload"
                                 onClick={async () => { remove.reset(); setDeleting(undefined); await refresh(); }}>{t('jpLedger.reload')}</button></p>}
          </ProblemAlert>
          <p className="actions">
            {!stale && <button type="button" className="danger" data-testid="activity-delete-yes" disabled={remove.isPending} onClick={() => remove.mutate(deleting)}>{t('jpLedger.deleteYes')}</button>}
            <button type="button" className="secondary" onClick={() => { remove.reset(); setDeleting(undefined); }}>{t('common.cancel')}</button>
          </p>
        </div>
      )}
      <Status loading={list.isLoading} error={list.error} />
      {list.data && list.data.items.length === 0 && <p>{t('jpLedger.activitiesEmpty')}</p>}
      {!!list.data?.items.length && (
        <div className="table-wrap">
          <table className="cards" data-testid="activity-list">
            <thead>
              <tr>
                <th>{t('jpLedger.date')}</th><th>{t('jpLedger.titleCol')}</th><th>{t('jpLedger.form')}</th><th>{t('jpLedger.jp')}</th><th>{t('jpLedger.organizer')}</th>
                {canWrite && <th><span className="sr-only">{t('plans.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map(a => (
                <tr key={a.id} data-testid="activity-row">
                  <td data-label={t('jpLedger.date')} className="nowrap">{formatDate(a.activityDate)}</td>
                  <td data-label={t('jpLedger.titleCol')}>{a.title}{a.evidenceReference && <><br /><small className="muted wrap-anywhere">{a.evidenceReference}</small></>}</td>
                  <td data-label={t('jpLedger.form')}>{a.formLabel}</td>
                  <td data-label={t('jpLedger.jp')}>{a.jp}</td>
                  <td data-label={t('jpLedger.organizer')}>{a.organizer ?? t('common.none')}</td>
                  {canWrite && (
                    <td className="actions">
                      <button type="button" className="secondary" data-testid="activity-edit" aria-label={`${t('jpLedger.edit')} ${a.title}`}
                              onClick={() => { setMessage(undefined); setDeleting(undefined); setEditing({ kind: 'edit', activity: a }); }}>{t('jpLedger.edit')}</button>
                      <button type="button" className="secondary" data-testid="activity-delete" aria-label={`${t('jpLedger.delete')} ${a.title}`}
                              onClick={() => { setMessage(undefined); remove.reset(); setEditing(undefined); setDeleting(a); }}>{t('jpLedger.delete')}</button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ActivityForm({ employeeId, editing, onDone, onCancel, onReload }: {
  employeeId: string; editing: Editing; onDone: (message: string) => Promise<void>; onCancel: () => void; onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const current = editing.kind === 'edit' ? editing.activity : undefined;
  const [values, setValues] = useState({
    title: current?.title ?? '', form: current?.form ?? DevelopmentActivityForm.Seminar, activityDate: current?.activityDate ?? new Date().toISOString().slice(0, 10),
    jp: current ? String(current.jp) : '', organizer: current?.organizer ?? '', evidenceReference: current?.evidenceReference ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const body: ExternalActivityRequest = {
        title: values.title, form: values.form, activityDate: values.activityDate || undefined,
        // An empty box is "no JP" (the server says it is required), not 0.
        jp: values.jp.trim() === '' ? undefined : Number(values.jp),
        organizer: values.organizer || undefined, evidenceReference: values.evidenceReference || undefined,
      };
      return current ? jpLedgerCommands.updateActivity(employeeId, current.id, current.version, body) : jpLedgerCommands.createActivity(employeeId, body);
    },
    onSuccess: () => onDone(t('jpLedger.saved')),
  });
  const err = save.error;
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues(v => ({ ...v, [field]: e.target.value }));
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  // The server checks every field (JP 1–500, no future date) and answers in Indonesian next to the input; the browser's own checks would speak another language.
  return (
    <form className="activity-form" noValidate onSubmit={submit} data-testid="activity-form">
      <h3>{current ? t('jpLedger.formEdit', { title: current.title }) : t('jpLedger.formTitle')}</h3>
      <div className="filters fields-top">
        <label className="wide">{t('jpLedger.activityTitle')}
          <input value={values.title} onChange={set('title')} data-testid="activity-title" {...invalidProps(err, 'title')} />
          <FieldError error={err} name="title" /></label>
        <label>{t('jpLedger.form')}
          <select value={values.form} onChange={set('form')} data-testid="activity-form-select" {...invalidProps(err, 'form')}>
            {FORMS.map(f => <option key={f} value={f}>{t(`forms.${f}`)}</option>)}
          </select>
          <FieldError error={err} name="form" /></label>
        <label>{t('jpLedger.activityDate')}
          <input type="date" value={values.activityDate} onChange={set('activityDate')} data-testid="activity-date" {...invalidProps(err, 'activityDate')} />
          <FieldError error={err} name="activityDate" /></label>
        <label>{t('jpLedger.jp')}
          <input type="number" inputMode="numeric" value={values.jp} onChange={set('jp')} data-testid="activity-jp" style={{ width: '6rem' }} {...invalidProps(err, 'jp')} />
          <FieldError error={err} name="jp" /></label>
        <label className="wide">{t('jpLedger.organizer')}
          <input value={values.organizer} onChange={set('organizer')} data-testid="activity-organizer" {...invalidProps(err, 'organizer')} />
          <FieldError error={err} name="organizer" /></label>
        <label className="wide">{t('jpLedger.evidence')}
          <input value={values.evidenceReference} onChange={set('evidenceReference')} data-testid="activity-evidence" {...invalidProps(err, 'evidenceReference')} />
          <FieldError error={err} name="evidenceReference" /></label>
      </div>
      <ProblemAlert error={err} fields={FIELDS}>
        {toProblem(err).status === 412 && (
          <p><button type="button" className="secondary" data-testid="activity-reload" onClick={() => void onReload()}>{t('jpLedger.reload')}</button></p>
        )}
      </ProblemAlert>
      <p className="actions">
        <button type="submit" disabled={save.isPending} data-testid="activity-save">{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}

function Recommendations({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const list = useQuery(jpLedgerQueries.recommendations(employeeId));
  return (
    <div className="card" data-testid="recommendations">
      <h2>{t('jpLedger.recommendations')}</h2>
      <p className="small muted">{t('jpLedger.recommendationsHint')}</p>
      <Status loading={list.isLoading} error={list.error} />
      {list.data && list.data.recommendations.length === 0 && <p>{t('jpLedger.recommendationsEmpty')}</p>}
      <ol className="recommendations">
        {list.data?.recommendations.map(r => (
          <li key={r.programId} data-testid="recommendation">
            <p className="rec-head">
              <strong><span className="mono">{r.code}</span> {r.title}</strong>
              <span className="badge neutral">{r.formLabel} · {r.jp} JP</span>
              <span className="badge warn">{t('jpLedger.score', { score: r.score })}</span>
            </p>
            <p className="small" data-testid="recommendation-reason">{r.reason}</p>
            {r.openSessions.length === 0 ? <p className="small muted">{t('jpLedger.noOpenSessions')}</p> : (
              <ul className="small" aria-label={t('jpLedger.openSessions')}>
                {r.openSessions.map(s => (
                  <li key={s.sessionId} data-testid="recommendation-session">
                    {/* The session's page (the training dashboard's /angkatan/:id), where the employee can be enrolled. */}
                    <Link to={`/angkatan/${s.sessionId}`}>{s.name}</Link> · {formatDate(s.startDate)}–{formatDate(s.endDate)} · {t('jpLedger.seatsLeft', { n: s.seatsLeft })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
