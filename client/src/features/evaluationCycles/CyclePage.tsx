import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  EvaluationCycleStatus, FindingSeverity, FollowUpActionKind, FollowUpActionStatus,
  type EvaluationCycleResponse, type FindingRequest, type FindingResponse, type FollowUpActionRequest, type FollowUpActionResponse,
} from '../../api';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { usePermissions } from '../auth/permissions';
import { planCommands, planKeys } from '../development/queries';
import { programQueries, sessionQueries } from '../training/queries';
import { ConfirmButton } from '../training/common';
import { actionTone, cycleTone, EvaluationProblem, figure, IndicatorCard } from './common';
import { emptyPlanItemChoice, NEW_ITEM, newPlanBody, PlanItemPicker, type PlanItemChoice } from './PlanItemPicker';
import { cycleCommands, cycleKeys, cycleQueries } from './queries';

/** The steps each action status offers (EvaluationRules.CanMove on the server). */
const NEXT: Record<FollowUpActionStatus, FollowUpActionStatus[]> = {
  [FollowUpActionStatus.Open]: [FollowUpActionStatus.InProgress, FollowUpActionStatus.Done, FollowUpActionStatus.Cancelled],
  [FollowUpActionStatus.InProgress]: [FollowUpActionStatus.Done, FollowUpActionStatus.Cancelled],
  [FollowUpActionStatus.Done]: [],
  [FollowUpActionStatus.Cancelled]: [],
};

/** One evaluation cycle: its indicators (live or the snapshot, labelled), the comparison, findings and their actions, closing. */
export function CyclePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const cycle = useQuery(cycleQueries.detail(id));
  if (isNotFound(cycle.error)) return <NotFound back="/evaluasi" />;
  return (
    <section>
      <p><Link to="/evaluasi">← {t('evaluation.back')}</Link></p>
      <Status loading={cycle.isLoading} error={cycle.error} />
      {cycle.data && <Cycle cycle={cycle.data} />}
    </section>
  );
}

function Cycle({ cycle }: { cycle: EvaluationCycleResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const [done, setDone] = useState<string>();
  const close = useMutation({
    mutationFn: () => cycleCommands.close(cycle.id, cycle.version),
    onMutate: () => setDone(undefined),
    onSuccess: async next => {
      queries.setQueryData(cycleKeys.detail(cycle.id), next);
      setDone(t('evaluation.closedDone'));
      await queries.invalidateQueries({ queryKey: cycleKeys.all });
    },
  });
  const open = cycle.status === EvaluationCycleStatus.Open;
  return (
    <>
      <div className="card" data-testid="cycle-detail">
        <h1>{cycle.name}<span className={`badge ${cycleTone(cycle.status)}`} data-testid="cycle-status">{t(`evaluation.statuses.${cycle.status}`)}</span></h1>
        <dl className="fields">
          <dt>{t('evaluation.scope')}</dt><dd>{cycle.unitName ?? t('evaluation.tenantWide')}</dd>
          <dt>{t('evaluation.period')}</dt><dd>{formatDate(cycle.periodFrom)} – {formatDate(cycle.periodTo)}</dd>
          {cycle.closedAt && <><dt>{t('evaluation.status')}</dt><dd>{t('evaluation.closedBy', { at: formatDateTime(cycle.closedAt), by: cycle.closedBy })}</dd></>}
        </dl>
        {can.draftPlans && open && (
          <div className="actions">
            <ConfirmButton label={t('evaluation.close')} question={t('evaluation.closeConfirm', { name: cycle.name })} yes={t('evaluation.closeYes')}
                           testId="cycle-close" pending={close.isPending} onConfirm={() => close.mutate()} />
          </div>
        )}
      </div>
      {done && <Notice testId="cycle-done">{done}</Notice>}
      <EvaluationProblem error={close.error} testId="close-problem" onReload={() => { close.reset(); void queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) }); }} />
      <Indicators cycle={cycle} />
      <Comparison cycle={cycle} />
      <Findings cycle={cycle} />
    </>
  );
}

function Indicators({ cycle }: { cycle: EvaluationCycleResponse }) {
  const { t } = useTranslation();
  const indicators = useQuery(cycleQueries.indicators(cycle.id));
  return (
    <div className="card" data-testid="indicators">
      <h2>{t('evaluation.indicators')}</h2>
      <Status loading={indicators.isLoading} error={indicators.error} />
      {indicators.data && (
        <>
          <p className={indicators.data.snapshot ? 'eval-banner frozen' : 'eval-banner'} data-testid="indicators-kind" data-snapshot={String(indicators.data.snapshot)}>
            {t(indicators.data.snapshot ? 'evaluation.snapshot' : 'evaluation.live', { at: formatDateTime(indicators.data.computedAt) })}
          </p>
          <div className="indicators">{indicators.data.indicators.map(i => <IndicatorCard key={i.code} indicator={i} />)}</div>
          <p className="muted small">{t('evaluation.pending')}</p>
        </>
      )}
    </div>
  );
}

function Comparison({ cycle }: { cycle: EvaluationCycleResponse }) {
  const { t } = useTranslation();
  const comparison = useQuery(cycleQueries.comparison(cycle.id));
  const data = comparison.data;
  return (
    <div className="card" data-testid="comparison">
      <h2>{t('evaluation.comparison')}</h2>
      <Status loading={comparison.isLoading} error={comparison.error} />
      {data && !data.previousCycleId && <p className="muted">{t('evaluation.noPrevious')}</p>}
      {data?.previousCycleId && (
        <>
          <p><Link to={`/evaluasi/siklus/${data.previousCycleId}`}>{t('evaluation.previousName', { name: data.previousCycleName })}</Link></p>
          <div className="table-wrap">
            <table className="cards">
              <thead><tr><th>{t('evaluation.indicator')}</th><th>{t('evaluation.previous')}</th><th>{t('evaluation.current')}</th><th>{t('evaluation.change')}</th><th>{t('evaluation.direction')}</th></tr></thead>
              <tbody>
                {data.indicators.map(i => (
                  <tr key={i.code} data-testid="comparison-row" data-code={i.code}>
                    <td data-label={t('evaluation.indicator')}>{i.label}</td>
                    <td data-label={t('evaluation.previous')}>{figure(i.previous, i.unit, t)}</td>
                    <td data-label={t('evaluation.current')}>{figure(i.current, i.unit, t)}</td>
                    <td data-label={t('evaluation.change')}>{i.change == null ? '—' : `${i.change > 0 ? '+' : ''}${formatNumber(i.change, i.unit === 'indeks' ? 2 : 1)}`}</td>
                    <td data-label={t('evaluation.direction')} className={`direction-${i.direction}`}>{t(`evaluation.directions.${i.direction}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function Findings({ cycle }: { cycle: EvaluationCycleResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const findings = useQuery(cycleQueries.findings(cycle.id));
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();
  const open = cycle.status === EvaluationCycleStatus.Open;
  return (
    <div className="card" data-testid="findings">
      <h2>{t('evaluation.findings')}</h2>
      <Status loading={findings.isLoading} error={findings.error} />
      {findings.data?.findings.length === 0 && <p className="muted">{t('evaluation.noFindings')}</p>}
      {findings.data?.findings.map(f => <Finding key={f.id} cycle={cycle} finding={f} onDeleted={() => setDone(t('evaluation.findingDeleted', { title: f.title }))} />)}
      {done && <Notice testId="finding-done">{done}</Notice>}
      {can.draftPlans && open && !adding && <button type="button" data-testid="finding-new" onClick={() => { setDone(undefined); setAdding(true); }}>{t('evaluation.newFinding')}</button>}
      {can.draftPlans && !open && <p className="muted small">{t('evaluation.closedNoFindings')}</p>}
      {adding && <FindingForm cycle={cycle} onCancel={() => setAdding(false)} onSaved={() => { setAdding(false); setDone(t('evaluation.findingSaved')); }} />}
    </div>
  );
}

const FINDING_FIELDS = ['title', 'description', 'indicatorCode', 'evidenceLink', 'severity'];

/** What the form starts from: blank for a new finding, the finding as read for a correction. */
const findingBody = (f?: FindingResponse): FindingRequest => f
  // The evidence link is sent only when it is not the indicator's own page, so a new indicator brings its own page along.
  ? { title: f.title, description: f.description ?? '', indicatorCode: f.indicatorCode ?? '', severity: f.severity, evidenceLink: f.indicatorCode ? undefined : f.evidenceLink }
  : { title: '', description: '', indicatorCode: '', severity: FindingSeverity.Medium };

/** A new finding, or (with `existing`) a correction in place with the version it was read at (If-Match; 412 offers the latest). */
function FindingForm({ cycle, existing, onCancel, onSaved }: { cycle: EvaluationCycleResponse; existing?: FindingResponse; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const indicators = useQuery(cycleQueries.indicators(cycle.id));
  const [body, setBody] = useState<FindingRequest>(() => findingBody(existing));
  const [version, setVersion] = useState(existing?.version ?? 0);
  const set = (patch: Partial<FindingRequest>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const request = { ...body, description: body.description || undefined, indicatorCode: body.indicatorCode || undefined, evidenceLink: body.evidenceLink || undefined };
      return existing ? cycleCommands.updateFinding(existing.id, version, request) : cycleCommands.createFinding(cycle.id, request);
    },
    onSuccess: async () => { await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) }); await queries.invalidateQueries({ queryKey: cycleKeys.lists() }); onSaved(); },
    // Closed meanwhile (409) or changed meanwhile (412): the page reads the cycle and its findings again, so the truth shows beside the problem.
    onError: async () => { await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) }); },
  });
  // The latest version of the finding, once read again: the form starts over from it.
  const reload = existing ? () => { setBody(findingBody(existing)); setVersion(existing.version); save.reset(); } : undefined;
  const prefix = existing ? `finding-${existing.id.slice(0, 8)}` : 'finding';
  const input = (name: keyof FindingRequest) => ({ id: `${prefix}-${name}`, 'data-testid': `finding-${name}`, ...invalidProps(save.error, name) });
  return (
    <form noValidate className={existing ? 'finding-edit' : 'card'} data-testid="finding-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h3>{t(existing ? 'evaluation.editFinding' : 'evaluation.newFinding')}</h3>
      <div className="eval-form">
        <label htmlFor={`${prefix}-title`}>{t('evaluation.findingTitle')}</label>
        <span><input {...input('title')} value={body.title ?? ''} onChange={e => set({ title: e.target.value })} /><FieldError error={save.error} name="title" /></span>
        <label htmlFor={`${prefix}-description`}>{t('evaluation.description')}</label>
        <span><textarea {...input('description')} rows={3} value={body.description ?? ''} onChange={e => set({ description: e.target.value })} /><FieldError error={save.error} name="description" /></span>
        <label htmlFor={`${prefix}-indicatorCode`}>{t('evaluation.evidence')}</label>
        <span><select {...input('indicatorCode')} value={body.indicatorCode ?? ''} onChange={e => set({ indicatorCode: e.target.value })}>
          <option value="">{t('evaluation.noIndicator')}</option>
          {indicators.data?.indicators.map(i => <option key={i.code} value={i.code}>{i.label}</option>)}
        </select><FieldError error={save.error} name="indicatorCode" /></span>
        <label htmlFor={`${prefix}-severity`}>{t('evaluation.severity')}</label>
        <span><select {...input('severity')} value={body.severity ?? ''} onChange={e => set({ severity: e.target.value as FindingSeverity })}>
          {Object.values(FindingSeverity).map(s => <option key={s} value={s}>{t(`evaluation.severities.${s}`)}</option>)}
        </select><FieldError error={save.error} name="severity" /></span>
      </div>
      <EvaluationProblem error={save.error} fields={FINDING_FIELDS} testId="finding-problem" onReload={reload} />
      <p className="actions">
        <button type="submit" data-testid="finding-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}

function Finding({ cycle, finding, onDeleted }: { cycle: EvaluationCycleResponse; finding: FindingResponse; onDeleted: () => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [updated, setUpdated] = useState(false);
  const [done, setDone] = useState<string>();
  const open = cycle.status === EvaluationCycleStatus.Open;
  const remove = useMutation({
    mutationFn: () => cycleCommands.deleteFinding(finding.id, finding.version),
    onMutate: () => setDone(undefined),
    onSuccess: async () => {
      onDeleted();
      await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) });
      await queries.invalidateQueries({ queryKey: cycleKeys.lists() });
    },
    // Closed, started or changed meanwhile: read the cycle again so the page shows why, beside the problem.
    onError: async () => { await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) }); },
  });
  const evidence = finding.evidenceLink && !finding.evidenceLink.startsWith('/api/') ? finding.evidenceLink : undefined;
  return (
    <article className="finding" data-testid="finding" data-id={finding.id}>
      {editing ? (
        <FindingForm cycle={cycle} existing={finding} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); setUpdated(true); }} />
      ) : <>
        <h3>{finding.title}<span className={`badge ${finding.severity === FindingSeverity.High ? 'bad' : finding.severity === FindingSeverity.Medium ? 'warn' : 'neutral'}`} data-testid="finding-severity-badge">
          {t(`evaluation.severities.${finding.severity}`)}</span></h3>
        {finding.description && <p className="pre-line" data-testid="finding-text">{finding.description}</p>}
        {(finding.indicatorCode || finding.evidenceLink) && (
          <p className="small"><span className="muted">{t('evaluation.evidence')}:</span> {finding.indicatorCode && <span className="mono">{finding.indicatorCode}</span>}
            {evidence && <> · <Link to={evidence}>{t('evaluation.seeFigure')}</Link></>}
            {!evidence && finding.evidenceLink && <> · <span className="mono break">{finding.evidenceLink}</span></>}</p>
        )}
        {can.draftPlans && open && (
          <p className="actions wrap">
            <button type="button" className="secondary" data-testid="finding-edit" onClick={() => { setDone(undefined); setUpdated(false); remove.reset(); setEditing(true); }}>{t('evaluation.editFinding')}</button>
            <ConfirmButton label={t('evaluation.deleteFinding')} question={t('evaluation.deleteConfirm', { title: finding.title })} yes={t('evaluation.deleteYes')}
                           testId="finding-delete" pending={remove.isPending} onConfirm={() => remove.mutate()} />
          </p>
        )}
        {updated && <Notice testId="finding-updated">{t('evaluation.findingUpdated')}</Notice>}
        <EvaluationProblem error={remove.error} testId="finding-delete-problem"
                           onReload={() => { remove.reset(); void queries.invalidateQueries({ queryKey: cycleKeys.findings(cycle.id) }); }} />
      </>}
      <h4>{t('evaluation.actions')}</h4>
      {finding.actions.length === 0 && <p className="muted small">{t('evaluation.noActions')}</p>}
      <ul className="action-list">
        {finding.actions.map(a => <Action key={a.id} cycle={cycle} action={a} onMoved={setDone} />)}
      </ul>
      {done && <Notice testId="action-done">{done}</Notice>}
      {can.draftPlans && !adding && <button type="button" className="secondary" data-testid="action-new" onClick={() => { setDone(undefined); setAdding(true); }}>{t('evaluation.newAction')}</button>}
      {adding && <ActionForm cycle={cycle} finding={finding} onCancel={() => setAdding(false)} onSaved={() => { setAdding(false); setDone(t('evaluation.actionSaved')); }} />}
    </article>
  );
}

function Action({ cycle, action, onMoved }: { cycle: EvaluationCycleResponse; action: FollowUpActionResponse; onMoved: (text: string) => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const move = useMutation({
    mutationFn: (to: FollowUpActionStatus) => cycleCommands.moveAction(action.id, action.version, to),
    onSuccess: async a => {
      onMoved(t('evaluation.moved', { status: t(`evaluation.actionStatuses.${a.status}`) }));
      await queries.invalidateQueries({ queryKey: cycleKeys.findings(cycle.id) });
      await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id), exact: true });
    },
  });
  return (
    <li data-testid="action" data-status={action.status}>
      <span className="what">
        <span className="muted small">{t(`evaluation.kinds.${action.kind}`)}:</span> {action.title}
        <span className="small"> · {action.ownerName} · {t('evaluation.due')} {formatDate(action.dueDate)}</span>
        <span className={`badge ${actionTone(action.status, action.overdue)}`} data-testid="action-status">{t(`evaluation.actionStatuses.${action.status}`)}</span>
        {action.overdue && <span className="badge bad" data-testid="action-overdue">{t('evaluation.overdue')}</span>}
      </span>
      {can.draftPlans && NEXT[action.status].length > 0 && (
        <span className="actions">
          {NEXT[action.status].map(to => (
            <button key={to} type="button" className="secondary" data-testid={`action-${to}`} disabled={move.isPending} onClick={() => move.mutate(to)}>{t(`evaluation.steps.${to}`)}</button>
          ))}
        </span>
      )}
      <EvaluationProblem error={move.error} testId="action-problem" onReload={() => { move.reset(); void queries.invalidateQueries({ queryKey: cycleKeys.findings(cycle.id) }); }} />
    </li>
  );
}

// employeeId and items[…] are the errors of the plan a new plan item is drafted in (shown under the picker's inputs and the due date).
const ACTION_FIELDS = ['kind', 'planItemId', 'programId', 'sessionId', 'title', 'ownerEmployeeId', 'ownerName', 'dueDate', 'employeeId', 'items'];
const KINDS = [FollowUpActionKind.Task, FollowUpActionKind.Program, FollowUpActionKind.Session, FollowUpActionKind.PlanItem];

/**
 * A new action: a free task, a training program or a session of the tenant, or a development-plan item of an employee,
 * chosen from their plans or drafted here (a plan of the due date's year with that item, then the action naming it).
 */
function ActionForm({ cycle, finding, onCancel, onSaved }: { cycle: EvaluationCycleResponse; finding: FindingResponse; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [body, setBody] = useState<FollowUpActionRequest>({ kind: FollowUpActionKind.Task, title: '', ownerName: '', dueDate: '' });
  const programs = useQuery({ ...programQueries.list({ active: true, sort: 'title', page: 1, pageSize: 500 }), enabled: body.kind === FollowUpActionKind.Program });
  const sessions = useQuery({ ...sessionQueries.list({ q: '', sort: '-startDate', page: 1, pageSize: 100 }), enabled: body.kind === FollowUpActionKind.Session });
  const [plan, setPlan] = useState<PlanItemChoice>(emptyPlanItemChoice);
  const set = (patch: Partial<FollowUpActionRequest>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: async () => {
      let planItemId = body.kind === FollowUpActionKind.PlanItem && plan.planItemId !== NEW_ITEM ? plan.planItemId : undefined;
      if (body.kind === FollowUpActionKind.PlanItem && plan.planItemId === NEW_ITEM && plan.employee) {
        const created = await planCommands.create(newPlanBody(plan, body.dueDate || undefined, t('evaluation.planTitle', { name: cycle.name })));
        planItemId = created.items?.[0]?.id;
        // A retry (say the owner was missing) links the item just drafted rather than drafting a second plan.
        if (planItemId) setPlan(p => ({ ...p, planItemId: planItemId! }));
        await queries.invalidateQueries({ queryKey: planKeys.all });
      }
      return cycleCommands.createAction(finding.id, {
        kind: body.kind, title: body.title || undefined, ownerName: body.ownerName || undefined, dueDate: body.dueDate || undefined,
        programId: body.kind === FollowUpActionKind.Program ? body.programId || undefined : undefined,
        sessionId: body.kind === FollowUpActionKind.Session ? body.sessionId || undefined : undefined,
        planItemId,
      });
    },
    onSuccess: async () => { await queries.invalidateQueries({ queryKey: cycleKeys.detail(cycle.id) }); onSaved(); },
  });
  const prefix = `action-${finding.id.slice(0, 8)}`;
  const input = (name: keyof FollowUpActionRequest) => ({ id: `${prefix}-${name}`, 'data-testid': `action-${name}`, ...invalidProps(save.error, name) });
  return (
    <form noValidate className="card" data-testid="action-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h4>{t('evaluation.newAction')}</h4>
      <div className="eval-form">
        <label htmlFor={`${prefix}-kind`}>{t('evaluation.kind')}</label>
        <span><select {...input('kind')} value={body.kind ?? ''} onChange={e => set({ kind: e.target.value as FollowUpActionKind })}>
          {KINDS.map(k => <option key={k} value={k}>{t(`evaluation.kinds.${k}`)}</option>)}
        </select><FieldError error={save.error} name="kind" /></span>
        {body.kind === FollowUpActionKind.Program && <>
          <label htmlFor={`${prefix}-programId`}>{t('evaluation.program')}</label>
          <span><select {...input('programId')} value={body.programId ?? ''} onChange={e => set({ programId: e.target.value })}>
            <option value="">—</option>
            {programs.data?.items.map(p => <option key={p.id} value={p.id}>{p.code} {p.title}</option>)}
          </select><FieldError error={save.error} name="programId" /></span>
        </>}
        {body.kind === FollowUpActionKind.Session && <>
          <label htmlFor={`${prefix}-sessionId`}>{t('evaluation.session')}</label>
          <span><select {...input('sessionId')} value={body.sessionId ?? ''} onChange={e => set({ sessionId: e.target.value })}>
            <option value="">—</option>
            {sessions.data?.items.map(s => <option key={s.id} value={s.id}>{s.name} ({formatDate(s.startDate)})</option>)}
          </select><FieldError error={save.error} name="sessionId" /></span>
        </>}
        {body.kind === FollowUpActionKind.PlanItem && (
          <PlanItemPicker prefix={prefix} choice={plan} dueDate={body.dueDate || undefined} error={save.error} onChange={patch => { setPlan(p => ({ ...p, ...patch })); save.reset(); }} />
        )}
        <label htmlFor={`${prefix}-title`}>{t('evaluation.actionTitle')}</label>
        <span><input {...input('title')} value={body.title ?? ''} onChange={e => set({ title: e.target.value })} /><FieldError error={save.error} name="title" /></span>
        <label htmlFor={`${prefix}-ownerName`}>{t('evaluation.owner')}</label>
        <span><input {...input('ownerName')} value={body.ownerName ?? ''} onChange={e => set({ ownerName: e.target.value })} /><FieldError error={save.error} name="ownerName" /></span>
        <label htmlFor={`${prefix}-dueDate`}>{t('evaluation.due')}</label>
        <span><input {...input('dueDate')} type="date" value={body.dueDate ?? ''} onChange={e => set({ dueDate: e.target.value })} /><FieldError error={save.error} name="dueDate" />
          <FieldError error={save.error} name="items[0].dueDate" /><FieldError error={save.error} name="items[0]" /></span>
      </div>
      <EvaluationProblem error={save.error} fields={ACTION_FIELDS} testId="action-form-problem" />
      <p className="actions">
        <button type="submit" data-testid="action-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
