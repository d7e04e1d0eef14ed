import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompetencyMappingResponse, CompetencyResponse, MappedCompetency } from '../../api';
import { Status } from '../../shared/common';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { usePermissions } from '../auth/permissions';
import { improvementCommands, improvementKeys, improvementQueries } from './queries';
import './improvementPlan.css';

interface Row { code?: string; name?: string; category?: string; unitTechnical: boolean; competencies: MappedCompetency[] }

/**
 * Which competencies each SKM unsur and complaint category points to (tenant admins edit, everyone reads), and the way
 * to each service unit's improvement plan.
 */
export function MappingPage() {
  const { t } = useTranslation();
  const mapping = useQuery(improvementQueries.mapping());
  const units = useQuery(improvementQueries.serviceUnits());
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="improvement">
      <h1>{t('improvementPlan.mappingTitle')}</h1>
      <p className="muted small">{t('improvementPlan.mappingHint')}</p>
      <Status loading={mapping.isLoading} error={mapping.error} />
      {mapping.data && <Editor key={mapping.data.version} current={mapping.data} notice={notice} setNotice={setNotice} />}

      <div className="card">
        <h2>{t('improvementPlan.serviceUnits')}</h2>
        <Status loading={units.isLoading} error={units.error} />
        {units.data && (units.data.items.length === 0 ? <p>{t('improvementPlan.noServiceUnits')}</p> : (
          <ul className="plain" data-testid="mapping-service-units">
            {units.data.items.map(u => (
              <li key={u.id}><Link to={`/umpan-balik/unit-layanan/${u.id}/rencana-perbaikan`} data-testid="improvement-link">{u.name}</Link> <small className="muted">{u.unitName}</small></li>
            ))}
          </ul>
        ))}
      </div>
    </section>
  );
}

function Editor({ current, notice, setNotice }: { current: CompetencyMappingResponse; notice: string | null; setNotice: (n: string | null) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().administer;
  const competencies = useQuery({ ...improvementQueries.competencies(), enabled: !readOnly });
  const [unsur, setUnsur] = useState<Row[]>(() => current.unsur.map(u => ({ code: u.code, name: u.name, unitTechnical: u.unitTechnical, competencies: u.competencies })));
  const [categories, setCategories] = useState<Row[]>(() => current.categories.map(c => ({ category: c.category, unitTechnical: false, competencies: c.competencies })));
  const [confirmReset, setConfirmReset] = useState(false);
  const after = async (next: CompetencyMappingResponse, message: string) => {
    setNotice(message);
    queries.setQueryData(improvementKeys.mapping(), next);
    await queries.invalidateQueries({ queryKey: [...improvementKeys.all, 'plan'] });
  };
  const save = useMutation({
    mutationFn: () => improvementCommands.saveMapping(current.version, {
      unsur: unsur.filter(u => u.unitTechnical || u.competencies.length > 0).map(u => ({ code: u.code, unitTechnical: u.unitTechnical, competencyIds: u.competencies.map(c => c.id) })),
      categories: categories.map(c => ({ category: c.category, competencyIds: c.competencies.map(x => x.id) })),
    }),
    onMutate: () => setNotice(null),
    onSuccess: next => after(next, t('improvementPlan.saved')),
  });
  const reset = useMutation({
    mutationFn: () => improvementCommands.resetMapping(current.version),
    onMutate: () => setNotice(null),
    onSuccess: next => { setConfirmReset(false); return after(next, t('improvementPlan.resetDone')); },
    onError: () => setConfirmReset(false),
  });
  const err = save.error ?? reset.error;
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  const usable = competencies.data?.items ?? [];
  return (
    <form className="card" onSubmit={submit} noValidate data-testid="mapping-form">
      <p><span className="badge neutral" data-testid="mapping-state">{current.isDefault ? t('improvementPlan.isDefault') : t('improvementPlan.isCustom', { version: current.version })}</span></p>
      <h2>{t('improvementPlan.unsur')}</h2>
      {unsur.map((u, i) => (
        <div key={u.code} className="mapping-row" data-testid={`mapping-unsur-${u.code}`}>
          <h3>{u.code} {u.name}</h3>
          <label className="check"><input type="checkbox" checked={u.unitTechnical} disabled={readOnly} data-testid={`mapping-technical-${u.code}`}
                        onChange={e => setUnsur(rows => rows.map((r, n) => n === i ? { ...r, unitTechnical: e.target.checked } : r))} />
            {t('improvementPlan.unitTechnical')} <small className="muted">({t('improvementPlan.unitTechnicalHint')})</small></label>
          <Chips row={u} readOnly={readOnly} usable={usable} label={`${u.code} ${u.name}`}
                 onChange={list => setUnsur(rows => rows.map((r, n) => n === i ? { ...r, competencies: list } : r))} />
          <FieldError error={err} name={`unsur[${unsurIndex(unsur, i)}].competencyIds`} />
        </div>
      ))}

      <h2>{t('improvementPlan.categories')}</h2>
      {categories.length === 0 && <p className="muted">{t('improvementPlan.none')}</p>}
      {categories.map((c, i) => (
        <div key={i} className="mapping-row" data-testid="mapping-category">
          <div className="category-head">
            <label>{t('improvementPlan.categoryName')}
              <input value={c.category ?? ''} readOnly={readOnly} data-testid={`mapping-category-${i}`} maxLength={200}
                     onChange={e => setCategories(rows => rows.map((r, n) => n === i ? { ...r, category: e.target.value } : r))} {...invalidProps(err, `categories[${i}].category`)} />
            </label>
            {!readOnly && <button type="button" className="secondary" onClick={() => setCategories(rows => rows.filter((_, n) => n !== i))}>{t('improvementPlan.removeCategory')}</button>}
          </div>
          <FieldError error={err} name={`categories[${i}].category`} />
          <Chips row={c} readOnly={readOnly} usable={usable} label={c.category || t('improvementPlan.categoryName')}
                 onChange={list => setCategories(rows => rows.map((r, n) => n === i ? { ...r, competencies: list } : r))} />
          <FieldError error={err} name={`categories[${i}].competencyIds`} />
        </div>
      ))}
      {!readOnly && <p><button type="button" className="secondary" data-testid="mapping-add-category"
                               onClick={() => setCategories(rows => [...rows, { category: '', unitTechnical: false, competencies: [] }])}>{t('improvementPlan.addCategory')}</button></p>}

      {notice && <Notice testId="mapping-saved">{notice}</Notice>}
      <ProblemAlert error={err} fields={['categories']}>
        {toProblem(err).status === 412 && (
          <p><button type="button" className="secondary" data-testid="mapping-reload"
                     onClick={async () => { save.reset(); reset.reset(); await queries.invalidateQueries({ queryKey: improvementKeys.mapping() }); }}>{t('improvementPlan.reload')}</button></p>
        )}
      </ProblemAlert>
      {!readOnly && (
        <>
          <p className="actions">
            <button type="submit" disabled={save.isPending} data-testid="mapping-save">{t('improvementPlan.save')}</button>
            <button type="button" className="secondary" data-testid="mapping-reset" onClick={() => setConfirmReset(true)}>{t('improvementPlan.reset')}</button>
          </p>
          {confirmReset && (
            <div className="confirm" role="group" aria-label={t('improvementPlan.reset')}>
              <p>{t('improvementPlan.resetConfirm')}</p>
              <p className="actions">
                <button type="button" data-testid="mapping-reset-confirm" disabled={reset.isPending} onClick={() => reset.mutate()}>{t('improvementPlan.resetYes')}</button>
                <button type="button" className="secondary" onClick={() => setConfirmReset(false)}>{t('common.cancel')}</button>
              </p>
            </div>
          )}
        </>
      )}
    </form>
  );
}

/** The index an unsur row has in the request (only mapped rows are sent), for its field errors. */
function unsurIndex(rows: Row[], i: number) {
  return rows.slice(0, i).filter(u => u.unitTechnical || u.competencies.length > 0).length;
}

function Chips({ row, readOnly, usable, label, onChange }: {
  row: Row; readOnly: boolean; usable: CompetencyResponse[]; label: string; onChange: (list: MappedCompetency[]) => void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(row.competencies.map(c => c.id));
  return (
    <div className="chips">
      {row.competencies.length === 0 && !row.unitTechnical && <span className="muted small">{t('improvementPlan.none')}</span>}
      {row.competencies.map(c => (
        <span key={c.id} className="chip" data-testid="mapping-chip">{c.name}
          {!readOnly && <button type="button" className="secondary" aria-label={t('improvementPlan.remove', { name: c.name })}
                                onClick={() => onChange(row.competencies.filter(x => x.id !== c.id))}>×</button>}
        </span>
      ))}
      {!readOnly && (
        <select value="" aria-label={`${t('improvementPlan.add')} ${label}`} data-testid="mapping-add"
                onChange={e => {
                  const c = usable.find(x => x.id === e.target.value);
                  if (c) onChange([...row.competencies, { id: c.id, code: c.code, name: c.name, kind: c.kind }]);
                }}>
          <option value="">{t('improvementPlan.add')}</option>
          {usable.filter(c => !chosen.has(c.id)).map(c => <option key={c.id} value={c.id}>{c.code} {c.name}</option>)}
        </select>
      )}
    </div>
  );
}
