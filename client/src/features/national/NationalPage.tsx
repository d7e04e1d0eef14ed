import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Status } from '../../shared/common';
import { formatNumber } from '../../shared/format';
import { nationalQueries } from './queries';

/** The national viewer's page: per-tenant counts only, never a person's row (the API serves nothing else to this role). */
export function NationalPage() {
  const { t } = useTranslation();
  const summary = useQuery(nationalQueries.summary());
  return (
    <section>
      <h1>{t('national.title')}</h1>
      <p className="muted">{t('national.hint')}</p>
      <Status loading={summary.isLoading} error={summary.error} />
      {summary.data && (
        <div className="table-wrap">
          <table className="compact-on-phone two-heads" data-testid="national-summary">
            <thead>
              <tr><th>{t('national.region')}</th><th>{t('national.tenant')}</th><th>{t('national.units')}</th><th>{t('national.positions')}</th><th>{t('national.employees')}</th><th>PNS</th><th>PPPK</th></tr>
            </thead>
            <tbody>
              {summary.data.map(s => (
                <tr key={s.tenantId}>
                  <td className="mono">{s.regionCode}</td>
                  <td data-label={t('national.tenant')}>{s.name}</td>
                  <td data-label={t('national.units')}>{formatNumber(s.units)}</td>
                  <td data-label={t('national.positions')}>{formatNumber(s.positions)}</td>
                  <td data-label={t('national.employees')}>{formatNumber(s.activeEmployees)}</td>
                  <td data-label="PNS">{formatNumber(s.pns)}</td>
                  <td data-label="PPPK">{formatNumber(s.pppk)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
