import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { api, PositionType } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatDate, formatNip, formatNumber } from '../../shared/format';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { competencyQueries } from '../competencies/queries';
import { ExportButtons } from '../imports/ExportButtons';
import { unitQueries } from '../units/queries';

const PAGE_SIZE = 25;
const POSITION_TYPES = Object.values(PositionType);

/**
 * Competency profiles and gaps as one table: each employee in scope × each competency of their standard, with the
 * filters, sort and page in the address, and the whole filtered list as CSV or Excel (the API's /export).
 */
export function CompetencyProfilesPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [url, setUrl] = useUrlState({ q: '', unit: '', type: '', competency: '', gaps: '', sort: 'name', page: '1' });
  const [q, setQ] = useSearchText(url.q, text => setUrl({ q: text }));
  const page = pageOf(url.page);
  const f = {
    q: url.q || undefined, underUnitId: url.unit || undefined, positionType: (url.type || undefined) as PositionType | undefined,
    competencyId: url.competency || undefined, onlyGaps: url.gaps === '1' ? true : undefined, sort: url.sort,
  };
  const units = useQuery(unitQueries.tree({ active: true }));
  const competencies = useQuery(competencyQueries.list({ active: true }));
  const rows = useQuery({
    queryKey: ['competency-profiles', f, page],
    queryFn: ({ signal }) => api.competencyProfiles.list(f.q, f.underUnitId, f.positionType, f.competencyId, f.onlyGaps, page, PAGE_SIZE, f.sort, undefined, signal),
    placeholderData: keepPreviousData,
  });
  const onSort = (sort: string) => setUrl({ sort });
  const from = location.pathname + location.search;

  return (
    <section>
      <h1>{t('competencyProfiles.title')}</h1>
      <p className="muted small">{t('competencyProfiles.hint')}</p>
      <div className="filters">
        <label>{t('common.search')}
          <input type="search" data-testid="profiles-search" placeholder={t('competencyProfiles.search')} value={q} onChange={e => setQ(e.target.value)} />
        </label>
        <label>{t('competencyProfiles.unit')}
          <select value={url.unit} onChange={e => setUrl({ unit: e.target.value })} data-testid="profiles-unit">
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label>{t('competencyProfiles.positionType')}
          <select value={url.type} onChange={e => setUrl({ type: e.target.value })} data-testid="profiles-type">
            <option value="">{t('competencyProfiles.allTypes')}</option>
            {POSITION_TYPES.map(p => <option key={p} value={p}>{t(`positions.types.${p}`)}</option>)}
          </select>
        </label>
        <label>{t('competencyProfiles.competency')}
          <select value={url.competency} onChange={e => setUrl({ competency: e.target.value })} data-testid="profiles-competency">
            <option value="">{t('competencyProfiles.allCompetencies')}</option>
            {competencies.data?.items.map(c => <option key={c.id} value={c.id}>{c.code} {c.name}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" data-testid="profiles-gaps" checked={url.gaps === '1'} onChange={e => setUrl({ gaps: e.target.checked ? '1' : '' })} /> {t('competencyProfiles.onlyGaps')}
        </label>
        <ExportButtons testId="profiles-export" name="profil-kompetensi"
                       file={format => api.competencyProfiles.export(f.q, f.underUnitId, f.positionType, f.competencyId, f.onlyGaps, f.sort, format)} />
      </div>
      <Status loading={rows.isLoading} error={rows.error} />
      {rows.data && (
        <>
          <div className="table-wrap">
            <table className="cards" data-testid="profiles-table">
              <thead>
                <tr>
                  <SortHeader label={t('competencyProfiles.employee')} sortKey="name" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('employees.nip')} sortKey="nip" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.unit')} sortKey="unit" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.competency')} sortKey="competency" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.required')} sortKey="required" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.assessed')} sortKey="assessed" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.gap')} sortKey="gap" sort={url.sort} onSort={onSort} />
                  <SortHeader label={t('competencyProfiles.assessedOn')} sortKey="assessedOn" sort={url.sort} onSort={onSort} />
                  <th>{t('competencyProfiles.jpm')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.items.map(r => (
                  <tr key={`${r.employeeId}:${r.competencyId}`} data-testid="profiles-row">
                    <td data-label={t('competencyProfiles.employee')}><Link to={`/pegawai/${r.employeeId}`} state={{ from }}>{r.name}</Link>
                      {r.positionName && <><br /><small className="muted">{r.positionName}</small></>}</td>
                    <td data-label={t('employees.nip')}><span className="mono nowrap">{formatNip(r.nip)}</span></td>
                    <td data-label={t('competencyProfiles.unit')}>{r.unitName}</td>
                    <td data-label={t('competencyProfiles.competency')}><span className="mono">{r.competencyCode}</span> {r.competencyName}</td>
                    <td data-label={t('competencyProfiles.required')}>{r.requiredLevel}</td>
                    <td data-label={t('competencyProfiles.assessed')}>{r.assessedLevel ?? <span className="muted">{t('competencyProfiles.notAssessed')}</span>}</td>
                    <td data-label={t('competencyProfiles.gap')} className={r.gap != null && r.gap > 0 ? 'gap' : undefined} data-testid="profiles-gap">{r.gap ?? t('common.none')}</td>
                    <td data-label={t('competencyProfiles.assessedOn')}>{r.assessedOn ? formatDate(r.assessedOn) : t('common.none')}</td>
                    <td data-label={t('competencyProfiles.jpm')}>{r.jpm == null ? t('common.none') : <>{formatNumber(r.jpm, 2)} <small className="muted">{r.fitCategory ? t(`fit.${r.fitCategory}`) : ''}{r.jpmComplete ? '' : ` (${t('competencyProfiles.incomplete')})`}</small></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.data.total === 0 && <p>{t('competencyProfiles.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={rows.data.total} onPage={p => setUrl({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
