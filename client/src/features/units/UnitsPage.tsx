import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Status } from '../../shared/common';
import { unitQueries } from './queries';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useQuery(unitQueries.tree());
  return (
    <section>
      <h1>{t('units.title')}</h1>
      <Status loading={units.isLoading} error={units.error} />
      {units.data && (
        <div className="table-wrap">
          <table>
            <thead><tr><th>{t('units.code')}</th><th>{t('units.name')}</th><th>{t('units.parent')}</th><th>{t('common.status')}</th></tr></thead>
            <tbody>
              {units.data.items.map(u => (
                <tr key={u.id}>
                  <td className="mono">{u.code}</td>
                  <td style={{ paddingLeft: `${0.5 + u.depth * 1.25}rem` }}>{u.name}</td>
                  <td>{u.parentName ?? t('common.none')}</td>
                  <td>{u.isActive ? t('common.active') : t('common.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
