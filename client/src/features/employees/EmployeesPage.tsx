import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Pager, SortHeader, Status, useDebounced } from '../../shared/common';
import { unitQueries } from '../units/queries';
import { employeeQueries } from './queries';

const PAGE_SIZE = 20;

export function EmployeesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState('');
  const [subunits, setSubunits] = useState(true);
  const [sort, setSort] = useState('name');
  const [page, setPage] = useState(1);
  const search = useDebounced(q.trim());

  const units = useQuery(unitQueries.tree({ active: true }));
  const employees = useQuery(employeeQueries.list({ q: search, unitId, subunits, sort, page, pageSize: PAGE_SIZE }));
  const reset = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPage(1); };

  return (
    <section>
      <h1>{t('employees.title')}</h1>
      <div className="filters">
        <label>{t('common.search')}
          <input type="search" data-testid="employee-search" placeholder={t('employees.search')} value={q} onChange={e => reset(setQ)(e.target.value)} />
        </label>
        <label>{t('employees.unit')}
          <select data-testid="employee-unit" value={unitId} onChange={e => reset(setUnitId)(e.target.value)}>
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={subunits} onChange={e => reset(setSubunits)(e.target.checked)} /> {t('employees.subunits')}
        </label>
      </div>
      <Status loading={employees.isLoading} error={employees.error} />
      {employees.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <SortHeader label={t('employees.nip')} sortKey="nip" sort={sort} onSort={reset(setSort)} />
                  <SortHeader label={t('employees.name')} sortKey="name" sort={sort} onSort={reset(setSort)} />
                  <SortHeader label={t('employees.position')} sortKey="position" sort={sort} onSort={reset(setSort)} />
                  <SortHeader label={t('employees.unit')} sortKey="unit" sort={sort} onSort={reset(setSort)} />
                  <SortHeader label={t('employees.rank')} sortKey="rank" sort={sort} onSort={reset(setSort)} />
                  <th>{t('employees.type')}</th>
                </tr>
              </thead>
              <tbody>
                {employees.data.items.map(e => (
                  <tr key={e.id} data-testid="employee-row" className="clickable" tabIndex={0}
                      onClick={() => navigate(`/pegawai/${e.id}`)} onKeyDown={k => { if (k.key === 'Enter') navigate(`/pegawai/${e.id}`); }}>
                    <td className="mono">{e.nip}</td>
                    <td>{e.name}{!e.isActive && <span className="badge muted"> {t('common.inactive')}</span>}</td>
                    <td>{e.positionName ?? t('common.none')}</td>
                    <td>{e.unitName}</td>
                    <td>{e.rank ?? t('common.none')}</td>
                    <td>{t(`employees.${e.employmentType}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {employees.data.total === 0 && <p>{t('employees.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={employees.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
