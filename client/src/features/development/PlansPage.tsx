import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DevelopmentPlanStatus } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatNip, formatNumber } from '../../shared/format';
import { Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { pageOf, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { planCommands, planKeys, planQueries } from './queries';

const STATUSES = Object.values(DevelopmentPlanStatus);
const PAGE_SIZE = 20;

export function PlansPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  // Submitted first: what waits for a decision is what a unit head opens this page for.
  const [filters, setFilters] = useUrlState({ status: DevelopmentPlanStatus.Submitted as string, year: '', sort: '-updatedAt', page: '1' });
  const status = STATUSES.find(s => s === filters.status);
  const year = Number(filters.year) || undefined;
  const page = pageOf(filters.page);
  const [approved, setApproved] = useState(false);
  const plans = useQuery(planQueries.list({ status, year, sort: filters.sort, page, pageSize: PAGE_SIZE }));
  const approve = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => planCommands.approve(id, version),
    onMutate: () => setApproved(false),
    onSuccess: async () => { setApproved(true); await queries.invalidateQueries({ queryKey: planKeys.all }); },
  });

  return (
    <section>
      <h1>{t('plans.title')}</h1>
      <div className="filters">
        <label>{t('common.status')}
          <select value={filters.status} onChange={e => setFilters({ status: e.target.value })} data-testid="plan-status">
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`plans.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('plans.year')}
          <input type="number" min={2000} max={2100} value={filters.year} placeholder={t('common.all')} style={{ width: '7rem' }}
                 onChange={e => setFilters({ year: e.target.value })} data-testid="plan-year" />
        </label>
      </div>
      {approved && <Notice>{t('plans.approved')}</Notice>}
      <ProblemAlert error={approve.error} />
      <Status loading={plans.isLoading} error={plans.error} />
      {plans.data && (
        <>
          <div className="table-wrap">
            <table className="cards-on-phone">
              <thead>
                <tr>
                  <SortHeader label={t('plans.employee')} sortKey="employee" sort={filters.sort} onSort={sort => setFilters({ sort })} />
                  <th>{t('employees.unit')}</th>
                  <SortHeader label={t('plans.year')} sortKey="year" sort={filters.sort} onSort={sort => setFilters({ sort })} />
                  <th>{t('plans.titleCol')}</th><th>{t('plans.jp')}</th>
                  <SortHeader label={t('common.status')} sortKey="status" sort={filters.sort} onSort={sort => setFilters({ sort })} />
                  <th><span className="sr-only">{t('plans.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {plans.data.items.map(p => (
                  <tr key={p.id} data-testid="plan-row">
                    <td data-label={t('plans.employee')}>{p.employeeName}<br /><span className="mono small">{formatNip(p.nip)}</span></td>
                    <td data-label={t('employees.unit')}>{p.unitName}</td>
                    <td data-label={t('plans.year')}>{p.year}</td>
                    <td data-label={t('plans.titleCol')}><Link to={`/rencana/${p.id}`} data-testid="plan-link">{p.title}</Link></td>
                    <td data-label={t('plans.jp')}>{formatNumber(p.totalJp)}</td>
                    <td data-label={t('common.status')}><span className={`badge ${statusTone(p.status)}`}>{t(`plans.${p.status}`)}</span>{p.rejectionReason && <><br /><small>{p.rejectionReason}</small></>}</td>
                    <td><div className="actions wrap">
                      {can.decidePlans && p.status === DevelopmentPlanStatus.Submitted && (
                        <button type="button" data-testid="plan-approve" disabled={approve.isPending} onClick={() => approve.mutate({ id: p.id, version: p.version })}>{t('plans.approve')}</button>
                      )}
                      <Link to={`/rencana/${p.id}`} className="button secondary">{t('plans.open')}</Link>
                    </div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plans.data.total === 0 && <p>{t('plans.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={plans.data.total} onPage={p => setFilters({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

export function statusTone(status: DevelopmentPlanStatus): string {
  switch (status) {
    case DevelopmentPlanStatus.Approved: case DevelopmentPlanStatus.Completed: return 'good';
    case DevelopmentPlanStatus.Rejected: return 'bad';
    case DevelopmentPlanStatus.Submitted: return 'warn';
    default: return 'neutral';
  }
}
