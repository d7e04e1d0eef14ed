import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { FollowUpStatus, Role, type FollowUpResponse } from '../../api';
import { useAuth } from '../auth/auth';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatDate, formatNip, formatNumber, formatPercent } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { pageOf, useUrlState } from '../../shared/urlState';
import { settingsQueries } from '../settings/queries';
import { unitQueries } from '../units/queries';
import { followUpCommands, followUpKeys, followUpQueries } from './queries';
import './followUps.css';

const PAGE_SIZE = 20;
const TABS = [FollowUpStatus.Due, FollowUpStatus.Overdue, FollowUpStatus.Upcoming, FollowUpStatus.Done];
const BADGE: Record<FollowUpStatus, string> = { Due: 'warn', Overdue: 'bad', Upcoming: 'neutral', Done: 'good' };

/**
 * Evaluasi pasca pelatihan: the supervisors' queue of completed trainings whose follow-up is due, overdue, not yet due
 * or done, and the form that rates each trained competency's application on the job. Status, unit, sort, page and
 * the open follow-up live in the address.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const location = useLocation();
  const [url, setUrl] = useUrlState({ status: FollowUpStatus.Due as string, unit: '', sort: 'dueOn', page: '1', open: '' });
  const status = (TABS.includes(url.status as FollowUpStatus) ? url.status : FollowUpStatus.Due) as FollowUpStatus;
  const page = pageOf(url.page);
  const canFile = me?.role === Role.TenantAdmin || me?.role === Role.UnitHead;
  const units = useQuery(unitQueries.tree({ active: true }));
  const settings = useQuery(settingsQueries.training());
  const queue = useQuery(followUpQueries.queue({ status, underUnitId: url.unit || undefined, sort: url.sort, page, pageSize: PAGE_SIZE }));
  const from = location.pathname + location.search;
  const onSort = (sort: string) => setUrl({ sort });

  return (
    <section>
      <h1>{t('followUps.title')}</h1>
      <p className="muted small">{t('followUps.hint', { months: settings.data?.followUpMonths ?? 3 })}</p>
      <nav className="tabs" aria-label={t('followUps.tabs')}>
        {TABS.map(s => (
          <a key={s} href={`?status=${s}`} className={s === status ? 'active' : undefined} aria-current={s === status ? 'page' : undefined} data-testid={`follow-up-tab-${s}`}
            onClick={e => { e.preventDefault(); setUrl({ status: s, page: '1', open: '' }); }}>{t(`followUps.statuses.${s}`)}</a>
        ))}
      </nav>
      <div className="filters">
        <label>{t('followUps.unit')}
          <select value={url.unit} onChange={e => setUrl({ unit: e.target.value, page: '1' })} data-testid="follow-up-unit">
            <option value="">{t('followUps.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
      </div>
      {url.open && <FollowUpForm enrollmentId={url.open} canFile={canFile} onClose={() => setUrl({ open: '' })} />}
      <div className="card">
        <Status loading={queue.isLoading} error={queue.error} />
        {queue.data && (
          <>
            <div className="table-wrap">
              <table className="cards" data-testid="follow-up-queue">
                <thead>
                  <tr>
                    <SortHeader label={t('followUps.employee')} sortKey="name" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('followUps.unit')} sortKey="unit" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('followUps.training')} sortKey="program" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('followUps.dueOn')} sortKey="dueOn" sort={url.sort} onSort={onSort} />
                    <th>{t('followUps.status')}</th>
                    <th><span className="sr-only">{t('followUps.file')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {queue.data.items.map(i => (
                    <tr key={i.enrollmentId} data-testid="follow-up-row" data-status={i.status} data-enrollment={i.enrollmentId}>
                      <td data-label={t('followUps.employee')}><Link to={`/pegawai/${i.employeeId}`} state={{ from }}>{i.employeeName}</Link>
                        <br /><small className="mono nowrap muted">{formatNip(i.nip)}</small></td>
                      <td data-label={t('followUps.unit')}>{i.unitName}</td>
                      <td data-label={t('followUps.training')}><Link to={`/angkatan/${i.sessionId}`} state={{ from }}>{i.programTitle}</Link>
                        <br /><small className="muted">{i.sessionName} · {t('followUps.ended')} {formatDate(i.trainingEndDate)}</small></td>
                      <td data-label={t('followUps.dueOn')}><span className="nowrap">{formatDate(i.dueOn)}</span>
                        <br /><small className="muted nowrap">{t('followUps.deadline')} {formatDate(i.deadline)}</small></td>
                      <td data-label={t('followUps.status')}><span className={`badge ${BADGE[i.status]}`}>{i.statusLabel}</span></td>
                      <td>
                        <button type="button" className={i.status === FollowUpStatus.Done || !canFile ? 'secondary' : undefined} data-testid="follow-up-open"
                          onClick={() => setUrl({ open: i.enrollmentId })}>
                          {i.status === FollowUpStatus.Done || !canFile ? t('followUps.view') : t('followUps.file')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {queue.data.total === 0 && <p data-testid="follow-up-empty">{t('followUps.empty')}</p>}
            <Pager page={page} pageSize={PAGE_SIZE} total={queue.data.total} onPage={p => setUrl({ page: String(p) })} />
          </>
        )}
      </div>
      <Results underUnitId={url.unit || undefined} />
    </section>
  );
}

/** Ratings per competency of the program; filing when none is stored, a correction at the version read otherwise. */
function FollowUpForm({ enrollmentId, canFile, onClose }: { enrollmentId: string; canFile: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const one = useQuery(followUpQueries.one(enrollmentId));
  const [draft, setDraft] = useState<{ key: string; application: Record<string, number>; level: Record<string, number | undefined>; notes: string } | null>(null);
  const data = one.data;
  const key = data ? `${data.enrollmentId}:${data.version}` : '';
  const form = draft && draft.key === key ? draft : data ? initial(data, key) : null;
  const save = useMutation({
    mutationFn: () => followUpCommands.save(enrollmentId, data!.version, {
      ratings: data!.competencies.map(c => ({ competencyId: c.competencyId, application: form!.application[c.competencyId], reassessedLevel: form!.level[c.competencyId] })),
      notes: form!.notes || undefined,
    }),
    onSuccess: saved => {
      client.setQueryData(followUpKeys.one(enrollmentId), saved);
      void client.invalidateQueries({ queryKey: followUpKeys.all });
      setDraft(null);
    },
  });
  if (one.isLoading || one.error) return <div className="card"><Status loading={one.isLoading} error={one.error} /></div>;
  if (!data || !form) return null;
  const edit = (f: (d: NonNullable<typeof form>) => void) => { const next = structuredClone(form); f(next); setDraft(next); };
  const readOnly = !canFile;
  return (
    <form className="card follow-up-form" data-testid="follow-up-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <div className="drill-head">
        <h2>{t('followUps.formTitle', { name: data.employeeName })}</h2>
        <button type="button" className="secondary" onClick={onClose} data-testid="follow-up-close">{t('followUps.close')}</button>
      </div>
      <p className="small">{data.programTitle} · {data.sessionName} · {t('followUps.ended')} {formatDate(data.trainingEndDate)} ·{' '}
        <span className={`badge ${BADGE[data.status]}`} data-testid="follow-up-status">{data.statusLabel}</span></p>
      {data.filedAt && <p className="small muted" data-testid="follow-up-filed">{t('followUps.filedBy', { who: data.filedBy, date: formatDate(data.filedAt) })}</p>}
      <p className="small muted">{readOnly ? t('followUps.readOnly') : t('followUps.formHint')}</p>
      <fieldset disabled={readOnly || save.isPending}>
        {data.competencies.map((c, i) => (
          <div key={c.competencyId} className="follow-up-competency" data-testid="follow-up-competency">
            <div><strong>{c.competencyName}</strong> <small className="muted">{c.competencyCode} · {t('followUps.levelBefore')}: {c.levelBefore ?? t('followUps.notAssessed')}</small></div>
            <div role="radiogroup" aria-label={`${t('followUps.application')}: ${c.competencyName}`} className="scale" {...invalidProps(save.error, `ratings[${i}].application`)}>
              {[1, 2, 3, 4, 5].map(v => (
                <label key={v} className={form.application[c.competencyId] === v ? 'chosen' : undefined}>
                  <input type="radio" name={`application-${c.competencyId}`} value={v} checked={form.application[c.competencyId] === v}
                    onChange={() => edit(d => { d.application[c.competencyId] = v; })} data-testid={`application-${i}-${v}`} />
                  <span>{v}</span>
                </label>
              ))}
            </div>
            <FieldError error={save.error} name={`ratings[${i}].application`} />
            <label className="small">{t('followUps.reassessed')}
              <select value={form.level[c.competencyId] ?? ''} data-testid={`reassessed-${i}`} {...invalidProps(save.error, `ratings[${i}].reassessedLevel`)}
                onChange={e => edit(d => { d.level[c.competencyId] = e.target.value ? Number(e.target.value) : undefined; })}>
                <option value="">{t('followUps.noReassessment')}</option>
                {[1, 2, 3, 4, 5].map(v => <option key={v} value={v}>{v}</option>)}
              </select>
            </label>
          </div>
        ))}
        <label>{t('followUps.notes')}
          <textarea rows={3} maxLength={4000} value={form.notes} onChange={e => edit(d => { d.notes = e.target.value; })} data-testid="follow-up-notes" {...invalidProps(save.error, 'notes')} />
        </label>
        <FieldError error={save.error} name="notes" />
      </fieldset>
      <ProblemAlert error={save.error} fields={['notes', ...data.competencies.map((_, i) => `ratings[${i}]`)]}>
        {(save.error as { status?: number } | null)?.status === 412 && (
          <button type="button" className="secondary" onClick={() => { save.reset(); setDraft(null); void one.refetch(); }}>{t('followUps.reload')}</button>
        )}
      </ProblemAlert>
      {save.isSuccess && !draft && <Notice testId="follow-up-saved">{t('followUps.saved')}</Notice>}
      {!readOnly && <button type="submit" disabled={save.isPending} data-testid="follow-up-save">{save.isPending ? t('followUps.saving') : data.version === 0 ? t('followUps.file') : t('followUps.correct')}</button>}
    </form>
  );
}

function initial(data: FollowUpResponse, key: string) {
  const application: Record<string, number> = {};
  const level: Record<string, number | undefined> = {};
  for (const c of data.competencies) {
    if (c.application != null) application[c.competencyId] = c.application;
    level[c.competencyId] = c.reassessedLevel ?? undefined;
  }
  return { key, application, level, notes: data.notes ?? '' };
}

/** Level 3 per program for trainings that ended this year. */
function Results({ underUnitId }: { underUnitId?: string }) {
  const { t } = useTranslation();
  const from = `${new Date().getFullYear()}-01-01`;
  const results = useQuery(followUpQueries.results(from, underUnitId));
  return (
    <div className="card">
      <h2>{t('followUps.results')}</h2>
      <p className="small muted">{t('followUps.resultsHint')}</p>
      <Status loading={results.isLoading} error={results.error} />
      {results.data && (results.data.length === 0 ? <p>{t('followUps.resultsEmpty')}</p> : (
        <div className="table-wrap">
          <table className="cards" data-testid="follow-up-results">
            <thead><tr><th>{t('followUps.program')}</th><th>{t('followUps.fallenDue')}</th><th>{t('followUps.filed')}</th><th>{t('followUps.onTime')}</th>
              <th>{t('followUps.meanApplication')}</th><th>{t('followUps.levelChange')}</th></tr></thead>
            <tbody>
              {results.data.map(r => (
                <tr key={r.programId} data-testid="follow-up-result">
                  <td>{r.programTitle} <small className="muted">{r.programCode}</small></td>
                  <td data-label={t('followUps.fallenDue')}>{formatNumber(r.fallenDue)}</td>
                  <td data-label={t('followUps.filed')}>{formatNumber(r.filed)}</td>
                  <td data-label={t('followUps.onTime')}>{r.onTimePercent == null ? t('common.none') : formatPercent(r.onTimePercent / 100, 1)}</td>
                  <td data-label={t('followUps.meanApplication')}>{r.meanApplication == null ? t('common.none') : formatNumber(r.meanApplication, 2)}</td>
                  <td data-label={t('followUps.levelChange')}>{r.meanLevelChange == null ? t('common.none') : (r.meanLevelChange > 0 ? '+' : '') + formatNumber(r.meanLevelChange, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
