import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, problemMessage, type DevelopmentPlanStatus } from '../api';
import { useAuth } from '../auth';
import { Pager, Status } from './common';

const STATUSES: DevelopmentPlanStatus[] = ['Draft', 'Submitted', 'Approved', 'Rejected', 'Completed'];

export function PlansPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const queries = useQueryClient();
  const [status, setStatus] = useState<DevelopmentPlanStatus | ''>('Submitted');
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<string>();
  const plans = useQuery({ queryKey: ['plans', status, page], queryFn: ({ signal }) => api.plans.list(page, 20, undefined, status || undefined, undefined, undefined, '-updatedAt', signal) });
  const canDecide = me?.role === 'TenantAdmin' || me?.role === 'UnitHead';
  const decide = useMutation({
    mutationFn: ({ id, version, approve, reason }: { id: string; version: number; approve: boolean; reason?: string }) =>
      approve ? api.plans.approve(id, `"${version}"`, {}) : api.plans.reject(id, `"${version}"`, { reason }),
    onSuccess: async (_, v) => { setMessage(t(v.approve ? 'plans.approved' : 'plans.rejected')); await queries.invalidateQueries({ queryKey: ['plans'] }); },
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
                      {canDecide && p.status === 'Submitted' && (
                        <>
                          <button type="button" data-testid="plan-approve" disabled={decide.isPending} onClick={() => decide.mutate({ id: p.id, version: p.version, approve: true })}>{t('plans.approve')}</button>
                          <button type="button" className="secondary" disabled={decide.isPending}
                                  onClick={() => { const reason = window.prompt(t('plans.reason')); if (reason) decide.mutate({ id: p.id, version: p.version, approve: false, reason }); }}>
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
