import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type HeatmapResponse } from '../../api';
import { Chart } from '../../shared/Chart';
import { Status } from '../../shared/common';
import { unitQueries } from '../units/queries';
import { analyticsQueries } from './queries';

export function AnalyticsPage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState('');
  const scope = { underUnitId: unitId || undefined };
  const units = useQuery(unitQueries.tree({ active: true }));
  const distribution = useQuery(analyticsQueries.jpmDistribution(scope));
  const heatmap = useQuery(analyticsQueries.heatmap(scope));
  const gaps = useQuery(analyticsQueries.largestGaps(scope, 5));

  const bars = useMemo(() => {
    const d = distribution.data;
    if (!d) return undefined;
    return {
      tooltip: {}, grid: { left: 150, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: [...d.fit.map(f => f.label), t('analytics.notAssessed'), t('analytics.noStandard')].reverse() },
      series: [{ type: 'bar', data: [...d.fit.map(f => f.employees), d.notAssessed, d.noStandard].reverse(), itemStyle: { color: '#0b5394' } }],
    };
  }, [distribution.data, t]);

  return (
    <section>
      <h1>{t('analytics.title')}</h1>
      <div className="filters">
        <label>{t('employees.unit')}
          <select value={unitId} onChange={e => setUnitId(e.target.value)}>
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.name}</option>)}
          </select>
        </label>
      </div>
      <div className="two">
        <div className="card">
          <h2>{t('analytics.distribution')} · {t('analytics.fit')}</h2>
          <Status loading={distribution.isLoading} error={distribution.error} />
          {bars && <Chart option={bars} label={t('analytics.distribution')} height={240} testId="jpm-distribution" />}
          {distribution.data && (
            <p className="small muted">{t('analytics.mapping')}: {distribution.data.mapping.map(m => `${m.label} ${m.employees}`).join(' · ')}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('analytics.gaps')}</h2>
          <Status loading={gaps.isLoading} error={gaps.error} />
          <ol>
            {gaps.data?.map(g => (
              <li key={g.competencyId}><strong>{g.code} {g.name}</strong>: {g.belowStandard} {t('analytics.employees')} {t('analytics.below')} ({Math.round(g.shareBelow * 100)}%)</li>
            ))}
          </ol>
        </div>
      </div>
      <div className="card">
        <h2>{t('analytics.heatmap')}</h2>
        <p className="small muted">{t('analytics.legend')}</p>
        <Status loading={heatmap.isLoading} error={heatmap.error} />
        {heatmap.data && <Heatmap data={heatmap.data} />}
      </div>
    </section>
  );
}

/** An accessible table whose cells are coloured by the average gap: readable without colour too. */
function Heatmap({ data }: { data: HeatmapResponse }) {
  const cells = new Map(data.cells.map(c => [`${c.unitId}|${c.competencyId}`, c]));
  const colour = (gap: number) => {
    const g = Math.max(-1, Math.min(2, gap));
    return g <= 0 ? `hsl(140 55% ${85 + g * 10}%)` : `hsl(${40 - g * 20} 85% ${85 - g * 15}%)`;
  };
  return (
    <div className="table-wrap">
      <table className="heatmap" data-testid="heatmap">
        <thead><tr><th />{data.competencies.map(c => <th key={c.id} title={c.name}>{c.code}</th>)}</tr></thead>
        <tbody>
          {data.units.map(u => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              {data.competencies.map(c => {
                const cell = cells.get(`${u.id}|${c.id}`);
                return cell
                  ? <td key={c.id} style={{ background: colour(cell.averageGap) }} title={`${cell.employees}`}>{cell.averageGap.toFixed(1)}<br /><small>{Math.round(cell.shareMeeting * 100)}%</small></td>
                  : <td key={c.id} className="muted">·</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
