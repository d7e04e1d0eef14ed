import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DevelopmentNeedPriority, DevelopmentNeedStatus, NeedReviewAction, Role } from '../../api';
import { Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { formatNip } from '../../shared/format';
import { useAuth } from '../auth/auth';
import { Pager, Status, useDebounced } from '../../shared/common';
import { pageOf, useUrlState } from '../../shared/urlState';
import { employeeQueries } from '../employees/queries';
import { unitQueries } from '../units/queries';
import { ExportButtons } from '../imports/ExportButtons';
import { needCommands, needKeys, needQueries, type NeedFilters } from './queries';

const STATUSES = Object.values(DevelopmentNeedStatus);
const PRIORITIES = Object.values(DevelopmentNeedPriority);
const PAGE_SIZE = 25;

/**
 * AKPK: the year's needs inventory, generated from gaps, then verified and validated in batches. Filters and
 * page live in the URL (reload and a shared link keep them); the selection is per page and view, so it
 * clears whenever they change: a batch never includes rows the reviewer cannot see.
 */
export function NeedsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const queries = useQueryClient();
  const [url, setUrl] = useUrlState({
    year: String(new Date().getFullYear()), status: DevelopmentNeedStatus.Identified as string, priority: '', unit: '', employee: '', page: '1',
  });
  const filters: NeedFilters = {
    year: Number(url.year) || new Date().getFullYear(),
    status: (url.status || undefined) as DevelopmentNeedStatus | undefined,
    priority: (url.priority || undefined) as DevelopmentNeedPriority | undefined,
    underUnitId: url.unit || undefined,
    employeeId: url.employee || undefined,
  };
  const page = pageOf(url.page);
  const view = JSON.stringify(url);
  const [chosen, setChosen] = useState<{ view: string; ids: Set<string> }>({ view, ids: new Set() });
  const selected = chosen.view === view ? chosen.ids : new Set<string>();
  const [message, setMessage] = useState<string>();
  const isAdmin = me?.role === Role.TenantAdmin;
  const canReview = isAdmin || me?.role === Role.UnitHead;
  const units = useQuery(unitQueries.tree({ active: true }));
  const needs = useQuery(needQueries.list({ ...filters, page, pageSize: PAGE_SIZE }));

  const refresh = async (text: string) => { setMessage(text); setChosen({ view, ids: new Set() }); await queries.invalidateQueries({ queryKey: needKeys.all }); };
  const generate = useMutation({
    mutationFn: () => needCommands.generate({ year: filters.year }),
    onSuccess: r => refresh(t('needs.generated', { created: r.created, updated: r.updated, removed: r.removed })),
    onMutate: () => setMessage(undefined),
  });
  const review = useMutation({
    mutationFn: ({ action, reason }: { action: NeedReviewAction; reason?: string }) => needCommands.review({ needIds: [...selected], action, reason }),
    onSuccess: r => refresh(t('needs.reviewed', { count: r.reviewed, status: t(`needs.${r.status}`) })),
    onMutate: () => setMessage(undefined),
  });
  const toggle = (id: string) => { const ids = new Set(selected); if (ids.has(id)) ids.delete(id); else ids.add(id); setChosen({ view, ids }); };
  const pageIds = needs.data?.items.map(n => n.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every(id => selected.has(id));

  return (
    <section>
      <h1>{t('needs.title')}</h1>
      <div className="filters">
        <label>{t('plans.year')}<input type="number" min={2000} max={2100} value={filters.year} onChange={e => setUrl({ year: e.target.value })} style={{ width: '7rem' }} /></label>
        <label>{t('employees.unit')}
          <select value={filters.underUnitId ?? ''} onChange={e => setUrl({ unit: e.target.value })} data-testid="needs-unit">
            <option value="">{t('employees.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.name}</option>)}
          </select>
        </label>
        <label>{t('common.status')}
          <select value={filters.status ?? ''} onChange={e => setUrl({ status: e.target.value })} data-testid="needs-status">
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`needs.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('needs.priority')}
          <select value={filters.priority ?? ''} onChange={e => setUrl({ priority: e.target.value })} data-testid="needs-priority">
            <option value="">{t('common.all')}</option>
            {PRIORITIES.map(p => <option key={p} value={p}>{t(`needs.priorities.${p}`)}</option>)}
          </select>
        </label>
        <EmployeeFilter employeeId={filters.employeeId} onChange={id => setUrl({ employee: id ?? '' })} />
        <ExportButtons testId="needs-export" name={`kebutuhan-pengembangan-${filters.year}`} file={format => needCommands.exportFile(filters, format)} />
        {isAdmin && <button type="button" data-testid="needs-generate" disabled={generate.isPending} onClick={() => generate.mutate()}>{t('needs.generate')}</button>}
      </div>
      {message && <Notice>{message}</Notice>}
      <ProblemAlert error={generate.error ?? review.error} />
      {canReview && (
        <p className="actions">
          <label className="check"><input type="checkbox" data-testid="needs-select-all" checked={allOnPage} disabled={pageIds.length === 0}
                                          onChange={() => setChosen({ view, ids: allOnPage ? new Set() : new Set(pageIds) })} /> {t('needsScale.selectPage')}</label>
          <button type="button" disabled={selected.size === 0 || review.isPending} onClick={() => review.mutate({ action: NeedReviewAction.Verify })}>{t('needs.verify')} ({selected.size})</button>
          {isAdmin && <button type="button" disabled={selected.size === 0 || review.isPending} onClick={() => review.mutate({ action: NeedReviewAction.Validate })}>{t('needs.validate')}</button>}
          <button type="button" className="secondary" disabled={selected.size === 0 || review.isPending}
                  onClick={() => { const reason = window.prompt(t('plans.reason')); if (reason) review.mutate({ action: NeedReviewAction.Reject, reason }); }}>{t('plans.reject')}</button>
        </p>
      )}
      <Status loading={needs.isLoading} error={needs.error} />
      {needs.data && (
        <>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  {canReview && <th><span className="sr-only">{t('needs.choose')}</span></th>}
                  <th>{t('plans.employee')}</th><th>{t('employees.unit')}</th><th>{t('profile.competency')}</th>
                  <th>{t('profile.required')}</th><th>{t('profile.assessed')}</th><th>{t('profile.gap')}</th><th>{t('needs.priority')}</th><th>{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {needs.data.items.map(n => (
                  <tr key={n.id} data-testid="need-row">
                    {canReview && <td className="pick"><input type="checkbox" aria-label={`${t('needs.choose')} ${n.employeeName} ${n.competencyCode ?? n.sourceLabel}`} checked={selected.has(n.id)} onChange={() => toggle(n.id)} /></td>}
                    <td data-label={t('plans.employee')}>{n.employeeName}<br /><span className="mono small">{formatNip(n.nip)}</span></td>
                    <td data-label={t('employees.unit')}>{n.unitName}</td>
                    <td data-label={t('profile.competency')}>{n.competencyId ? <><span className="mono">{n.competencyCode}</span> {n.competencyName}</> : `${n.sourceLabel}: ${n.predicateLabel ?? ''}`}</td>
                    <td data-label={t('profile.required')}>{n.requiredLevel ?? '—'}</td><td data-label={t('profile.assessed')}>{n.assessedLevel ?? '—'}</td><td data-label={t('profile.gap')} className="gap">{n.gap ?? '—'}</td>
                    <td data-label={t('needs.priority')}><span className={`badge ${n.priority === DevelopmentNeedPriority.Tinggi ? 'bad' : n.priority === DevelopmentNeedPriority.Sedang ? 'warn' : 'good'}`}>{t(`needs.priorities.${n.priority}`)}</span></td>
                    <td data-label={t('common.status')}>{t(`needs.${n.status}`)}{n.rejectionReason && <><br /><small>{n.rejectionReason}</small></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {needs.data.total === 0 && <p>{t('needs.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={needs.data.total} onPage={p => setUrl({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

/** Type part of a name or NIP, then pick from the matches; the filter is the chosen employee's id. */
function EmployeeFilter({ employeeId, onChange }: { employeeId?: string; onChange: (id?: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const matches = useQuery({ ...employeeQueries.list({ q, subunits: true, sort: 'name', page: 1, pageSize: 10, includeTotal: false }), enabled: q.length >= 2 && !employeeId });
  const chosen = useQuery({ ...employeeQueries.detail(employeeId ?? ''), enabled: !!employeeId });
  if (employeeId) {
    return (
      <div className="chosen" data-testid="needs-employee-chosen">
        <span className="label">{t('plans.employee')}</span>
        <span>{chosen.data?.name ?? '…'} <button type="button" className="link" onClick={() => { setText(''); onChange(undefined); }}>{t('needsScale.clearEmployee')}</button></span>
      </div>
    );
  }
  const label = (e: { name: string; nip: string }) => `${e.name} — ${formatNip(e.nip)}`;
  return (
    <label>{t('plans.employee')}
      <input list="needs-employees" value={text} placeholder={t('employees.search')} data-testid="needs-employee"
             onChange={e => {
               const value = e.target.value;
               const hit = matches.data?.items.find(m => label(m) === value);
               if (hit) onChange(hit.id); else setText(value);
             }} />
      <datalist id="needs-employees">{matches.data?.items.map(m => <option key={m.id} value={label(m)} />)}</datalist>
    </label>
  );
}
