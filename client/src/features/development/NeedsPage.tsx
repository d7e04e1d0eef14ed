import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DevelopmentNeedPriority, DevelopmentNeedStatus, NeedReviewAction, Role } from '../../api';
import { Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { useAuth } from '../auth/auth';
import { Pager, Status } from '../../shared/common';
import { formatNip } from '../../shared/format';
import { needCommands, needKeys, needQueries } from './queries';

const STATUSES = Object.values(DevelopmentNeedStatus);

/** AKPK: the year's needs inventory, generated from gaps, then verified and validated in batches. */
export function NeedsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const queries = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [status, setStatus] = useState<DevelopmentNeedStatus | ''>(DevelopmentNeedStatus.Identified);
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string>();
  const isAdmin = me?.role === Role.TenantAdmin;
  const canReview = isAdmin || me?.role === Role.UnitHead;
  const needs = useQuery(needQueries.list({ year, status: status || undefined, page, pageSize: 25 }));
  const refresh = async (text: string) => { setMessage(text); setChosen(new Set()); await queries.invalidateQueries({ queryKey: needKeys.all }); };
  const generate = useMutation({
    mutationFn: () => needCommands.generate({ year }),
    onSuccess: r => refresh(t('needs.generated', { created: r.created, updated: r.updated, removed: r.removed })),
    onMutate: () => setMessage(undefined),
  });
  const review = useMutation({
    mutationFn: ({ action, reason }: { action: NeedReviewAction; reason?: string }) => needCommands.review({ needIds: [...chosen], action, reason }),
    onSuccess: r => refresh(t('needs.reviewed', { count: r.reviewed, status: t(`needs.${r.status}`) })),
    onMutate: () => setMessage(undefined),
  });
  const toggle = (id: string) => setChosen(s => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });

  return (
    <section>
      <h1>{t('needs.title')}</h1>
      <div className="filters">
        <label>{t('plans.year')}<input type="number" min={2000} max={2100} value={year} onChange={e => { setYear(Number(e.target.value)); setPage(1); }} style={{ width: '7rem' }} /></label>
        <label>{t('common.status')}
          <select value={status} onChange={e => { setStatus(e.target.value as DevelopmentNeedStatus | ''); setPage(1); }}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`needs.${s}`)}</option>)}
          </select>
        </label>
        {isAdmin && <button type="button" data-testid="needs-generate" disabled={generate.isPending} onClick={() => generate.mutate()}>{t('needs.generate')}</button>}
      </div>
      {message && <Notice>{message}</Notice>}
      <ProblemAlert error={generate.error ?? review.error} />
      {canReview && (
        <p className="actions">
          <button type="button" disabled={chosen.size === 0 || review.isPending} onClick={() => review.mutate({ action: NeedReviewAction.Verify })}>{t('needs.verify')} ({chosen.size})</button>
          {isAdmin && <button type="button" disabled={chosen.size === 0 || review.isPending} onClick={() => review.mutate({ action: NeedReviewAction.Validate })}>{t('needs.validate')}</button>}
          <button type="button" className="secondary" disabled={chosen.size === 0 || review.isPending}
                  onClick={() => { const reason = window.prompt(t('plans.reason')); if (reason) review.mutate({ action: NeedReviewAction.Reject, reason }); }}>{t('plans.reject')}</button>
        </p>
      )}
      <Status loading={needs.isLoading} error={needs.error} />
      {needs.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>{canReview && <th><span className="sr-only">{t('needs.choose')}</span></th>}<th>{t('plans.employee')}</th><th>{t('employees.unit')}</th><th>{t('profile.competency')}</th>
                  <th>{t('profile.required')}</th><th>{t('profile.assessed')}</th><th>{t('profile.gap')}</th><th>{t('needs.priority')}</th><th>{t('common.status')}</th></tr>
              </thead>
              <tbody>
                {needs.data.items.map(n => (
                  <tr key={n.id} data-testid="need-row">
                    {canReview && <td><input type="checkbox" aria-label={`${t('needs.choose')} ${n.employeeName} ${n.competencyCode}`} checked={chosen.has(n.id)} onChange={() => toggle(n.id)} /></td>}
                    <td>{n.employeeName}<br /><span className="mono small">{formatNip(n.nip)}</span></td>
                    <td>{n.unitName}</td>
                    <td><span className="mono">{n.competencyCode}</span> {n.competencyName}</td>
                    <td>{n.requiredLevel}</td><td>{n.assessedLevel}</td><td className="gap">{n.gap}</td>
                    <td><span className={`badge ${n.priority === DevelopmentNeedPriority.Tinggi ? 'bad' : n.priority === DevelopmentNeedPriority.Sedang ? 'warn' : 'good'}`}>{t(`needs.priorities.${n.priority}`)}</span></td>
                    <td>{t(`needs.${n.status}`)}{n.rejectionReason && <><br /><small>{n.rejectionReason}</small></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {needs.data.total === 0 && <p>{t('needs.empty')}</p>}
          <Pager page={page} pageSize={25} total={needs.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
