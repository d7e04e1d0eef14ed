import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Status } from '../../shared/common';
import { useSearchText, useUrlState } from '../../shared/urlState';
import { unitQueries } from './queries';

export function UnitsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlState({ q: '', active: '' });
  const [q, setQ] = useSearchText(filters.q, text => setFilters({ q: text }));
  const active = filters.active === 'true' ? true : filters.active === 'false' ? false : undefined;
  const units = useQuery(unitQueries.tree({ q: filters.q, active }));
  return (
    <section>
      <h1>{t('units.title')}</h1>
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="unit-search" /></label>
        <label>{t('common.status')}
          <select value={filters.active} onChange={e => setFilters({ active: e.target.value })} data-testid="unit-active">
            <option value="">{t('common.all')}</option>
            <option value="true">{t('common.active')}</option>
            <option value="false">{t('common.inactive')}</option>
          </select>
        </label>
      </div>
      <Status loading={units.isLoading} error={units.error} />
      {units.data && (
        <div className="table-wrap">
          <table className="cards-on-phone">
            <thead><tr><th>{t('units.code')}</th><th>{t('units.name')}</th><th>{t('units.parent')}</th><th>{t('common.status')}</th></tr></thead>
            <tbody>
              {units.data.items.map(u => (
                <tr key={u.id} data-testid="unit-row">
                  <td className="mono" data-label={t('units.code')}>{u.code}</td>
                  <td data-label={t('units.name')} style={{ paddingLeft: filters.q ? undefined : `${0.5 + u.depth * 1.25}rem` }}>{u.name}</td>
                  <td data-label={t('units.parent')}>{u.parentName ?? t('common.none')}</td>
                  <td data-label={t('common.status')}>{u.isActive ? t('common.active') : t('common.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {units.data?.total === 0 && <p>{t('units.empty')}</p>}
    </section>
  );
}
