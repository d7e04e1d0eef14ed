import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DevelopmentPlanStatus, type DevelopmentPlanResponse } from '../../api';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { formatDate, formatDateTime, formatNip, formatNumber, formatPercent } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { usePermissions } from '../auth/permissions';
import { employeeKeys, employeeQueries } from '../employees/queries';
import { PlanEditor, type PlanCompetency } from './PlanForm';
import { statusTone } from './PlansPage';
import { planCommands, planKeys, planQueries } from './queries';

type Step = 'submit' | 'approve' | 'reject' | 'revise' | 'complete';

/** One plan: its items and the 10:20:70 share, what happened to it, and every step the flow allows from here. */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const plan = useQuery(planQueries.detail(id));
  if (isNotFound(plan.error)) return <NotFound back="/rencana" />;
  return (
    <section>
      <p><Link to="/rencana">← {t('plans.title')}</Link></p>
      <Status loading={plan.isLoading} error={plan.error} />
      {plan.data && <Plan plan={plan.data} />}
    </section>
  );
}

function Plan({ plan }: { plan: DevelopmentPlanResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const profile = useQuery({ ...employeeQueries.profile(plan.employeeId), enabled: editing });
  const move = useMutation({
    mutationFn: (step: Step) => {
      switch (step) {
        case 'submit': return planCommands.submit(plan.id, plan.version);
        case 'approve': return planCommands.approve(plan.id, plan.version);
        case 'reject': return planCommands.reject(plan.id, plan.version, reason.trim());
        case 'revise': return planCommands.revise(plan.id, plan.version);
        case 'complete': return planCommands.complete(plan.id, plan.version);
      }
    },
    onMutate: () => setDone(undefined),
    onSuccess: async (next, step) => {
      queries.setQueryData(planKeys.detail(plan.id), next);
      setRejecting(false);
      setReason('');
      setDone(step);
      await queries.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
  const status = plan.status;
  const items = plan.items ?? [];

  if (editing) {
    const known = new Map<string, PlanCompetency>();
    for (const i of profile.data?.items ?? []) known.set(i.competencyId, { competencyId: i.competencyId, code: i.code, name: i.name });
    for (const i of items) if (!known.has(i.competencyId)) known.set(i.competencyId, { competencyId: i.competencyId, code: i.competencyCode, name: i.competencyName });
    if (profile.isLoading) return <Status loading />;
    return (
      <PlanEditor heading={t('planDetail.edit')} employeeId={plan.employeeId} year={plan.year} defaultTitle={plan.title} existing={plan}
                  competencies={[...known.values()]}
                  initialItems={items.map(i => ({ id: i.id, competencyId: i.competencyId, needId: i.needId, targetLevel: i.targetLevel, form: i.form, activityName: i.activityName, plannedJp: i.plannedJp, dueDate: i.dueDate }))}
                  onCancel={() => setEditing(false)}
                  onSaved={async () => { setEditing(false); setDone('edit'); await queries.invalidateQueries({ queryKey: employeeKeys.detail(plan.employeeId) }); }} />
    );
  }

  const classroomJp = items.filter(i => i.isClassroom).reduce((sum, i) => sum + i.plannedJp, 0);
  return (
    <>
      <div className="card" data-testid="plan-detail">
        <h1>{plan.title}</h1>
        <p className="jpm">
          <span className={`badge ${statusTone(status)}`} data-testid="plan-status-badge">{t(`plans.${status}`)}</span>
          <span className="muted small">{t('planDetail.version', { version: plan.version })}</span>
        </p>
        <dl className="fields">
          <dt>{t('plans.employee')}</dt><dd><Link to={`/pegawai/${plan.employeeId}`}>{plan.employeeName}</Link> <span className="mono small nowrap">{formatNip(plan.nip)}</span></dd>
          <dt>{t('employees.unit')}</dt><dd>{plan.unitName}</dd>
          <dt>{t('plans.year')}</dt><dd>{plan.year}</dd>
          <dt>{t('planDetail.totalJp')}</dt><dd data-testid="plan-total-jp">{formatNumber(plan.totalJp)} JP</dd>
        </dl>
      </div>

      {done && <Notice testId="plan-done">{t(`planDetail.done.${done}`)}</Notice>}
      <ProblemAlert error={move.error} fields={['reason']}>
        {move.error && toProblem(move.error).status === 412 && (
          <p><button type="button" className="secondary" data-testid="plan-reload" onClick={async () => { move.reset(); await queries.invalidateQueries({ queryKey: planKeys.detail(plan.id) }); }}>
            {t('planDetail.reload')}
          </button></p>
        )}
      </ProblemAlert>

      <Actions status={status} can={can} pending={move.isPending} onStep={step => (step === 'reject' ? setRejecting(true) : move.mutate(step))} onEdit={() => setEditing(true)} />
      {rejecting && (
        <form className="card decision" onSubmit={e => { e.preventDefault(); move.mutate('reject'); }} data-testid="reject-form">
          <label>{t('plans.reason')}
            <textarea value={reason} onChange={e => setReason(e.target.value)} data-testid="reject-reason" {...invalidProps(move.error, 'reason')} />
            <FieldError error={move.error} name="reason" />
          </label>
          <p className="actions">
            <button type="submit" data-testid="reject-confirm" disabled={move.isPending}>{t('plans.reject')}</button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>{t('common.cancel')}</button>
          </p>
        </form>
      )}

      <div className="card">
        <h2>{t('planDetail.items')}</h2>
        <div className="table-wrap">
          <table className="cards-on-phone" data-testid="plan-items">
            <thead><tr><th>{t('profile.competency')}</th><th>{t('planForm.target')}</th><th>{t('planForm.form')}</th><th>{t('planForm.activity')}</th><th>{t('plans.jp')}</th><th>{t('planForm.due')}</th></tr></thead>
            <tbody>
              {items.map(i => (
                <tr key={i.id}>
                  <td data-label={t('profile.competency')}><span className="mono">{i.competencyCode}</span> {i.competencyName}</td>
                  <td data-label={t('planForm.target')}>{i.targetLevel}</td>
                  <td data-label={t('planForm.form')}>{t(`forms.${i.form}`)}<br /><small className="muted">{t(i.isClassroom ? 'planDetail.classroom' : 'planDetail.nonClassroom')}</small></td>
                  <td data-label={t('planForm.activity')}>{i.activityName}</td>
                  <td data-label={t('plans.jp')}>{formatNumber(i.plannedJp)}</td>
                  <td data-label={t('planForm.due')}>{formatDate(i.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="share" data-testid="classroom-share">
          <strong>{t('planDetail.share')}:</strong>
          <span className="share-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, (plan.classroomShare ?? 0) * 100)}%` }} /></span>
          <span>{formatPercent(plan.classroomShare ?? 0)} ({formatNumber(classroomJp)} / {formatNumber(plan.totalJp)} JP)</span>
          {(plan.classroomShare ?? 0) > 0.3 && <span className="badge warn" data-testid="share-high">{t('planDetail.shareHigh')}</span>}
        </div>
        <p className="small muted">{t('planDetail.shareHint')}</p>
      </div>

      <div className="card">
        <h2>{t('planDetail.history')}</h2>
        <ol className="timeline" data-testid="plan-history">
          <li>{t('planDetail.created', { by: plan.createdBy })}</li>
          {plan.submittedAt && <li>{t('planDetail.submitted', { at: formatDateTime(plan.submittedAt) })}</li>}
          {plan.decidedAt && status !== DevelopmentPlanStatus.Rejected && <li>{t('planDetail.approvedBy', { by: plan.decidedBy, at: formatDateTime(plan.decidedAt) })}</li>}
          {plan.decidedAt && status === DevelopmentPlanStatus.Rejected && <li>{t('planDetail.rejectedBy', { by: plan.decidedBy, at: formatDateTime(plan.decidedAt) })}</li>}
          {plan.rejectionReason && <li className="reason" data-testid="plan-reason">{t('planDetail.reason')}: {plan.rejectionReason}</li>}
          {plan.completedAt && <li>{t('planDetail.completed', { at: formatDateTime(plan.completedAt) })}</li>}
        </ol>
      </div>
    </>
  );
}

/** The steps of the flow that exist from this status and that this person's role may take. */
function Actions({ status, can, pending, onStep, onEdit }: {
  status: DevelopmentPlanStatus; can: ReturnType<typeof usePermissions>; pending: boolean; onStep: (step: Step) => void; onEdit: () => void;
}) {
  const { t } = useTranslation();
  const buttons: ReactNode[] = [];
  const button = (step: Step, secondary = false) => (
    <button key={step} type="button" className={secondary ? 'secondary' : undefined} disabled={pending} data-testid={`plan-${step}`} onClick={() => onStep(step)}>{t(`planDetail.step.${step}`)}</button>
  );
  if (status === DevelopmentPlanStatus.Draft && can.draftPlans) {
    buttons.push(<button key="edit" type="button" className="secondary" data-testid="plan-edit" onClick={onEdit}>{t('planDetail.step.edit')}</button>);
    buttons.push(button('submit'));
  }
  if (status === DevelopmentPlanStatus.Submitted && can.decidePlans) buttons.push(button('approve'), button('reject', true));
  if (status === DevelopmentPlanStatus.Rejected && can.draftPlans) buttons.push(button('revise'));
  if (status === DevelopmentPlanStatus.Approved && can.decidePlans) buttons.push(button('complete'));
  if (buttons.length === 0) return null;
  return <p className="actions wrap" data-testid="plan-actions">{buttons}</p>;
}
