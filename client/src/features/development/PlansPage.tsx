import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DevelopmentPlanStatus, problemMessage, Role } from '../../api';
import { useAuth } from '../auth/auth';
import { Pager, Status } from '../../shared/common';
import { planCommands, planKeys, planQueries } from './queries';

const STATUSES = Object.values(DevelopmentPlanStatus);

export function PlansPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const queries = useQueryClient();
  const [status, setStatus] = useState<DevelopmentPlanStatus | ''>(DevelopmentPlanStatus.Submitted);
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<string>();
  const plans = useQuery(planQueries.list({ status: status || undefined, page, pageSize: 20 }));
  const canDecide = me?.role === Role.TenantAdmin || me?.role === Role.UnitHead;
  const decide = useMutation({
    mutationFn: ({ id, approve, reason }: { id: string; approve: boolean; reason?: string }) =>
      approve ? planCommands.approve(id) : planCommands.reject(id, reason ?? ''),
    onSuccess: async (_, v) => { setMessage(t(v.approve ? 'plans.approved' : 'plans.rejected')); await queries.invalidateQueries({ queryKey: planKeys.all }); },
    onError: e => setMessage(problemMessage(e)),
  });

  return (
    <section>
      <h1>{t('plans.title')}</h1>
      <div className="filters">
        <label>{t('common.status')}
          <select value={status} onChange={e => { setStatus(e.target.value as DevelopmentPlanStatus | ''); setPage(1); }} data-testid="plan-status">
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`plans.${s}`)}</option>)}
          </select>
        </label>
      </div>
      {message && <p role="status" className="notice">{message}</p>}
      <Status loading={plans.isLoading} error={plans.error} />
      {plans.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead><tr><th>{t('plans.employee')}</th><th>{t('employees.unit')}</th><th>{t('plans.year')}</th><th>{t('plans.titleCol')}</th><th>{t('plans.jp')}</th><th>{t('common.status')}</th><th /></tr></thead>
              <tbody>
                {plans.data.items.map(p => (
                  <tr key={p.id} data-testid="plan-row">
                    <td>{p.employeeName}<br /><span className="mono small">{p.nip}</span></td>
                    <td>{p.unitName}</td>
                    <td>{p.year}</td>
                    <td>{p.title}</td>
                    <td>{p.totalJp}</td>
                    <td><span className="badge neutral">{t(`plans.${p.status}`)}</span>{p.rejectionReason && <><br /><small>{p.rejectionReason}</small></>}</td>
                    <td className="actions">
                      {canDecide && p.status === DevelopmentPlanStatus.Submitted && (
                        <>
                          <button type="button" data-testid="plan-approve" disabled={decide.isPending} onClick={() => decide.mutate({ id: p.id, approve: true })}>{t('plans.approve')}</button>
                          <button type="button" className="secondary" disabled={decide.isPending}
                                  onClick={() => { const reason = window.prompt(t('plans.reason')); if (reason) decide.mutate({ id: p.id, approve: false, reason }); }}>
                            {t('plans.reject')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plans.data.total === 0 && <p>{t('plans.empty')}</p>}
          <Pager page={page} pageSize={20} total={plans.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
