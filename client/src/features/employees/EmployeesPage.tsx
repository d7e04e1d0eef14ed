import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatNip } from '../../shared/format';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { unitQueries } from '../units/queries';
import { api } from '../../api';
import { ExportButtons } from '../imports/ExportButtons';
import { employeeQueries } from './queries';

const PAGE_SIZE = 20;

export function EmployeesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [filters, setFilters] = useUrlState({ q: '', unit: '', subunits: '1', sort: 'name', page: '1' });
  const unitId = filters.unit;
  const subunits = filters.subunits === '1';
  const sort = filters.sort;
  const page = pageOf(filters.page);
  const [q, setQ] = useSearchText(filters.q, text => setFilters({ q: text }));

  const units = useQuery(unitQueries.tree({ active: true }));
  const employees = useQuery(employeeQueries.list({ q: filters.q, unitId, subunits, sort, page, pageSize: PAGE_SIZE }));
  const onSort = (s: string) => setFilters({ sort: s });
  // The list's address goes with the click, so the detail's back link returns to the same filters and page.
  const open = (id: string) => navigate(`/pegawai/${id}`, { state: { from: location.pathname + location.search } });

  return (
    <section>
      <h1>{t('employees.title')}</h1>
      <div className="filters">
        <label>{t('common.search')}
          <input type="search" data-testid="employee-search" placeholder={t('employees.search')} value={q} onChange={e => setQ(e.target.value)} />
        </label>
        <label>{t('employees.unit')}
          <select data-testid="employee-unit" value={unitId} onChange={e => setFilters({ unit: e.target.value })}>
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={subunits} onChange={e => setFilters({ subunits: e.target.checked ? '1' : '0' })} /> {t('employees.subunits')}
        </label>
        <ExportButtons testId="employees-export" name="pegawai" file={format => api.employees.export(filters.q || undefined,
          unitId && !subunits ? unitId : undefined, unitId && subunits ? unitId : undefined, undefined, undefined, undefined, undefined, sort, format)} />
      </div>
      <Status loading={employees.isLoading} error={employees.error} />
      {employees.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <SortHeader label={t('employees.nip')} sortKey="nip" sort={sort} onSort={onSort} />
                  <SortHeader label={t('employees.name')} sortKey="name" sort={sort} onSort={onSort} />
                  <SortHeader label={t('employees.position')} sortKey="position" sort={sort} onSort={onSort} className="opt" />
                  <SortHeader label={t('employees.unit')} sortKey="unit" sort={sort} onSort={onSort} className="opt" />
                  <SortHeader label={t('employees.rank')} sortKey="rank" sort={sort} onSort={onSort} className="opt" />
                  <th className="opt">{t('employees.type')}</th>
                </tr>
              </thead>
              <tbody>
                {employees.data.items.map(e => (
                  <tr key={e.id} data-testid="employee-row" className="clickable" tabIndex={0}
                      onClick={() => open(e.id)} onKeyDown={k => { if (k.key === 'Enter') open(e.id); }}>
                    <td className="mono nowrap">{formatNip(e.nip)}</td>
                    <td>{e.name}{!e.isActive && <span className="badge muted"> {t('common.inactive')}</span>}
                      <small className="phone-only muted">{e.positionName ?? t('common.none')}</small></td>
                    <td className="opt">{e.positionName ?? t('common.none')}</td>
                    <td className="opt">{e.unitName}</td>
                    <td className="opt">{e.rank ?? t('common.none')}</td>
                    <td className="opt">{t(`employees.${e.employmentType}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {employees.data.total === 0 && <p>{t('employees.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={employees.data.total} onPage={p => setFilters({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
