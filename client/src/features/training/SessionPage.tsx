import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EnrollmentStatus, TrainingSessionStatus, type EnrollmentResponse, type TrainingSessionResponse } from '../../api';
import { isNotFound, NotFound, Pager, SortHeader, Status, useDebounced } from '../../shared/common';
import { formatDate, formatNip, formatNumber } from '../../shared/format';
import { Notice } from '../../shared/ProblemAlert';
import { pageOf, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { employeeQueries } from '../employees/queries';
import { ConfirmButton, enrollmentTone, SeatsBar, sessionTone, TrainingProblem, TrainingTabs } from './common';
import { AttendanceEditor } from './AttendanceEditor';
import { sessionKeys, sessionQueries, trainingCommands, type EnrollmentStep, type SessionStep } from './queries';
import { SessionForm } from './SessionForm';
import { SessionQuestionnaire } from '../effectiveness/SessionQuestionnaire';
import './training.css';

const ROSTER_SIZE = 20;

/** The steps each status allows (TrainingRules.CanMove on the server). */
const NEXT: Record<TrainingSessionStatus, SessionStep[]> = {
  [TrainingSessionStatus.Planned]: ['open', 'cancel'],
  [TrainingSessionStatus.Open]: ['start', 'cancel'],
  [TrainingSessionStatus.Running]: ['finish', 'cancel'],
  [TrainingSessionStatus.Finished]: [],
  [TrainingSessionStatus.Cancelled]: [],
};

/** One session: its facts and seats, its status steps, enrolling (by search or from the candidates) and the roster. */
export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const session = useQuery(sessionQueries.detail(id));
  if (isNotFound(session.error)) return <NotFound back="/angkatan" />;
  return (
    <section>
      <h1 className="sr-only">{t('training.sessions')}</h1>
      <TrainingTabs />
      <p><Link to="/angkatan">← {t('training.sessions')}</Link></p>
      <Status loading={session.isLoading} error={session.error} />
      {session.data && <Session session={session.data} />}
    </section>
  );
}

function Session({ session }: { session: TrainingSessionResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string>();
  const move = useMutation({
    mutationFn: (step: SessionStep) => trainingCommands.moveSession(session.id, session.version, step),
    onMutate: () => setDone(undefined),
    onSuccess: async (next, step) => {
      queries.setQueryData(sessionKeys.detail(session.id), next);
      setDone(t(`training.sessionDone.${step}`));
      await queries.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
  const editable = session.status === TrainingSessionStatus.Planned || session.status === TrainingSessionStatus.Open;
  const mayEnroll = can.draftPlans && session.status === TrainingSessionStatus.Open;
  if (editing) {
    return <SessionForm existing={session} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); setDone(t('training.sessionSaved')); }} />;
  }
  return (
    <>
      <div className="card" data-testid="session-detail">
        <h2>{session.name}
          <span className={`badge ${sessionTone(session.status)}`} data-testid="session-status">{t(`training.session.${session.status}`)}</span></h2>
        <dl className="fields">
          <dt>{t('training.program')}</dt>
          <dd><Link to={`/pelatihan?program=${session.programId}`}><span className="mono">{session.programCode}</span> {session.programTitle}</Link> · {t(`forms.${session.programForm}`)} · {formatNumber(session.programJp)} JP</dd>
          <dt>{t('training.start')} – {t('training.end')}</dt><dd>{formatDate(session.startDate)} – {formatDate(session.endDate)}</dd>
          {session.location && <><dt>{t('training.location')}</dt><dd>{session.location}</dd></>}
          {session.onlineLink && <><dt>{t('training.onlineLink')}</dt><dd className="break"><a href={session.onlineLink} rel="noreferrer noopener" target="_blank">{session.onlineLink}</a></dd></>}
          <dt>{t('training.seats')}</dt><dd><SeatsBar taken={session.seatsTaken} capacity={session.capacity} /></dd>
        </dl>
        {can.writeTenant && (
          <div className="actions" data-testid="session-actions">
            {editable && <button type="button" className="secondary" data-testid="session-edit" onClick={() => setEditing(true)}>{t('training.edit')}</button>}
            {NEXT[session.status].map(step => (
              <ConfirmButton key={step} label={t(`training.sessionStep.${step}`)} question={t(`training.sessionStepConfirm.${step}`)}
                             className={step === 'cancel' ? 'secondary' : undefined} testId={`session-${step}`} pending={move.isPending} onConfirm={() => move.mutate(step)} />
            ))}
          </div>
        )}
      </div>
      {done && <Notice testId="session-done">{done}</Notice>}
      <TrainingProblem error={move.error} onReload={() => { move.reset(); void queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) }); }} />
      {session.status !== TrainingSessionStatus.Cancelled && <SessionQuestionnaire session={session} />}
      {can.draftPlans && !mayEnroll && session.status === TrainingSessionStatus.Planned && <p className="muted small">{t('training.onlyOpen')}</p>}
      {mayEnroll && <Enroll session={session} />}
      <Roster session={session} />
      {mayEnroll && <Candidates session={session} />}
    </>
  );
}

/** Shared by the search and the candidates: one enrollment call, its 409 reasons in words. */
function useEnroll(session: TrainingSessionResponse) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [done, setDone] = useState<string>();
  const enroll = useMutation({
    mutationFn: (employeeId: string) => trainingCommands.enroll(session.id, employeeId),
    onMutate: () => setDone(undefined),
    onSuccess: async e => {
      setDone(t('training.enrolled', { name: e.employeeName }));
      await queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) });
      await queries.invalidateQueries({ queryKey: sessionKeys.lists() });
    },
  });
  return { enroll, done };
}

function Enroll({ session }: { session: TrainingSessionResponse }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useQuery({
    ...employeeQueries.list({ q, subunits: true, sort: 'name', page: 1, pageSize: 8, includeTotal: false }),
    enabled: q.length >= 2,
  });
  const { enroll, done } = useEnroll(session);
  return (
    <div className="card" data-testid="enroll">
      <h2>{t('training.enroll')}</h2>
      <label>{t('training.enrollSearch')} <input type="search" value={text} onChange={e => setText(e.target.value)} data-testid="enroll-search" /></label>
      {q.length >= 2 && found.data && (
        <ul className="plain" data-testid="enroll-results">
          {found.data.items.map(e => (
            <li key={e.id} data-testid="enroll-result" className="actions">
              <span>{e.name} <span className="mono small nowrap">{formatNip(e.nip)}</span> <span className="muted small">{e.unitName}</span></span>
              <button type="button" className="secondary" data-testid="enroll-button" disabled={enroll.isPending} onClick={() => enroll.mutate(e.id)}>{t('training.enrollButton')}</button>
            </li>
          ))}
          {found.data.items.length === 0 && <li>{t('employees.empty')}</li>}
        </ul>
      )}
      {done && <Notice testId="enroll-done">{done}</Notice>}
      <TrainingProblem error={enroll.error} testId="enroll-problem" />
    </div>
  );
}

function Candidates({ session }: { session: TrainingSessionResponse }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const candidates = useQuery(sessionQueries.candidates(session.id, page));
  const { enroll, done } = useEnroll(session);
  return (
    <div className="card" data-testid="candidates">
      <h2>{t('training.candidates')}</h2>
      <p className="muted small">{t('training.candidatesHint')}</p>
      <Status loading={candidates.isLoading} error={candidates.error} />
      {done && <Notice testId="candidate-done">{done}</Notice>}
      <TrainingProblem error={enroll.error} testId="candidate-problem" />
      {candidates.data && (
        <>
          <div className="table-wrap">
            <table className="cards candidate-list">
              <thead><tr><th>{t('training.employee')}</th><th>{t('training.unit')}</th><th>{t('training.gaps')}</th><th>{t('training.score')}</th><th><span className="sr-only">{t('training.actions')}</span></th></tr></thead>
              <tbody>
                {candidates.data.items.length === 0 && <tr><td colSpan={5}>{t('training.noCandidates')}</td></tr>}
                {candidates.data.items.map(c => (
                  <tr key={c.employeeId} data-testid="candidate-row">
                    <td data-label={t('training.employee')}>{c.name}<br /><span className="mono small nowrap">{formatNip(c.nip)}</span></td>
                    <td data-label={t('training.unit')}>{c.unitName}</td>
                    <td data-label={t('training.gaps')}>
                      <ul className="gap-list">{c.gaps.map(g => <li key={g.competencyId}>{t('training.gapItem', { name: g.competencyName, gap: g.gap })}</li>)}</ul>
                    </td>
                    <td data-label={t('training.score')}>{formatNumber(c.score)}</td>
                    <td data-label={t('training.actions')}>
                      <button type="button" className="secondary" data-testid="candidate-enroll" disabled={enroll.isPending} onClick={() => enroll.mutate(c.employeeId)}>{t('training.enrollButton')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={10} total={candidates.data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}

/** What a participant's status and the session's status allow (EnrollmentRules on the server). */
function stepsFor(e: EnrollmentResponse, session: TrainingSessionStatus): EnrollmentStep[] {
  const running = session === TrainingSessionStatus.Running;
  const resultable = running || session === TrainingSessionStatus.Finished;
  const beforeStart = session === TrainingSessionStatus.Planned || session === TrainingSessionStatus.Open;
  switch (e.status) {
    case EnrollmentStatus.Registered:
      return [...(running ? ['attend' as const] : []), ...(resultable ? ['complete' as const, 'notComplete' as const] : []), ...(beforeStart ? ['withdraw' as const] : [])];
    case EnrollmentStatus.Attending:
      return resultable ? ['complete', 'notComplete'] : [];
    default:
      return [];
  }
}

function Roster({ session }: { session: TrainingSessionResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const [f, setF] = useUrlState({ rsort: 'name', rpage: '1', rstatus: '' });
  const page = pageOf(f.rpage);
  const status = Object.values(EnrollmentStatus).find(s => s === f.rstatus);
  const roster = useQuery(sessionQueries.roster(session.id, { status, sort: f.rsort, page, pageSize: ROSTER_SIZE }));
  const [editing, setEditing] = useState<string>();
  const [done, setDone] = useState<string>();
  const move = useMutation({
    mutationFn: ({ e, step }: { e: EnrollmentResponse; step: EnrollmentStep }) => trainingCommands.moveEnrollment(session.id, e.id, e.version, step),
    onMutate: () => setDone(undefined),
    onSuccess: async (e, { step }) => {
      const text = t(`training.stepDone.${step}`, { name: e.employeeName, jp: formatNumber(e.jpCredited) });
      setDone(e.certificateNumber ? `${text} ${t('training.certificateIssued', { number: e.certificateNumber })}` : text);
      await queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) });
    },
  });
  const onSort = (rsort: string) => setF({ rsort });
  return (
    <div className="card" data-testid="roster">
      <h2>{t('training.roster')}</h2>
      <div className="filters">
        <label>{t('common.status')}
          <select value={f.rstatus} onChange={e => setF({ rstatus: e.target.value })} data-testid="roster-filter-status">
            <option value="">{t('common.all')}</option>
            {Object.values(EnrollmentStatus).map(s => <option key={s} value={s}>{t(`training.enrollment.${s}`)}</option>)}
          </select>
        </label>
      </div>
      {done && <Notice testId="roster-done">{done}</Notice>}
      <TrainingProblem error={move.error} testId="roster-problem" onReload={() => { move.reset(); void queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) }); }} />
      <Status loading={roster.isLoading} error={roster.error} />
      {roster.data && (
        <>
          <div className="table-wrap">
            <table className="cards roster">
              <thead>
                <tr>
                  <SortHeader label={t('training.employee')} sortKey="name" sort={f.rsort} onSort={onSort} />
                  <SortHeader label={t('training.unit')} sortKey="unit" sort={f.rsort} onSort={onSort} />
                  <SortHeader label={t('common.status')} sortKey="status" sort={f.rsort} onSort={onSort} />
                  <th>{t('training.days')}</th><th>{t('training.pre')}</th><th>{t('training.post')}</th><th>{t('training.certificateNo')}</th>
                  <th>{t('training.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {roster.data.items.length === 0 && <tr><td colSpan={8}>{t('training.emptyRoster')}</td></tr>}
                {roster.data.items.map(e => (
                  <tr key={e.id} data-testid="roster-row" data-employee={e.employeeId}>
                    <td data-label={t('training.employee')}><Link to={`/pegawai/${e.employeeId}`}>{e.employeeName}</Link><br /><span className="mono small nowrap">{formatNip(e.nip)}</span></td>
                    <td data-label={t('training.unit')}>{e.unitName}</td>
                    <td data-label={t('common.status')}><span className={`badge ${enrollmentTone(e.status)}`} data-testid="roster-status">{t(`training.enrollment.${e.status}`)}</span></td>
                    <td data-label={t('training.days')}>{formatNumber(e.daysPresent)}</td>
                    <td data-label={t('training.pre')}>{formatNumber(e.preTestScore) || t('common.none')}</td>
                    <td data-label={t('training.post')}>{formatNumber(e.postTestScore) || t('common.none')}</td>
                    <td data-label={t('training.certificateNo')} data-testid="roster-certificate">
                      {e.certificateNumber ? <span className="mono">{e.certificateNumber}</span> : t('common.none')}
                      {e.jpCredited != null && <span className="small muted" data-testid="roster-jp"> · {formatNumber(e.jpCredited)} JP</span>}
                    </td>
                    <td data-label={t('training.actions')}>
                      {can.draftPlans && (
                        <span className="actions">
                          {stepsFor(e, session.status).map(step => (
                            <button key={step} type="button" className={step === 'complete' ? undefined : 'secondary'} data-testid={`roster-${step}`}
                                    disabled={move.isPending} onClick={() => move.mutate({ e, step })}>{t(`training.step.${step}`)}</button>
                          ))}
                          {e.status !== EnrollmentStatus.Withdrawn && (
                            <button type="button" className="link" data-testid="roster-attendance" onClick={() => setEditing(editing === e.id ? undefined : e.id)}>{t('training.attendance')}</button>
                          )}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={ROSTER_SIZE} total={roster.data.total} onPage={p => setF({ rpage: String(p) })} />
        </>
      )}
      {editing && <AttendanceEditor key={editing} session={session} enrollmentId={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
