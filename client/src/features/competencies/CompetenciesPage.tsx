import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CompetencyKind, type CompetencyResponse } from '../../api';
import { isNotFound, Status } from '../../shared/common';
import { useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { CompetencyForm } from './CompetencyForm';
import { competencyCommands, competencyKeys, competencyQueries } from './queries';

// Managerial and socio-cultural first: the national dictionary comes before a tenant's technical entries.
const KINDS = [CompetencyKind.Manajerial, CompetencyKind.SosialKultural, CompetencyKind.Teknis];

export function CompetenciesPage() {
  const { t } = useTranslation();
  // The open entry is in the address too, so a link can point at one competency's descriptors.
  const [filters, setFilters] = useUrlState({ q: '', kind: '', active: 'true', open: '' });
  const [q, setQ] = useSearchText(filters.q, text => setFilters({ q: text }));
  const kind = KINDS.find(k => k === filters.kind);
  const open = filters.open || undefined;
  const toggle = (id: string) => setFilters({ open: open === id ? '' : id });
  const active = filters.active === 'true' ? true : filters.active === 'false' ? false : undefined;
  const list = useQuery(competencyQueries.list({ kind, q: filters.q, active }));
  const detail = useQuery({ ...competencyQueries.detail(open ?? ''), enabled: !!open });
  const can = usePermissions();
  const [editing, setEditing] = useState<'new' | 'open'>();
  const [saved, setSaved] = useState<string>();
  return (
    <section>
      <h1>{t('competencies.title')}</h1>
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="competency-search" /></label>
        <label>{t('competencies.kind')}
          <select value={filters.kind} onChange={e => setFilters({ kind: e.target.value })} data-testid="competency-kind">
            <option value="">{t('common.all')}</option>
            {KINDS.map(k => <option key={k} value={k}>{t(`competencies.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('common.status')}
          <select value={filters.active} onChange={e => setFilters({ active: e.target.value })} data-testid="competency-active">
            <option value="true">{t('common.active')}</option>
            <option value="false">{t('competencies.retired')}</option>
            <option value="">{t('common.all')}</option>
          </select>
        </label>
      </div>
      {can.writeTenant && !editing && (
        <p><button type="button" className="secondary" data-testid="competency-new" onClick={() => { setSaved(undefined); setEditing('new'); }}>{t('competencies.create')}</button></p>
      )}
      {saved && <Notice testId="competency-saved">{t('competencies.saved', { code: saved })}</Notice>}
      {editing && (
        <CompetencyForm key={editing === 'open' ? open : 'new'} existing={editing === 'open' ? detail.data : undefined} onCancel={() => setEditing(undefined)}
                        onSaved={c => { setEditing(undefined); setSaved(c.code); setFilters({ open: c.id }); }} />
      )}
      {open && detail.data && !editing && (
        <Detail competency={detail.data} onClose={() => toggle(open)}
                onEdit={can.writeTenant && !detail.data.isNational && detail.data.isActive ? () => { setSaved(undefined); setEditing('open'); } : undefined}
                canRetire={can.writeTenant && !detail.data.isNational && detail.data.isActive} />
      )}
      {open && !isNotFound(detail.error) && <Status error={detail.error} />}
      <Status loading={list.isLoading} error={list.error} />
      <div className="table-wrap">
        <table className="cards-on-phone">
          <thead><tr><th>{t('competencies.code')}</th><th>{t('units.name')}</th><th>{t('competencies.kind')}</th><th>{t('competencies.group')}</th><th><span className="sr-only">{t('competencies.source')}</span></th></tr></thead>
          <tbody>
            {list.data?.items.map(c => (
              <tr key={c.id} className={`clickable${open === c.id ? ' selected' : ''}`} tabIndex={0} onClick={() => toggle(c.id)} data-testid="competency-row"
                  aria-current={open === c.id ? 'true' : undefined} onKeyDown={k => { if (k.key === 'Enter') toggle(c.id); }}>
                <td className="mono" data-label={t('competencies.code')}>{c.code}</td>
                <td data-label={t('units.name')}>{c.name}</td>
                <td data-label={t('competencies.kind')}>{t(`competencies.${c.kind}`)}</td>
                <td data-label={t('competencies.group')}>{c.fieldGroup ?? t('common.none')}</td>
                <td>
                  {c.isNational ? <span className="badge neutral">{t('competencies.national')}</span> : <span className="badge">{t('competencies.own')}</span>}
                  {!c.isActive && <span className="badge warn" data-testid="competency-retired">{t('competencies.retired')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The five level descriptors. A tenant's technical competency may have none or only some (the demo data adds
 * technical competencies by code and name only), so each missing level says so instead of leaving a blank line.
 */
function Detail({ competency: c, onClose, onEdit, canRetire }: { competency: CompetencyResponse; onClose: () => void; onEdit?: () => void; canRetire: boolean }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const retire = useMutation({
    mutationFn: () => competencyCommands.retire(c.id, c.version),
    onError: () => setConfirming(false),
    onSuccess: async next => {
      setConfirming(false);
      queries.setQueryData(competencyKeys.detail(c.id), next);
      await queries.invalidateQueries({ queryKey: competencyKeys.lists() });
    },
  });
  const byLevel = new Map((c.levels ?? []).filter(l => l.description?.trim()).map(l => [l.level, l.description!]));
  return (
    <div className="card" data-testid="competency-detail">
      <h2>{c.code} · {c.name}{!c.isActive && <span className="badge warn">{t('competencies.retired')}</span>}</h2>
      {c.isNational && <p className="small muted" data-testid="competency-national-note">{t('competencies.nationalReadOnly')}</p>}
      {c.description ? <p>{c.description}</p> : <p className="muted" data-testid="no-description">{t('competencies.noDescription')}</p>}
      {byLevel.size === 0 && <p className="muted" data-testid="no-levels">{t(c.isNational ? 'competencies.noLevels' : 'competencies.noLevelsOwn')}</p>}
      <ol className="levels">
        {[1, 2, 3, 4, 5].map(level => (
          <li key={level} value={level} className={byLevel.has(level) ? undefined : 'undescribed'}>
            {byLevel.get(level) ?? t('competencies.levelUndescribed')}
          </li>
        ))}
      </ol>
      <p className="actions">
        {onEdit && <button type="button" data-testid="competency-edit" onClick={onEdit}>{t('competencies.editButton')}</button>}
        {canRetire && !confirming && <button type="button" className="secondary" data-testid="competency-retire" onClick={() => setConfirming(true)}>{t('competencies.retire')}</button>}
        <button type="button" className="secondary" onClick={onClose}>{t('common.close')}</button>
      </p>
      {confirming && (
        <div className="confirm" data-testid="competency-retire-confirm">
          <p>{t('competencies.retireConfirm', { code: c.code })}</p>
          <p className="actions">
            <button type="button" className="danger" disabled={retire.isPending} data-testid="competency-retire-yes" onClick={() => retire.mutate()}>{t('competencies.retireYes')}</button>
            <button type="button" className="secondary" onClick={() => { setConfirming(false); retire.reset(); }}>{t('common.cancel')}</button>
          </p>
        </div>
      )}
      <ProblemAlert error={retire.error}>
        {toProblem(retire.error).status === 412 && (
          <p><button type="button" className="secondary" data-testid="competency-reload"
                     onClick={async () => { retire.reset(); setConfirming(false); await queries.invalidateQueries({ queryKey: competencyKeys.detail(c.id) }); }}>{t('planDetail.reload')}</button></p>
        )}
      </ProblemAlert>
    </div>
  );
}
