import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { EvaluationCycleStatus, type EvaluationCycleRequest } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatDate, formatNumber } from '../../shared/format';
import { FieldError, invalidProps } from '../../shared/ProblemAlert';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { unitQueries } from '../units/queries';
import { cycleTone, EvaluationProblem } from './common';
import { cycleCommands, cycleKeys, cycleQueries } from './queries';

const PAGE_SIZE = 20;
const STATUSES = Object.values(EvaluationCycleStatus);

/** The evaluation area's landing page: links to its other pages, and the evaluation cycles (filters and page in the address). */
export function CyclesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [f, setF] = useUrlState({ q: '', status: '', year: '', sort: '-periodFrom', page: '1', create: '' });
  const [q, setQ] = useSearchText(f.q, text => setF({ q: text }));
  const page = pageOf(f.page);
  const year = /^\d{4}$/.test(f.year) ? Number(f.year) : undefined;
  const cycles = useQuery(cycleQueries.list({ q: f.q, status: STATUSES.find(s => s === f.status), year, sort: f.sort, page, pageSize: PAGE_SIZE }));
  const onSort = (sort: string) => setF({ sort });
  return (
    <section>
      <h1>{t('evaluation.title')}</h1>
      <p className="muted">{t('evaluation.hint')}</p>
      <nav className="card" aria-label={t('evaluation.otherPages')}>
        <ul className="eval-links" data-testid="evaluation-links">
          <li><Link to="/evaluasi/efektivitas">{t('evaluation.effectiveness')}</Link></li>
          <li><Link to="/evaluasi/skp">{t('evaluation.skp')}</Link></li>
          <li><Link to="/evaluasi/tindak-lanjut">{t('evaluation.followUps')}</Link></li>
        </ul>
      </nav>
      <h2>{t('evaluation.cycles')}</h2>
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="cycle-search" /></label>
        <label>{t('evaluation.status')}
          <select value={f.status} onChange={e => setF({ status: e.target.value })} data-testid="cycle-filter-status">
            <option value="">{t('evaluation.allStatuses')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`evaluation.statuses.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('evaluation.year')}<input type="number" min={2000} max={2100} value={f.year} onChange={e => setF({ year: e.target.value })} data-testid="cycle-filter-year" /></label>
        {can.draftPlans && <button type="button" data-testid="cycle-new" onClick={() => setF({ create: '1', page: f.page })}>{t('evaluation.newCycle')}</button>}
      </div>
      {f.create && can.draftPlans && <CycleForm onCancel={() => setF({ create: '', page: f.page })} onSaved={id => navigate(`/evaluasi/siklus/${id}`)} />}
      <Status loading={cycles.isLoading} error={cycles.error} />
      {cycles.data && (
        <>
          <div className="table-wrap">
            <table className="cards" data-testid="cycle-table">
              <thead>
                <tr>
                  <SortHeader label={t('evaluation.name')} sortKey="name" sort={f.sort} onSort={onSort} />
                  <th>{t('evaluation.scope')}</th>
                  <SortHeader label={t('evaluation.period')} sortKey="periodFrom" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('evaluation.status')} sortKey="status" sort={f.sort} onSort={onSort} />
                  <th>{t('evaluation.findings')}</th>
                  <th>{t('evaluation.openActions')}</th>
                </tr>
              </thead>
              <tbody>
                {cycles.data.items.length === 0 && <tr><td colSpan={6}>{t('evaluation.empty')}</td></tr>}
                {cycles.data.items.map(c => (
                  <tr key={c.id} data-testid="cycle-row">
                    <td data-label={t('evaluation.name')}><Link to={`/evaluasi/siklus/${c.id}`}>{c.name}</Link></td>
                    <td data-label={t('evaluation.scope')}>{c.unitName ?? t('evaluation.tenantWide')}</td>
                    <td data-label={t('evaluation.period')} className="nowrap">{formatDate(c.periodFrom)} – {formatDate(c.periodTo)}</td>
                    <td data-label={t('evaluation.status')}><span className={`badge ${cycleTone(c.status)}`}>{t(`evaluation.statuses.${c.status}`)}</span></td>
                    <td data-label={t('evaluation.findings')}>{formatNumber(c.findingCount)}</td>
                    <td data-label={t('evaluation.openActions')}>{formatNumber(c.openActionCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={cycles.data.total} onPage={p => setF({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

const FIELDS = ['name', 'unitId', 'periodFrom', 'periodTo'];

/** A new cycle: a unit head picks a unit of their sub-tree (the API refuses the whole tenant to them). */
function CycleForm({ onCancel, onSaved }: { onCancel: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const tree = useQuery(unitQueries.tree({ active: true }));
  // A unit head evaluates their own sub-tree only: offer just those units.
  const root = can.writeTenant ? undefined : tree.data?.items.find(u => u.id === can.unitId)?.path;
  const units = (tree.data?.items ?? []).filter(u => can.writeTenant || (root !== undefined && u.path.startsWith(root)));
  const year = new Date().getFullYear();
  const [body, setBody] = useState<EvaluationCycleRequest>({ name: '', unitId: can.writeTenant ? '' : can.unitId ?? '', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` });
  const set = (patch: Partial<EvaluationCycleRequest>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => cycleCommands.create({ ...body, unitId: body.unitId || undefined, periodFrom: body.periodFrom || undefined, periodTo: body.periodTo || undefined }),
    onSuccess: async c => { await queries.invalidateQueries({ queryKey: cycleKeys.lists() }); onSaved(c.id); },
  });
  const input = (name: keyof EvaluationCycleRequest) => ({ id: `cycle-${name}`, 'data-testid': `cycle-${name}`, ...invalidProps(save.error, name) });
  return (
    <form noValidate className="card" data-testid="cycle-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{t('evaluation.newCycle')}</h2>
      <div className="eval-form">
        <label htmlFor="cycle-name">{t('evaluation.name')}</label>
        <span><input {...input('name')} value={body.name ?? ''} onChange={e => set({ name: e.target.value })} /><FieldError error={save.error} name="name" /></span>
        <label htmlFor="cycle-unitId">{t('evaluation.scope')}</label>
        <span><select {...input('unitId')} value={body.unitId ?? ''} onChange={e => set({ unitId: e.target.value })}>
          {can.writeTenant && <option value="">{t('evaluation.tenantWide')}</option>}
          {units.map(u => <option key={u.id} value={u.id}>{'\u00a0'.repeat(2 * Math.max(0, u.depth - 1))}{u.name}</option>)}
        </select><FieldError error={save.error} name="unitId" /></span>
        <label htmlFor="cycle-periodFrom">{t('evaluation.periodFrom')}</label>
        <span><input {...input('periodFrom')} type="date" value={body.periodFrom ?? ''} onChange={e => set({ periodFrom: e.target.value })} /><FieldError error={save.error} name="periodFrom" /></span>
        <label htmlFor="cycle-periodTo">{t('evaluation.periodTo')}</label>
        <span><input {...input('periodTo')} type="date" value={body.periodTo ?? ''} onChange={e => set({ periodTo: e.target.value })} /><FieldError error={save.error} name="periodTo" /></span>
      </div>
      <EvaluationProblem error={save.error} fields={FIELDS} testId="cycle-problem" />
      <p className="actions">
        <button type="submit" data-testid="cycle-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
