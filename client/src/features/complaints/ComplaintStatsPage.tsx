import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ComplaintType, type ComplaintStatsResponse } from '../../api';
import { Chart } from '../../shared/Chart';
import { Status } from '../../shared/common';
import { formatDate, formatNumber, formatPercent } from '../../shared/format';
import { useUrlState } from '../../shared/urlState';
import { ComplaintTabs } from './common';
import { complaintQueries } from './queries';

/** Deadline compliance per service unit, the median times to first response and to resolution, and the volume by type and category. */
export function ComplaintStatsPage() {
  const { t } = useTranslation();
  const [f, setF] = useUrlState({ from: '', to: '' });
  const stats = useQuery(complaintQueries.stats(f.from, f.to));
  return (
    <section>
      <h1>{t('complaints.title')}</h1>
      <ComplaintTabs />
      <div className="filters">
        <label>{t('complaints.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="stats-from" /></label>
        <label>{t('complaints.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="stats-to" /></label>
      </div>
      <Status loading={stats.isLoading} error={stats.error} />
      {stats.data && <Figures s={stats.data} />}
    </section>
  );
}

function Hours({ h }: { h: number | undefined }) {
  const { t } = useTranslation();
  return <strong>{h == null ? t('complaints.noData') : t('complaints.hours', { n: formatNumber(h, 1) })}</strong>;
}

function Figures({ s }: { s: ComplaintStatsResponse }) {
  const { t, i18n } = useTranslation();
  const compliance = useMemo(() => ({
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: s.serviceUnits.map(u => u.serviceUnitName), axisLabel: { width: 130, overflow: 'truncate' } },
    series: [{ type: 'bar', name: t('complaints.complianceCol'), data: s.serviceUnits.map(u => (u.compliance == null ? null : Math.round(u.compliance * 1000) / 10)), itemStyle: { color: '#2f6fb3' } }],
  }), [s, i18n.language]);
  const byType = useMemo(() => Object.values(ComplaintType).map(type => ({ type, count: s.volume.filter(v => v.type === type).reduce((n, v) => n + v.count, 0) })), [s]);
  const byCategory = useMemo(() => {
    const counts = new Map<string, number>();
    for (const v of s.volume) counts.set(v.category ?? '', (counts.get(v.category ?? '') ?? 0) + v.count);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [s]);
  const typeChart = useMemo(() => ({
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: byType.map(x => t(`complaints.types.${x.type}`)), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('complaints.count'), data: byType.map(x => x.count), itemStyle: { color: '#2f6fb3' } }],
  }), [byType, i18n.language]);
  return (
    <>
      <p className="muted" data-testid="stats-period">{t('complaints.period')}: {formatDate(s.from)} – {formatDate(s.to)} · {t('complaints.totalReceived', { n: formatNumber(s.received) })}</p>
      <div className="stat-figures">
        <div data-testid="median-first"><span className="small muted">{t('complaints.medianFirst')}</span><Hours h={s.medianHoursToFirstResponse} /></div>
        <div data-testid="median-resolution"><span className="small muted">{t('complaints.medianResolution')}</span><Hours h={s.medianHoursToResolution} /></div>
      </div>
      <div className="card">
        <h2>{t('complaints.compliance')}</h2>
        {s.serviceUnits.length > 0 && <Chart option={compliance} label={t('complaints.complianceChart')} height={Math.max(160, 40 * s.serviceUnits.length + 40)} testId="compliance-chart" />}
        <div className="table-wrap">
          <table data-testid="compliance-table">
            <thead>
              <tr>
                <th>{t('complaints.serviceUnit')}</th><th>{t('complaints.received')}</th><th>{t('complaints.onTimeCol')}</th>
                <th>{t('complaints.lateCol')}</th><th>{t('complaints.openOverdueCol')}</th><th>{t('complaints.complianceCol')}</th>
              </tr>
            </thead>
            <tbody>
              {s.serviceUnits.length === 0 && <tr><td colSpan={6}>{t('complaints.noData')}</td></tr>}
              {s.serviceUnits.map(u => (
                <tr key={u.serviceUnitId} data-testid="compliance-row">
                  <td data-label={t('complaints.serviceUnit')}>{u.serviceUnitName}</td>
                  <td data-label={t('complaints.received')}>{formatNumber(u.received)}</td>
                  <td data-label={t('complaints.onTimeCol')}>{formatNumber(u.resolvedOnTime)}</td>
                  <td data-label={t('complaints.lateCol')}>{formatNumber(u.resolvedLate)}</td>
                  <td data-label={t('complaints.openOverdueCol')}>{formatNumber(u.openOverdue)}</td>
                  <td data-label={t('complaints.complianceCol')} data-testid="compliance-value">{u.compliance == null ? t('complaints.notDecided') : formatPercent(u.compliance, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="two">
        <div className="card">
          <h2>{t('complaints.volumeByType')}</h2>
          <Chart option={typeChart} label={t('complaints.volumeByType')} height={220} testId="type-chart" />
          <table data-testid="type-table">
            <tbody>{byType.map(x => <tr key={x.type}><th scope="row">{t(`complaints.types.${x.type}`)}</th><td>{formatNumber(x.count)}</td></tr>)}</tbody>
          </table>
        </div>
        <div className="card">
          <h2>{t('complaints.volumeByCategory')}</h2>
          <table data-testid="category-table">
            <thead><tr><th>{t('complaints.category')}</th><th>{t('complaints.count')}</th></tr></thead>
            <tbody>
              {byCategory.length === 0 && <tr><td colSpan={2}>{t('complaints.noData')}</td></tr>}
              {byCategory.map(([category, count]) => <tr key={category}><td>{category || t('complaints.noCategory')}</td><td>{formatNumber(count)}</td></tr>)}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
