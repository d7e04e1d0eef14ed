import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HeatmapRollup } from '../../api';
import { Chart } from '../../shared/Chart';
import { Status } from '../../shared/common';
import { unitQueries } from '../units/queries';
import { analyticsQueries } from './queries';
import { Heatmap } from './Heatmap';
import { useUrlState } from '../../shared/urlState';

export function AnalyticsPage() {
  const { t } = useTranslation();
  const [url, setUrl] = useUrlState({ unit: '', rollup: HeatmapRollup.Subtree as string });
  const unitId = url.unit;
  const rollup = (url.rollup === HeatmapRollup.Self ? HeatmapRollup.Self : HeatmapRollup.Subtree);
  const scope = { underUnitId: unitId || undefined };
  const units = useQuery(unitQueries.tree({ active: true }));
  const distribution = useQuery(analyticsQueries.jpmDistribution(scope));
  const heatmap = useQuery(analyticsQueries.heatmap(scope, rollup));
  const gaps = useQuery(analyticsQueries.largestGaps(scope, 5));

  const bars = useMemo(() => {
    const d = distribution.data;
    if (!d) return undefined;
    return {
      // containLabel sizes the axis to its labels, and long labels wrap, so nothing overlaps on a phone.
      tooltip: {}, grid: { left: 4, right: 16, top: 10, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', axisLabel: { width: 150, overflow: 'break', lineHeight: 14 }, data: [...d.fit.map(f => f.label), t('analytics.notAssessed'), t('analytics.noStandard')].reverse() },
      series: [{ type: 'bar', data: [...d.fit.map(f => f.employees), d.notAssessed, d.noStandard].reverse(), itemStyle: { color: '#0b5394' } }],
    };
  }, [distribution.data, t]);

  return (
    <section>
      <h1>{t('analytics.title')}</h1>
      <div className="filters">
        <label>{t('employees.unit')}
          <select value={unitId} onChange={e => setUrl({ unit: e.target.value })}>
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.name}</option>)}
          </select>
        </label>
        <label>{t('heatmap.rollup')}
          <select value={rollup} onChange={e => setUrl({ rollup: e.target.value })} data-testid="heatmap-rollup">
            <option value={HeatmapRollup.Subtree}>{t('heatmap.subtree')}</option>
            <option value={HeatmapRollup.Self}>{t('heatmap.self')}</option>
          </select>
        </label>
      </div>
      <div className="two">
        <div className="card">
          <h2>{t('analytics.distribution')} · {t('analytics.fit')}</h2>
          <Status loading={distribution.isLoading} error={distribution.error} />
          {bars && <Chart option={bars} label={t('analytics.distribution')} height={300} testId="jpm-distribution" />}
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
        <Status loading={heatmap.isLoading} error={heatmap.error} />
        {heatmap.data && <Heatmap data={heatmap.data} rollup={rollup} />}
      </div>
    </section>
  );
}
