import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { DraftPlanItemsResponse, ImprovementPlanResponse } from '../../api';
import { NotFound, Status, isNotFound } from '../../shared/common';
import { formatDate, formatNip, formatNumber } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { improvementCommands, improvementKeys, improvementQueries } from './queries';
import './improvementPlan.css';

/**
 * A service unit's improvement plan: the weak unsur and frequent complaint categories of the period, the competencies
 * they point to (and why), the staff with gaps in them, the programs and open sessions that close those gaps, and the
 * one-click drafting of development-plan items. The period lives in the address.
 */
export function ImprovementPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [url, setUrl] = useUrlState({ from: '', to: '' });
  const period = { from: url.from || undefined, to: url.to || undefined };
  const plan = useQuery(improvementQueries.plan(id, period));
  if (isNotFound(plan.error)) return <NotFound back="/umpan-balik/pemetaan-kompetensi" />;
  const p = plan.data;
  return (
    <section className="improvement">
      <h1>{t('improvementPlan.title')}{p && <>: <span data-testid="plan-service-unit">{p.serviceUnitName}</span></>}</h1>
      {p && <p className="muted">{p.unitName} · {formatDate(p.from)} – {formatDate(p.to)}</p>}
      <p className="muted small">{t('improvementPlan.hint')}</p>
      <div className="filters">
        <label>{t('improvementPlan.from')}<input type="date" value={url.from} data-testid="plan-from" onChange={e => setUrl({ from: e.target.value })} /></label>
        <label>{t('improvementPlan.to')}<input type="date" value={url.to} data-testid="plan-to" onChange={e => setUrl({ to: e.target.value })} /></label>
      </div>
      <Status loading={plan.isLoading} error={isNotFound(plan.error) ? null : plan.error} />
      {p && <Plan plan={p} period={period} />}
    </section>
  );
}

function Plan({ plan, period }: { plan: ImprovementPlanResponse; period: { from?: string; to?: string } }) {
  const { t } = useTranslation();
  const location = useLocation();
  const from = location.pathname + location.search;
  return (
    <>
      <div className="card">
        <dl className="figures">
          <div><dt>{t('improvementPlan.respondents')}</dt><dd data-testid="plan-respondents">{formatNumber(plan.respondentCount)}</dd></div>
          <div><dt>{t('improvementPlan.ikm')}</dt><dd data-testid="plan-ikm">{plan.ikm == null ? t('common.none') : formatNumber(plan.ikm, 2)}</dd></div>
          <div><dt>{t('improvementPlan.grade')}</dt><dd>{plan.respondentCount > 0 && plan.grade ? plan.grade : t('common.none')}</dd></div>
          <div><dt>{t('improvementPlan.complaints')}</dt><dd data-testid="plan-complaints">{formatNumber(plan.complaintCount)}</dd></div>
        </dl>
      </div>

      <div className="card">
        <h2>{t('improvementPlan.weakUnsur')}</h2>
        <p className="small muted">{t('improvementPlan.weakHint', { threshold: formatNumber(plan.weakNrrThreshold, 4) })}</p>
        {plan.weakUnsur.length === 0 ? <p>{t('improvementPlan.noWeak')}</p> : (
          <div className="table-wrap">
            <table className="cards" data-testid="plan-weak">
              <thead><tr><th>{t('improvementPlan.unsur')}</th><th>{t('improvementPlan.nrr')}</th><th>{t('improvementPlan.reason')}</th></tr></thead>
              <tbody>
                {plan.weakUnsur.map(u => (
                  <tr key={u.code} data-testid="plan-weak-row">
                    <td data-label={t('improvementPlan.unsur')}><strong>{u.code}</strong> {u.name}</td>
                    <td data-label={t('improvementPlan.nrr')} className={u.belowThreshold ? 'gap' : undefined}>{formatNumber(u.nrr, 2)}</td>
                    <td data-label={t('improvementPlan.reason')}>{u.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div className="card">
        <h2>{t('improvementPlan.categories')}</h2>
        <p className="small muted">{t('improvementPlan.categoriesHint', { min: 2 })}</p>
        {plan.frequentCategories.length === 0 ? <p>{t('improvementPlan.noCategories')}</p> : (
          <div className="table-wrap">
            <table className="cards" data-testid="plan-categories">
              <thead><tr><th>{t('improvementPlan.category')}</th><th>{t('improvementPlan.count')}</th><th>{t('improvementPlan.reason')}</th></tr></thead>
              <tbody>
                {plan.frequentCategories.map(c => (
                  <tr key={c.category} data-testid="plan-category-row">
                    <td data-label={t('improvementPlan.category')}>{c.category}{' '}
                      <span className={c.mapped ? 'badge' : 'badge warn'}>{c.mapped ? t('improvementPlan.mapped') : t('improvementPlan.notMapped')}</span></td>
                    <td data-label={t('improvementPlan.count')}>{formatNumber(c.count)}</td>
                    <td data-label={t('improvementPlan.reason')}>{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div className="card">
        <h2>{t('improvementPlan.competencies')}</h2>
        {plan.competencies.length === 0 ? <p>{t('improvementPlan.noCompetencies')}</p> : (
          <ol className="ranked" data-testid="plan-competencies">
            {plan.competencies.map(c => (
              <li key={c.competencyId} data-testid="plan-competency">
                <strong>{c.name}</strong> <small className="muted mono">{c.code}</small>
                <div className="chips">{c.pointedBy.map(s => <span key={s.kind + s.key} className="chip">{s.kind === 'Unsur' ? `${s.key} ${s.label}` : `“${s.key}”`}</span>)}</div>
                <p className="small">{c.reason}</p>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="card">
        <h2>{t('improvementPlan.staff')}</h2>
        {plan.staff.length === 0 ? <p data-testid="plan-no-staff">{t('improvementPlan.noStaff')}</p> : (
          <div className="table-wrap">
            <table className="cards" data-testid="plan-staff">
              <thead><tr><th>{t('improvementPlan.employee')}</th><th>{t('employees.nip')}</th><th>{t('improvementPlan.gaps')}</th><th>{t('improvementPlan.gapSum')}</th></tr></thead>
              <tbody>
                {plan.staff.map(s => (
                  <tr key={s.employeeId} data-testid="plan-staff-row">
                    <td data-label={t('improvementPlan.employee')}><Link to={`/pegawai/${s.employeeId}`} state={{ from }}>{s.name}</Link>
                      {s.positionName && <><br /><small className="muted">{s.positionName}</small></>}</td>
                    <td data-label={t('employees.nip')}><span className="mono nowrap" data-testid="plan-staff-nip">{formatNip(s.nip)}</span></td>
                    <td data-label={t('improvementPlan.gaps')}>
                      <ul className="plain">{s.gaps.map(g => <li key={g.competencyId}>{t('improvementPlan.gapItem', { name: g.competencyName, assessed: g.assessedLevel, required: g.requiredLevel, gap: g.gap })}</li>)}</ul>
                    </td>
                    <td data-label={t('improvementPlan.gapSum')} className="gap">{s.gapSum}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div className="card">
        <h2>{t('improvementPlan.programs')}</h2>
        {plan.programs.length === 0 ? <p>{t('improvementPlan.noPrograms')}</p> : (
          <ol className="ranked" data-testid="plan-programs">
            {plan.programs.map(p => (
              <li key={p.programId} data-testid="plan-program">
                <strong>{p.title}</strong> <small className="muted mono">{p.code}</small>{' '}
                <span className="badge">{t('improvementPlan.score', { score: p.score })}</span>
                <p className="small muted">{p.formLabel} · {p.jp} JP · {t('improvementPlan.staffCount', { n: p.staffCount })}</p>
                <p className="small">{p.reason}</p>
                {p.openSessions.length === 0 ? <p className="small muted">{t('improvementPlan.noOpenSessions')}</p> : (
                  <ul className="plain small">
                    {p.openSessions.map(s => (
                      <li key={s.sessionId}><Link to={`/angkatan/${s.sessionId}`} state={{ from }}>{s.name}</Link>{' '}
                        {formatDate(s.startDate)} – {formatDate(s.endDate)} · {t('improvementPlan.seatsLeft', { n: s.seatsLeft })}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>

      <Draft plan={plan} period={period} />
    </>
  );
}

function Draft({ plan, period }: { plan: ImprovementPlanResponse; period: { from?: string; to?: string } }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const canDraft = usePermissions().draftPlans;
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<DraftPlanItemsResponse | null>(null);
  const draft = useMutation({
    // What was typed, for the server to judge (a 422 names the year).
    mutationFn: () => improvementCommands.draft(plan.serviceUnitId, { year: year.trim() === '' ? undefined : Number(year), from: period.from, to: period.to }),
    onMutate: () => setResult(null),
    onSuccess: async r => {
      setResult(r);
      setConfirming(false);
      await queries.invalidateQueries({ queryKey: improvementKeys.all });
      await queries.invalidateQueries({ queryKey: ['plans'] });
    },
    onError: () => setConfirming(false),
  });
  if (!canDraft) return null;
  return (
    <div className="card" data-testid="plan-draft">
      <h2>{t('improvementPlan.draftTitle')}</h2>
      <p className="small muted">{t('improvementPlan.draftHint')}</p>
      <div className="filters fields-top">
        <label>{t('improvementPlan.year')}
          <input type="number" inputMode="numeric" value={year} data-testid="plan-draft-year" style={{ width: '7rem' }}
                 onChange={e => setYear(e.target.value)} {...invalidProps(draft.error, 'year')} />
          <FieldError error={draft.error} name="year" />
        </label>
      </div>
      {!confirming ? (
        <p className="actions"><button type="button" data-testid="plan-draft-button" disabled={plan.staff.length === 0 || draft.isPending}
                                         onClick={() => setConfirming(true)}>{t('improvementPlan.draft')}</button></p>
      ) : (
        <div className="confirm" role="group" aria-label={t('improvementPlan.draft')}>
          <p>{t('improvementPlan.draftConfirm', { year, n: plan.staff.length })}</p>
          <p className="actions">
            <button type="button" data-testid="plan-draft-confirm" disabled={draft.isPending} onClick={() => draft.mutate()}>{t('improvementPlan.draftYes')}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </p>
        </div>
      )}
      <ProblemAlert error={draft.error} fields={['year']} />
      {result && (
        <div data-testid="plan-draft-result">
          <Notice testId="plan-draft-summary">{t('improvementPlan.drafted', { created: result.created.length, plans: result.plansCreated, skipped: result.skipped.length })}</Notice>
          {result.created.length > 0 && (
            <>
              <h3>{t('improvementPlan.createdList')}</h3>
              <ul className="plain small" data-testid="plan-draft-created">
                {result.created.map(c => (
                  <li key={c.planId + c.competencyId}>{c.employeeName}: {c.competencyName} — {c.activityName}{' '}
                    <Link to={`/rencana/${c.planId}`}>{t('improvementPlan.openPlan')}</Link></li>
                ))}
              </ul>
            </>
          )}
          {result.skipped.length > 0 && (
            <>
              <h3>{t('improvementPlan.skippedList')}</h3>
              <ul className="plain small" data-testid="plan-draft-skipped">
                {result.skipped.map(s => <li key={s.employeeId + s.competencyId}>{s.employeeName}: {s.competencyName} — {s.reason}</li>)}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
