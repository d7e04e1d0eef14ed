import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { PositionType, type JpLedgerSummaryResponse } from '../../api';
import { Chart } from '../../shared/Chart';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatNip, formatNumber, formatPercent } from '../../shared/format';
import { ExportButtons } from '../imports/ExportButtons';
import { pageOf, useUrlState } from '../../shared/urlState';
import { unitQueries } from '../units/queries';
import { jpLedgerCommands, jpLedgerQueries, type LedgerScope } from './queries';
import './jpLedger.css';

const PAGE_SIZE = 20;
const POSITION_TYPES = Object.values(PositionType);
/** 10:20:70: the classroom part is about a tenth; twice that reads as "well above". */
const CLASSROOM_PATTERN = 10;

/**
 * Capaian JP: who in the tenant (or a sub-tree, or one position type) reached the year's JP target, how the JP were
 * earned against the 10:20:70 pattern, and the people still below it, with the list's CSV. Filters, sort and page
 * live in the address.
 */
export function JpLedgerPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const thisYear = new Date().getFullYear();
  const [url, setUrl] = useUrlState({ year: String(thisYear), unit: '', type: '', sort: '-remaining,name', page: '1' });
  const year = Number(url.year) || thisYear;
  const scope: LedgerScope = { year, underUnitId: url.unit || undefined, positionType: (url.type || undefined) as PositionType | undefined };
  const page = pageOf(url.page);
  const units = useQuery(unitQueries.tree({ active: true }));
  const summary = useQuery(jpLedgerQueries.summary(scope));
  const below = useQuery(jpLedgerQueries.belowTarget({ ...scope, sort: url.sort, page, pageSize: PAGE_SIZE }));
  const onSort = (sort: string) => setUrl({ sort });
  const from = location.pathname + location.search;

  return (
    <section>
      <h1>{t('jpLedger.title')}</h1>
      <p className="muted small">{t('jpLedger.hint')}</p>
      <div className="filters">
        <label>{t('jpLedger.year')}
          <input type="number" min={2000} max={2100} value={url.year} data-testid="jp-year" style={{ width: '7rem' }} onChange={e => setUrl({ year: e.target.value })} />
        </label>
        <label>{t('employees.unit')}
          <select value={url.unit} onChange={e => setUrl({ unit: e.target.value })} data-testid="jp-unit">
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label>{t('jpLedger.positionType')}
          <select value={url.type} onChange={e => setUrl({ type: e.target.value })} data-testid="jp-position-type">
            <option value="">{t('jpLedger.allTypes')}</option>
            {POSITION_TYPES.map(p => <option key={p} value={p}>{t(`positions.types.${p}`)}</option>)}
          </select>
        </label>
      </div>
      <Status loading={summary.isLoading} error={summary.error} />
      {summary.data && <Summary data={summary.data} />}

      <div className="card">
        <div className="drill-head">
          <h2>{t('jpLedger.belowList')}</h2>
          <span className="actions"><ExportButtons testId="jp-export" name={`jp-di-bawah-target-${year}`} file={format => jpLedgerCommands.exportBelow({ ...scope, sort: url.sort }, format)} /></span>
        </div>
        <Status loading={below.isLoading} error={below.error} />
        {below.data && (
          <>
            <div className="table-wrap">
              <table className="cards" data-testid="jp-below">
                <thead>
                  <tr>
                    <SortHeader label={t('jpLedger.employee')} sortKey="name" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('employees.nip')} sortKey="nip" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('jpLedger.unit')} sortKey="unit" sort={url.sort} onSort={onSort} />
                    <th>{t('jpLedger.target')}</th>
                    <SortHeader label={t('jpLedger.earned')} sortKey="earned" sort={url.sort} onSort={onSort} />
                    <SortHeader label={t('jpLedger.remaining')} sortKey="remaining" sort={url.sort} onSort={onSort} />
                  </tr>
                </thead>
                <tbody>
                  {below.data.items.map(e => (
                    <tr key={e.employeeId} data-testid="jp-below-row">
                      <td data-label={t('jpLedger.employee')}><Link to={`/pegawai/${e.employeeId}`} state={{ from }}>{e.name}</Link>
                        {e.positionName && <><br /><small className="muted">{e.positionName}</small></>}</td>
                      <td data-label={t('employees.nip')} data-testid="jp-below-nip"><span className="mono nowrap">{formatNip(e.nip)}</span></td>
                      <td data-label={t('jpLedger.unit')}>{e.unitName}</td>
                      <td data-label={t('jpLedger.target')}>{e.targetJp} <small className="muted">{t(`employees.${e.employmentType}`)}</small></td>
                      <td data-label={t('jpLedger.earned')} data-testid="jp-below-earned">{e.earnedJp}</td>
                      <td data-label={t('jpLedger.remaining')} className="gap" data-testid="jp-below-remaining">{e.remainingJp}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {below.data.total === 0 && <p>{t('jpLedger.belowEmpty')}</p>}
            <Pager page={page} pageSize={PAGE_SIZE} total={below.data.total} onPage={p => setUrl({ page: String(p) })} />
          </>
        )}
      </div>
      <EmployeesSummary scope={scope} from={from} />
    </section>
  );
}

/** Every employee of the scope with what they earned (classroom and not), what is left and whether they reached the target; the whole list as a file. */
function EmployeesSummary({ scope, from }: { scope: LedgerScope; from: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useUrlState({ reached: '', esort: 'name', epage: '1' });
  const page = pageOf(url.epage);
  const reached = url.reached === 'ya' ? true : url.reached === 'tidak' ? false : undefined;
  const list = useQuery(jpLedgerQueries.employees({ ...scope, reached, sort: url.esort, page, pageSize: PAGE_SIZE }));
  const onSort = (esort: string) => setUrl({ esort, epage: '1' });
  return (
    <div className="card">
      <div className="drill-head">
        <h2>{t('jpLedger.employeesList')}</h2>
        <span className="actions">
          <label>{t('jpLedger.reachedFilter')}
            <select value={url.reached} onChange={e => setUrl({ reached: e.target.value, epage: '1' })} data-testid="jp-employees-reached">
              <option value="">{t('common.all')}</option>
              <option value="ya">{t('jpLedger.reached')}</option>
              <option value="tidak">{t('jpLedger.below')}</option>
            </select>
          </label>
          <ExportButtons testId="jp-employees-export" name={`capaian-jp-pegawai-${scope.year}`}
                         file={format => jpLedgerCommands.exportEmployees({ ...scope, reached, sort: url.esort }, format)} />
        </span>
      </div>
      <Status loading={list.isLoading} error={list.error} />
      {list.data && (
        <>
          <div className="table-wrap">
            <table className="cards" data-testid="jp-employees">
              <thead>
                <tr>
                  <SortHeader label={t('jpLedger.employee')} sortKey="name" sort={url.esort} onSort={onSort} />
                  <SortHeader label={t('employees.nip')} sortKey="nip" sort={url.esort} onSort={onSort} />
                  <SortHeader label={t('jpLedger.unit')} sortKey="unit" sort={url.esort} onSort={onSort} />
                  <th>{t('jpLedger.target')}</th>
                  <SortHeader label={t('jpLedger.earned')} sortKey="earned" sort={url.esort} onSort={onSort} />
                  <SortHeader label={t('jpLedger.classroom')} sortKey="classroom" sort={url.esort} onSort={onSort} />
                  <th>{t('jpLedger.nonClassroom')}</th>
                  <SortHeader label={t('jpLedger.remaining')} sortKey="remaining" sort={url.esort} onSort={onSort} />
                </tr>
              </thead>
              <tbody>
                {list.data.items.map(e => (
                  <tr key={e.employeeId} data-testid="jp-employees-row">
                    <td data-label={t('jpLedger.employee')}><Link to={`/pegawai/${e.employeeId}`} state={{ from }}>{e.name}</Link>
                      {e.positionName && <><br /><small className="muted">{e.positionName}</small></>}</td>
                    <td data-label={t('employees.nip')}><span className="mono nowrap">{formatNip(e.nip)}</span></td>
                    <td data-label={t('jpLedger.unit')}>{e.unitName}</td>
                    <td data-label={t('jpLedger.target')}>{e.targetJp} <small className="muted">{t(`employees.${e.employmentType}`)}</small></td>
                    <td data-label={t('jpLedger.earned')} data-testid="jp-employees-earned">{e.earnedJp}
                      {e.reachedTarget && <> <span className="badge good">{t('jpLedger.reachedBadge')}</span></>}</td>
                    <td data-label={t('jpLedger.classroom')}>{e.classroomJp}</td>
                    <td data-label={t('jpLedger.nonClassroom')}>{e.nonClassroomJp}</td>
                    <td data-label={t('jpLedger.remaining')} className={e.remainingJp > 0 ? 'gap' : undefined}>{e.remainingJp}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.total === 0 && <p>{t('jpLedger.employeesEmpty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={p => setUrl({ epage: String(p) })} />
        </>
      )}
    </div>
  );
}

function Summary({ data }: { data: JpLedgerSummaryResponse }) {
  const { t, i18n } = useTranslation();
  const forms = data.byForm.filter(f => f.jp > 0);
  const option = useMemo(() => ({
    tooltip: { valueFormatter: (v: number) => formatNumber(v) },
    // containLabel sizes the axis to its labels, and long labels wrap, so nothing overlaps on a phone.
    grid: { left: 4, right: 24, top: 10, bottom: 4, containLabel: true },
    // Numbers in the reader's format (1.000 in Indonesian), as everywhere else on the page.
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', axisLabel: { width: 130, overflow: 'break', lineHeight: 14 }, data: forms.map(f => f.formLabel).reverse() },
    series: [{
      type: 'bar', label: { show: true, position: 'right', color: '#1c2430', formatter: (p: { value: number }) => formatNumber(p.value) },
      // Classroom forms in the dark blue, the others lighter: the 10 of 10:20:70 at a glance.
      data: forms.map(f => ({ value: f.jp, itemStyle: { color: f.isClassroom ? '#0b5394' : '#6fa8dc' } })).reverse(),
    }],
  }), [data, i18n.language]);
  const share = data.classroomSharePercent;
  return (
    <>
      <div className="card" data-testid="jp-summary">
        <dl className="figures">
          <div><dt>{t('jpLedger.counted')}</dt><dd data-testid="jp-counted">{formatNumber(data.employeesCounted)}</dd></div>
          <div><dt>{t('jpLedger.reached')}</dt><dd data-testid="jp-reached">{formatNumber(data.reachedTarget)}</dd></div>
          <div><dt>{t('jpLedger.below')}</dt><dd data-testid="jp-below-count">{formatNumber(data.belowTarget)}</dd></div>
          <div><dt>{t('jpLedger.share')}</dt><dd data-testid="jp-share">{data.reachedSharePercent == null ? t('common.none') : formatPercent(data.reachedSharePercent / 100, 1)}</dd></div>
          <div><dt>{t('jpLedger.totalJp')}</dt><dd data-testid="jp-total">{formatNumber(data.totalJp)}</dd></div>
        </dl>
        <p className="small muted" data-testid="jp-targets">{t('jpLedger.targets', { pns: data.targetJpPns, pppk: data.targetJpPppk })}</p>
      </div>
      <div className="card">
        <h2>{t('jpLedger.byForm')}</h2>
        {forms.length === 0 ? <p>{t('jpLedger.noJp')}</p> : (
          <div className="two">
            <Chart option={option} label={t('jpLedger.byFormChart')} height={Math.max(160, forms.length * 34 + 30)} testId="jp-by-form-chart" />
            <div>
              <div className="share" data-testid="jp-classroom">
                <span>{t('jpLedger.classroomShare', { share: share == null ? t('common.none') : formatPercent(share / 100, 1), jp: formatNumber(data.totalJp) })}</span>
                <span className="share-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, share ?? 0)}%` }} /></span>
                {share != null && share > CLASSROOM_PATTERN * 2 && <span className="badge warn">{t('jpLedger.patternHigh')}</span>}
              </div>
              <p className="small muted">{t('jpLedger.pattern')}</p>
              <table className="compact-on-phone" data-testid="jp-by-form">
                <thead><tr><th>{t('jpLedger.form')}</th><th>{t('jpLedger.jp')}</th><th>{t('jpLedger.formShare')}</th><th>{t('jpLedger.kind')}</th></tr></thead>
                <tbody>
                  {forms.map(f => (
                    <tr key={f.form} data-testid="jp-by-form-row" data-form={f.form}>
                      <td>{f.formLabel}</td>
                      <td data-label={t('jpLedger.jp')} data-testid="jp-form-jp">{formatNumber(f.jp)}</td>
                      <td data-label={t('jpLedger.formShare')}>{f.sharePercent == null ? t('common.none') : formatPercent(f.sharePercent / 100, 1)}</td>
                      <td data-label={t('jpLedger.kind')}>{f.isClassroom ? t('jpLedger.classroom') : t('jpLedger.nonClassroom')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
