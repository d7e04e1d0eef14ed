import { useEffect, useMemo, useState } from 'react';
import { usePermissions } from '../auth/permissions';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CompetencyKind, PositionType } from '../../api';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { Pager, SortHeader, Status } from '../../shared/common';
import { competencyQueries } from '../competencies/queries';
import { positionCommands, positionKeys, positionQueries } from './queries';
import { CopyStandard } from './CopyStandard';

const TYPES = Object.values(PositionType);

/** Positions, and the competency standard of the one selected: the required level per competency. */
export function PositionsPage() {
  const { t } = useTranslation();
  // The selected position is in the address too, so a shared link opens its standard.
  const [filters, setFilters] = useUrlState({ q: '', type: '', sort: 'name', page: '1', position: '' });
  const [q, setQ] = useSearchText(filters.q, text => setFilters({ q: text }));
  const type = TYPES.find(k => k === filters.type);
  const page = pageOf(filters.page);
  const selected = filters.position || undefined;
  const setSelected = (id: string) => setFilters({ position: id, page: filters.page });
  const onSort = (sort: string) => setFilters({ sort });
  const positions = useQuery(positionQueries.list({ q: filters.q, type, sort: filters.sort, page, pageSize: 15 }));
  return (
    <section>
      <h1>{t('positions.title')}</h1>
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="position-search" /></label>
        <label>{t('positions.type')}
          <select value={filters.type} onChange={e => setFilters({ type: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {TYPES.map(k => <option key={k} value={k}>{t(`positions.types.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <Status loading={positions.isLoading} error={positions.error} />
      {positions.data && (
        <>
          <div className="table-wrap">
            <table className="compact-on-phone two-heads">
              <thead>
                <tr>
                  <SortHeader label={t('units.code')} sortKey="code" sort={filters.sort} onSort={onSort} />
                  <SortHeader label={t('units.name')} sortKey="name" sort={filters.sort} onSort={onSort} />
                  <SortHeader label={t('positions.type')} sortKey="type" sort={filters.sort} onSort={onSort} />
                  <SortHeader label={t('positions.level')} sortKey="level" sort={filters.sort} onSort={onSort} />
                  <SortHeader label={t('employees.unit')} sortKey="unit" sort={filters.sort} onSort={onSort} />
                </tr>
              </thead>
              <tbody>
                {positions.data.items.map(p => (
                  <tr key={p.id} data-testid="position-row" className={`clickable${selected === p.id ? ' selected' : ''}`} tabIndex={0}
                      onClick={() => setSelected(p.id)} onKeyDown={k => { if (k.key === 'Enter') setSelected(p.id); }}>
                    <td className="mono">{p.code}</td><td data-label={t('units.name')}>{p.name}</td>
                    <td data-label={t('positions.type')}>{t(`positions.types.${p.type}`)}</td><td data-label={t('positions.level')}>{p.managerialLevel}</td><td data-label={t('employees.unit')}>{p.unitName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={15} total={positions.data.total} onPage={p => setFilters({ page: String(p), position: filters.position })} />
        </>
      )}
      {selected && <StandardEditor key={selected} positionId={selected} />}
    </section>
  );
}

function StandardEditor({ positionId }: { positionId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  // Only the tenant admin sets standards; everyone else reads the same table without controls.
  const readOnly = !usePermissions().writeTenant;
  const standard = useQuery(positionQueries.standard(positionId));
  const dictionary = useQuery(competencyQueries.list({ active: true }));
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (standard.data) setLevels(Object.fromEntries(standard.data.items.map(i => [i.competencyId, i.requiredLevel])));
  }, [standard.data]);
    const save = useMutation({
    mutationFn: (items: { competencyId: string; requiredLevel: number }[]) => positionCommands.setStandard(positionId, { items }),
    onMutate: () => setSaved(false),
    onSuccess: async () => { setSaved(true); await queries.invalidateQueries({ queryKey: positionKeys.standard(positionId) }); },
  });
  // The server names a field by its index in the list sent ("items[3].requiredLevel"); this finds the row it belongs to.
  const sent = save.variables ?? [];
  const fieldOf = (competencyId: string) => `items[${sent.findIndex(i => i.competencyId === competencyId)}].requiredLevel`;
  const fields = sent.map((_, i) => `items[${i}]`);
  const rows = useMemo(() => dictionary.data?.items ?? [], [dictionary.data]);
  if (!standard.data) return <Status loading={standard.isLoading} error={standard.error} />;
  return (
    <>
    <form className="card" data-testid="standard-editor" onSubmit={e => { e.preventDefault(); save.mutate(Object.entries(levels).map(([competencyId, requiredLevel]) => ({ competencyId, requiredLevel }))); }}>
      <h2>{t('positions.standard')}: {standard.data.positionName}</h2>
      <p className="small muted">{t('positions.hint', { level: standard.data.managerialLevel })}</p>
      <div className="table-wrap">
        <table className="compact-on-phone">
          <thead><tr><th>{t('profile.competency')}</th><th>{t('competencies.kind')}</th><th>{t('profile.required')}</th></tr></thead>
          <tbody>
            {rows.map(c => (
              <tr key={c.id}>
                <td>{readOnly ? <><span className="mono">{c.code}</span> {c.name}</> : <label htmlFor={`req-${c.id}`}><span className="mono">{c.code}</span> {c.name}</label>}</td>
                <td data-label={t('competencies.kind')}>{t(`competencies.${c.kind}`)}</td>
                <td data-label={t('profile.required')}>
                  {readOnly ? <span data-testid={`required-${c.code}`}>{levels[c.id] ?? (c.kind === CompetencyKind.Teknis ? t('positions.notRequired') : t('positions.default'))}</span> : <>
                  <select id={`req-${c.id}`} data-testid={`required-${c.code}`} value={levels[c.id] ?? ''} {...invalidProps(save.error, fieldOf(c.id))}
                          onChange={e => setLevels(l => {
                            const next = { ...l };
                            if (e.target.value) next[c.id] = Number(e.target.value); else delete next[c.id];
                            return next;
                          })}>
                    <option value="">{c.kind === CompetencyKind.Teknis ? t('positions.notRequired') : t('positions.default')}</option>
                    {[1, 2, 3, 4, 5].map(n => <option key={n} value={n}>{n}</option>)}
                  </select>
                  <FieldError error={save.error} name={fieldOf(c.id)} />
                  </>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {saved && <Notice>{t('positions.saved')}</Notice>}
      <ProblemAlert error={save.error} fields={fields} />
      {!readOnly && <p className="actions"><button type="submit" data-testid="standard-save" disabled={save.isPending}>{t('common.save')}</button></p>}
    </form>
    {/* Outside the form: Enter in its search box must not save the standard above. */}
    {!readOnly && <CopyStandard source={standard.data} />}
    </>
  );
}
