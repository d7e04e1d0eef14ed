import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type HeatmapCell, type HeatmapResponse, type HeatmapRollup } from '../../api';
import { Pager, Status } from '../../shared/common';
import { formatNip } from '../../shared/format';
import { analyticsQueries } from './queries';

/** Four steps of the average gap; every colour is light enough for dark text (WCAG AA), and the number is always printed. */
export const GAP_STEPS = [
  { key: 'meets', colour: '#cfeed8', test: (g: number) => g <= 0 },
  { key: 'small', colour: '#fff0bd', test: (g: number) => g <= 0.5 },
  { key: 'medium', colour: '#ffd7a8', test: (g: number) => g <= 1 },
  { key: 'large', colour: '#f8c0ba', test: () => true },
] as const;

const stepOf = (gap: number) => GAP_STEPS.find(s => s.test(gap))!;

/** Unit × competency table: rows are units (with their sub-tree by default), cells open the employees behind them. */
export function Heatmap({ data, rollup }: { data: HeatmapResponse; rollup: HeatmapRollup }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<HeatmapCell>();
  const cells = new Map(data.cells.map(c => [`${c.unitId}|${c.competencyId}`, c]));
  const heads = new Map(data.headcounts.map(h => [h.unitId, h]));
  const minDepth = Math.min(...data.headcounts.map(h => h.depth));
  const decimal = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Rounded first, so that -0.03 reads 0,0 and not -0,0.
  const number = { format: (n: number) => decimal.format(Math.round(n * 10) / 10 || 0) };
  useEffect(() => setOpen(undefined), [data]);
  if (data.units.length === 0) return <p>{t('heatmap.empty')}</p>;
  const unitName = (id: string) => data.units.find(u => u.id === id)?.name ?? '';
  const competency = (id: string) => data.competencies.find(c => c.id === id);
  return (
    <>
      <Legend minimum={data.minimumCount} />
      <div className="table-wrap heatmap-wrap" tabIndex={0} role="region" aria-label={t('heatmap.region')}>
        <table className="heatmap" data-testid="heatmap">
          <caption className="sr-only">{t('analytics.heatmap')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heatmap.unit')}</th>
              {data.competencies.map(c => <th key={c.id} scope="col" title={c.name}><abbr title={c.name}>{c.code}</abbr></th>)}
            </tr>
          </thead>
          <tbody>
            {data.units.map(u => {
              const head = heads.get(u.id);
              return (
                <tr key={u.id}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + ((head?.depth ?? minDepth) - minDepth) * 0.9}rem` }}>
                    {u.name}
                    {head && <span className="headcount" data-testid="headcount">{t('heatmap.headcount', { assessed: head.assessed, employees: head.employees })}</span>}
                  </th>
                  {data.competencies.map(c => {
                    const cell = cells.get(`${u.id}|${c.id}`);
                    if (!cell) return <td key={c.id} className="none"><span aria-hidden="true">·</span><span className="sr-only">{t('heatmap.noneShort')}</span></td>;
                    const label = t('heatmap.cellLabel', { unit: u.name, competency: c.name, gap: number.format(cell.averageGap), share: Math.round(cell.shareMeeting * 100), count: cell.employees });
                    return (
                      <td key={c.id} className={cell.belowMinimum ? 'few' : undefined} style={cell.belowMinimum ? undefined : { background: stepOf(cell.averageGap).colour }}>
                        <button type="button" className="cell" title={label} data-testid="heatmap-cell"
                                aria-expanded={open === cell} onClick={() => setOpen(open === cell ? undefined : cell)}>
                          {cell.belowMinimum
                            ? <>n={cell.employees}</>
                            : <>{number.format(cell.averageGap)}<br /><small>{Math.round(cell.shareMeeting * 100)}%</small></>}
                          <span className="sr-only"> — {label}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open && <CellEmployees cell={open} rollup={rollup} unit={unitName(open.unitId)} competency={competency(open.competencyId)?.name ?? ''} onClose={() => setOpen(undefined)} />}
    </>
  );
}

function Legend({ minimum }: { minimum: number }) {
  const { t } = useTranslation();
  return (
    <div className="legend" data-testid="heatmap-legend">
      <p className="small">{t('heatmap.reading')}</p>
      <ul>
        {GAP_STEPS.map(s => <li key={s.key}><span className="swatch" style={{ background: s.colour }} aria-hidden="true" />{t(`heatmap.step.${s.key}`)}</li>)}
        <li><span className="swatch few" aria-hidden="true">n</span>{t('heatmap.few', { minimum })}</li>
        <li><span className="swatch none" aria-hidden="true">·</span>{t('heatmap.none')}</li>
      </ul>
    </div>
  );
}

const PAGE = 20;

function CellEmployees({ cell, rollup, unit, competency, onClose }: { cell: HeatmapCell; rollup: HeatmapRollup; unit: string; competency: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { setPage(1); heading.current?.focus(); }, [cell]);
  const list = useQuery(analyticsQueries.heatmapCell({ unitId: cell.unitId, competencyId: cell.competencyId, rollup, page, pageSize: PAGE }));
  return (
    <div className="card drill" data-testid="heatmap-drill">
      <div className="drill-head">
        <h3 ref={heading} tabIndex={-1}>{t('heatmap.drillTitle', { unit, competency })}</h3>
        <button type="button" className="secondary" onClick={onClose}>{t('heatmap.close')}</button>
      </div>
      <Status loading={list.isLoading} error={list.error} />
      {list.data && (
        <>
          <table className="cards">
            <thead><tr><th>{t('employees.name')}</th><th>{t('employees.unit')}</th><th>{t('profile.required')}</th><th>{t('profile.assessed')}</th><th>{t('profile.gap')}</th></tr></thead>
            <tbody>
              {list.data.items.map(e => (
                <tr key={e.employeeId} data-testid="drill-row">
                  <td data-label={t('employees.name')}><Link to={`/pegawai/${e.employeeId}`}>{e.name}</Link><br /><span className="mono small">{formatNip(e.nip)}</span></td>
                  <td data-label={t('employees.unit')}>{e.unitName}</td>
                  <td data-label={t('profile.required')}>{e.requiredLevel}</td>
                  <td data-label={t('profile.assessed')}>{e.assessedLevel}</td>
                  <td data-label={t('profile.gap')} className={e.gap > 0 ? 'gap' : undefined}>{e.gap > 0 ? e.gap : e.gap < 0 ? t('heatmap.surplus', { n: -e.gap }) : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pageSize={PAGE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
