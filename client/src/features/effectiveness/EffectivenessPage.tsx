import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EffectivenessGrouping, EnrollmentStatus, type ReactionLinkResponse, type SessionParticipantEffectiveness } from '../../api';
import { Status } from '../../shared/common';
import { Notice } from '../../shared/ProblemAlert';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../shared/format';
import { useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { EffProblem, EffTabs, LearningCell, Level3Cell, ReactionCell, ReactionForm } from './common';
import { followUpQueries } from '../followUps/queries';
import { effCommands, effKeys, effQueries, type EffectivenessParams } from './queries';

const GROUPS = Object.values(EffectivenessGrouping);
const PARTICIPATED: EnrollmentStatus[] = [EnrollmentStatus.Attending, EnrollmentStatus.Completed, EnrollmentStatus.NotCompleted];

/**
 * Training effectiveness by program or partner: the four levels side by side (level 3 from the supervisors' follow-ups), a row's
 * sessions, one session with its questionnaire results, participants and the reaction entry, and level 4 of a program.
 * Everything chosen is in the address.
 */
export function EffectivenessPage() {
  const { t } = useTranslation();
  const [f, setF] = useUrlState({ groupBy: EffectivenessGrouping.Program as string, from: '', to: '', row: '', sesi: '', hasil: '', bulan: '6' });
  const groupBy = GROUPS.find(g => g === f.groupBy) ?? EffectivenessGrouping.Program;
  const params: EffectivenessParams = { groupBy, from: f.from, to: f.to };
  const list = useQuery(effQueries.list(params));
  // Level 3 per program over the same period of session end dates (FollowUpResults).
  const level3 = useQuery({ ...followUpQueries.results(f.from, undefined, f.to || undefined), enabled: groupBy === EffectivenessGrouping.Program });
  const byProgram = new Map((level3.data ?? []).map(r => [r.programId, r]));
  const row = list.data?.items.find(r => (r.id ?? 'none') === f.row);
  return (
    <section>
      <h1>{t('eff.title')}</h1>
      <EffTabs />
      <div className="filters">
        <label>{t('eff.groupBy')}
          <select value={groupBy} onChange={e => setF({ groupBy: e.target.value, row: '', sesi: '', hasil: '' })} data-testid="eff-group">
            {GROUPS.map(g => <option key={g} value={g}>{t(g === EffectivenessGrouping.Program ? 'eff.byProgram' : 'eff.byPartner')}</option>)}
          </select>
        </label>
        <label>{t('eff.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="eff-from" /></label>
        <label>{t('eff.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="eff-to" /></label>
      </div>
      <EffProblem error={list.error} fields={['from', 'to']} testId="eff-problem" />
      {list.isLoading && <Status loading />}
      {list.data && (
        <div className="table-wrap">
          <table className="cards eff-levels" data-testid="eff-table">
            <thead>
              <tr>
                <th>{t('eff.name')}</th><th>{t('eff.sessions')}</th><th>{t('eff.level1')}</th><th>{t('eff.level2')}</th><th>{t('eff.level3')}</th><th>{t('eff.level4')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 && <tr><td colSpan={6}>{t('eff.empty')}</td></tr>}
              {list.data.items.map(r => {
                const key = r.id ?? 'none';
                return (
                  <tr key={key} data-testid="eff-row" className={`clickable${f.row === key ? ' selected' : ''}`} tabIndex={0}
                      onClick={() => setF({ row: key, sesi: '', hasil: '' })} onKeyDown={k => { if (k.key === 'Enter') setF({ row: key, sesi: '', hasil: '' }); }}>
                    <td data-label={t('eff.name')}>{r.code ? `${r.code} — ` : ''}{r.name}</td>
                    <td data-label={t('eff.sessions')}>{r.sessions}</td>
                    <td data-label={t('eff.level1')}><ReactionCell r={r.reaction} /></td>
                    <td data-label={t('eff.level2')}><LearningCell l={r.learning} /></td>
                    <td data-label={t('eff.level3')}><Level3Cell perProgram={groupBy === EffectivenessGrouping.Program} result={r.id ? byProgram.get(r.id) : undefined} /></td>
                    <td data-label={t('eff.level4')}>
                      {groupBy === EffectivenessGrouping.Program && r.id
                        ? <button type="button" className="secondary" data-testid="eff-results"
                                  onClick={e => { e.stopPropagation(); setF({ row: key, hasil: r.id!, sesi: '' }); }}>{t('eff.results')}</button>
                        : <span className="muted">{t('eff.noData')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            {list.data.items.length > 0 && (
              <tfoot>
                <tr>
                  <th scope="row">{t('eff.total')}</th><td />
                  <td data-label={t('eff.level1')}><ReactionCell r={list.data.reaction} /></td>
                  <td data-label={t('eff.level2')}><LearningCell l={list.data.learning} /></td>
                  <td /><td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {f.hasil && <ResultsPanel programId={f.hasil} months={Number(f.bulan) || 6} onMonths={m => setF({ bulan: String(m), row: f.row, hasil: f.hasil })} />}
      {row && !f.hasil && <SessionsList kind={groupBy === EffectivenessGrouping.Program ? 'program' : 'partner'} id={row.id ?? ''} name={row.name} params={params}
                                         chosen={f.sesi} onChoose={id => setF({ sesi: id, row: f.row })} />}
      {f.sesi && <SessionPanel id={f.sesi} />}
    </section>
  );
}

function SessionsList({ kind, id, name, params, chosen, onChoose }: {
  kind: 'program' | 'partner'; id: string; name: string; params: EffectivenessParams; chosen: string; onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const sessions = useQuery({ ...effQueries.sessions(kind, id, params), enabled: id !== '' });
  return (
    <div className="card" data-testid="eff-sessions">
      <h2>{t('eff.sessionsOf', { name })}</h2>
      <Status loading={sessions.isLoading} error={sessions.error} />
      {sessions.data && (
        <div className="table-wrap">
          <table className="cards eff-levels">
            <thead><tr><th>{t('eff.sessionCol')}</th><th>{t('eff.dates')}</th><th>{t('eff.level1')}</th><th>{t('eff.level2')}</th><th /></tr></thead>
            <tbody>
              {sessions.data.map(s => (
                <tr key={s.sessionId} data-testid="eff-session-row" className={chosen === s.sessionId ? 'selected' : undefined}>
                  <td data-label={t('eff.sessionCol')}>{s.sessionName}</td>
                  <td data-label={t('eff.dates')}>{formatDate(s.startDate)} – {formatDate(s.endDate)}</td>
                  <td data-label={t('eff.level1')}><ReactionCell r={s.reaction} /></td>
                  <td data-label={t('eff.level2')}><LearningCell l={s.learning} /></td>
                  <td><button type="button" className="secondary" data-testid="eff-session-open" onClick={() => onChoose(s.sessionId)}>{t('eff.open')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** One session: the questionnaire's means per statement, level 2, the participants with the reaction entry and the one-time link. */
export function SessionPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const session = useQuery(effQueries.session(id));
  const [filling, setFilling] = useState<SessionParticipantEffectiveness>();
  const [notice, setNotice] = useState<string>();
  const [link, setLink] = useState<{ name: string; link: ReactionLinkResponse }>();
  // The panel opens below the tables: bring it into view when a session is chosen.
  const box = useRef<HTMLDivElement>(null);
  const loaded = !!session.data;
  useEffect(() => { if (loaded) box.current?.scrollIntoView({ block: 'start' }); }, [loaded]);
  const submit = useMutation({
    mutationFn: (body: Parameters<typeof effCommands.submit>[1]) => effCommands.submit(filling!.enrollmentId, body),
    onSuccess: async () => { setNotice(t('eff.saved', { name: filling!.employeeName })); setFilling(undefined); await queries.invalidateQueries({ queryKey: effKeys.all }); },
  });
  const issue = useMutation({
    mutationFn: (p: SessionParticipantEffectiveness) => effCommands.link(p.enrollmentId),
    onSuccess: (l, p) => { setNotice(undefined); setLink({ name: p.employeeName, link: l }); },
  });
  if (!session.data) return <Status loading={session.isLoading} error={session.error} />;
  const s = session.data;
  const mayEnter = can.draftPlans;
  return (
    <div className="card" data-testid="eff-session" ref={box}>
      <h2>{t('eff.session', { name: s.sessionName })}</h2>
      <p>{t('eff.program')}: {s.programTitle}{s.partnerName && <> · {t('eff.partner')}: {s.partnerName}</>} · {formatDate(s.startDate)} – {formatDate(s.endDate)}</p>
      <div className="results-side">
        <div><h3>{t('eff.level1')}</h3><ReactionCell r={s.reaction} /></div>
        <div><h3>{t('eff.level2')}</h3><LearningCell l={s.learning} /></div>
      </div>
      <h3>{t('eff.questionnaire', { name: s.template.name })}</h3>
      <div className="table-wrap">
        <table className="cards" data-testid="eff-items">
          <thead><tr><th>#</th><th>{t('eff.item')}</th><th>{t('eff.itemMean')}</th><th>{t('eff.n')}</th></tr></thead>
          <tbody>
            {s.items.map((i, k) => (
              <tr key={k}>
                <td data-label="#">{i.position}</td>
                <td data-label={t('eff.item')}>{i.text}</td>
                <td data-label={t('eff.itemMean')}>{i.mean == null ? t('eff.noData') : formatNumber(i.mean, 2)}</td>
                <td data-label={t('eff.n')}>{i.respondents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notice && <Notice testId="eff-notice">{notice}</Notice>}
      <EffProblem error={issue.error} testId="link-problem" />
      {link && (
        <div className="card" data-testid="link-box" role="status">
          <h3>{t('eff.linkFor', { name: link.name })}</h3>
          <p>{t('eff.linkHint', { until: formatDateTime(link.link.expiresAt) })}</p>
          <p className="link-box" data-testid="link-url">{window.location.origin + link.link.path}</p>
          <CopyButton text={window.location.origin + link.link.path} />
        </div>
      )}
      {filling && (
        <div className="card" data-testid="fill-box">
          <h3>{t('eff.fillFor', { name: filling.employeeName })}</h3>
          <p className="muted">{t('eff.fillHint')}</p>
          <ReactionForm key={filling.enrollmentId} items={s.template.items} pending={submit.isPending} error={submit.error} onSubmit={body => submit.mutate(body)} />
          <p><button type="button" className="secondary" onClick={() => { setFilling(undefined); submit.reset(); }}>{t('common.cancel')}</button></p>
        </div>
      )}
      <h3>{t('eff.participants')}</h3>
      <div className="table-wrap">
        <table className="cards" data-testid="eff-participants">
          <thead><tr><th>{t('eff.employee')}</th><th>{t('eff.unit')}</th><th>{t('eff.status')}</th><th>{t('eff.pre')}</th><th>{t('eff.post')}</th><th>{t('eff.answered')}</th></tr></thead>
          <tbody>
            {s.participants.map(p => (
              <tr key={p.enrollmentId} data-testid="eff-participant">
                <td data-label={t('eff.employee')}>{p.employeeName}</td>
                <td data-label={t('eff.unit')}>{p.unitName}</td>
                <td data-label={t('eff.status')}>{t(`eff.enrollment.${p.status}`)}</td>
                <td data-label={t('eff.pre')}>{p.preTestScore ?? t('eff.noData')}</td>
                <td data-label={t('eff.post')}>{p.postTestScore ?? t('eff.noData')}</td>
                <td data-label={t('eff.answered')}>
                  {p.answered ? t('eff.answeredYes', { mean: formatNumber(p.reactionMean, 2) }) : t('eff.answeredNo')}
                  {mayEnter && !p.answered && PARTICIPATED.includes(p.status) && (
                    <span className="actions">
                      <button type="button" data-testid="fill" onClick={() => { setNotice(undefined); setLink(undefined); submit.reset(); setFilling(p); }}>{t('eff.fill')}</button>
                      <button type="button" className="secondary" data-testid="make-link" disabled={issue.isPending} onClick={() => issue.mutate(p)}>{t('eff.link')}</button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('eff.comments')}</h3>
      {s.comments.length === 0 ? <p className="muted">{t('eff.noComments')}</p> : <ul data-testid="eff-comments">{s.comments.map((c, k) => <li key={k} style={{ whiteSpace: 'pre-line' }}>{c}</li>)}</ul>}
    </div>
  );
}

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <p className="actions">
      <button type="button" data-testid="copy-link" onClick={() => void navigator.clipboard?.writeText(text).then(() => setDone(true), () => setDone(false))}>{t('eff.copy')}</button>
      {done && <span role="status">{t('eff.copied')}</span>}
    </p>
  );
}

/** Level 4: the two periods side by side, under the caveat that it is a comparison, not a cause. */
function ResultsPanel({ programId, months, onMonths }: { programId: string; months: number; onMonths: (m: number) => void }) {
  const { t } = useTranslation();
  const results = useQuery(effQueries.results(programId, months));
  return (
    <div className="card" data-testid="eff-results-panel">
      <label>{t('eff.months')}
        <select value={months} onChange={e => onMonths(Number(e.target.value))} data-testid="eff-months">
          {[3, 6, 12].map(m => <option key={m} value={m}>{m}</option>)}
        </select>
      </label>
      <EffProblem error={results.error} fields={['months']} />
      {results.isLoading && <Status loading />}
      {results.data && (() => {
        const r = results.data;
        return (
          <>
            <h2>{t('eff.resultsOf', { title: r.programTitle })}</h2>
            <p className="caveat" data-testid="caveat">{r.caveat}</p>
            {r.trainingFrom == null ? <p>{t('eff.noGraduates')}</p> : <p>{t('eff.training', { from: formatDate(r.trainingFrom), to: formatDate(r.trainingTo) })}</p>}
            <h3>{t('eff.serviceUnits')}</h3>
            {r.serviceUnits.length === 0 ? <p>{t('eff.noServiceUnits')}</p>
              : <ul>{r.serviceUnits.map(u => <li key={u.serviceUnitId}>{u.name} — {t('eff.trained', { n: u.trainedStaff })}</li>)}</ul>}
            {r.before && r.after && (
              <div className="table-wrap">
                <table className="cards" data-testid="eff-results-table">
                  <thead><tr><th /><th>{t('eff.before')}<br /><small>{t('eff.period', { from: formatDate(r.before.from), to: formatDate(r.before.to) })}</small></th>
                    <th>{t('eff.after')}<br /><small>{t('eff.period', { from: formatDate(r.after.from), to: formatDate(r.after.to) })}</small></th></tr></thead>
                  <tbody>
                    <tr><th scope="row">{t('eff.ikm')}</th>
                      <td data-label={t('eff.before')}>{r.before.ikm == null ? t('eff.noData') : `${formatNumber(r.before.ikm, 2)} (${r.before.ikmGradeLabel})`}</td>
                      <td data-label={t('eff.after')}>{r.after.ikm == null ? t('eff.noData') : `${formatNumber(r.after.ikm, 2)} (${r.after.ikmGradeLabel})`}</td></tr>
                    <tr><th scope="row">{t('eff.ikmRespondents')}</th><td data-label={t('eff.before')}>{r.before.ikmRespondents}</td><td data-label={t('eff.after')}>{r.after.ikmRespondents}</td></tr>
                    <tr><th scope="row">{t('eff.complaints')}</th><td data-label={t('eff.before')}>{r.before.complaintsReceived}</td><td data-label={t('eff.after')}>{r.after.complaintsReceived}</td></tr>
                    <tr><th scope="row">{t('eff.onTime')}</th><td data-label={t('eff.before')}>{r.before.complaintsResolvedOnTime}</td><td data-label={t('eff.after')}>{r.after.complaintsResolvedOnTime}</td></tr>
                    <tr><th scope="row">{t('eff.late')}</th><td data-label={t('eff.before')}>{r.before.complaintsResolvedLate}</td><td data-label={t('eff.after')}>{r.after.complaintsResolvedLate}</td></tr>
                    <tr><th scope="row">{t('eff.overdue')}</th><td data-label={t('eff.before')}>{r.before.complaintsOpenOverdue}</td><td data-label={t('eff.after')}>{r.after.complaintsOpenOverdue}</td></tr>
                    <tr><th scope="row">{t('eff.compliance')}</th><td data-label={t('eff.before')}>{formatPercent(r.before.complaintCompliance)}</td><td data-label={t('eff.after')}>{formatPercent(r.after.complaintCompliance)}</td></tr>
                  </tbody>
                </table>
              </div>
            )}
          </>
        );
      })()}
    </div>
  );
}
