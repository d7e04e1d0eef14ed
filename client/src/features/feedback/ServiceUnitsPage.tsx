import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ServiceUnitRequest, ServiceUnitResponse } from '../../api';
import { Pager, SortHeader, Status, useDebounced } from '../../shared/common';
import { formatNip, formatNumber } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { employeeQueries } from '../employees/queries';
import { unitQueries } from '../units/queries';
import { FeedbackTabs } from './common';
import { feedbackCommands, ikmKeys, serviceUnitKeys, serviceUnitQueries } from './queries';

const PAGE_SIZE = 15;

/** Service points (Dukcapil, the licensing office, a puskesmas): the list, and the chosen one's editor below it (?su=id, or new). */
export function ServiceUnitsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [f, setF] = useUrlState({ q: '', unit: '', survey: '', sort: 'name', page: '1', su: '' });
  const [q, setQ] = useSearchText(f.q, text => setF({ q: text }));
  const page = pageOf(f.page);
  const surveyOpen = f.survey === '' ? undefined : f.survey === 'true';
  const list = useQuery(serviceUnitQueries.list({ q: f.q, underUnitId: f.unit || undefined, surveyOpen, sort: f.sort, page, pageSize: PAGE_SIZE }));
  const units = useQuery(unitQueries.tree({ active: true }));
  const onSort = (sort: string) => setF({ sort });
  const [notice, setNotice] = useState<string>();
  const choose = (id: string) => { setNotice(undefined); setF({ su: id, page: f.page }); };
  const onSaved = (text: string, id: string) => { setF({ su: id, page: f.page }); setNotice(text); };
  const selected = list.data?.items.find(s => s.id === f.su);
  return (
    <section>
      <h1>{t('feedback.units')}</h1>
      <FeedbackTabs />
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="su-search" /></label>
        <label>{t('feedback.unit')}
          <select value={f.unit} onChange={e => setF({ unit: e.target.value })} data-testid="su-filter-unit">
            <option value="">{t('feedback.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label>{t('feedback.filterSurvey')}
          <select value={f.survey} onChange={e => setF({ survey: e.target.value })} data-testid="su-filter-survey">
            <option value="">{t('common.all')}</option>
            <option value="true">{t('feedback.surveyOpen')}</option>
            <option value="false">{t('feedback.surveyClosed')}</option>
          </select>
        </label>
        {can.writeTenant && <button type="button" onClick={() => choose('new')} data-testid="su-new">{t('feedback.newUnit')}</button>}
      </div>
      {f.su === 'new' && (can.writeTenant
        ? <ServiceUnitEditor key="new" onClose={() => setF({ su: '', page: f.page })} onSaved={onSaved} />
        : <NotAllowed />)}
      <Status loading={list.isLoading} error={list.error} />
      {list.data && (
        <>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <SortHeader label={t('feedback.name')} sortKey="name" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('feedback.unit')} sortKey="unit" sort={f.sort} onSort={onSort} />
                  <th>{t('feedback.serviceTypes')}</th>
                  <SortHeader label={t('feedback.populationShort')} sortKey="population" sort={f.sort} onSort={onSort} />
                  <th>{t('feedback.filterSurvey')}</th>
                  <th><span className="sr-only">{t('feedback.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.length === 0 && <tr><td colSpan={6}>{t('feedback.emptyList')}</td></tr>}
                {list.data.items.map(s => (
                  <tr key={s.id} data-testid="su-row" data-slug={s.slug} className={`clickable${f.su === s.id ? ' selected' : ''}`} tabIndex={0}
                      onClick={() => choose(s.id)} onKeyDown={k => { if (k.key === 'Enter') choose(s.id); }}>
                    <td data-label={t('feedback.name')}>{s.name}<div className="small muted mono">{s.slug}</div></td>
                    <td data-label={t('feedback.unit')}>{s.unitName}</td>
                    <td data-label={t('feedback.serviceTypes')}>{s.serviceTypes.join(', ')}</td>
                    <td data-label={t('feedback.populationShort')}>{formatNumber(s.populationPerYear)}</td>
                    <td data-label={t('feedback.filterSurvey')}><span className={`badge nowrap ${s.surveyOpen ? 'good' : 'neutral'}`}>{s.surveyOpen ? t('feedback.surveyOpen') : t('feedback.surveyClosed')}</span></td>
                    <td data-label={t('feedback.open')}><Link to={`/umpan-balik/unit-layanan/${s.id}`} onClick={e => e.stopPropagation()} data-testid="su-open">{t('feedback.ikm')}</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={p => setF({ page: String(p), su: f.su })} />
        </>
      )}
      {notice && <Notice testId="su-saved">{notice}</Notice>}
      {f.su && f.su !== 'new' && <ServiceUnitPanel key={f.su} id={f.su} fallback={selected} onSaved={onSaved} />}
    </section>
  );
}

/**
 * A link to the new-unit editor followed by someone who may not create one: said as the API would say it (403), before
 * anything is typed in vain. The API refuses the write anyway.
 */
function NotAllowed() {
  const { t } = useTranslation();
  return <ProblemAlert error={{ status: 403, detail: t('feedback.readOnly') }} testId="su-forbidden" />;
}

function ServiceUnitPanel({ id, fallback, onSaved }: { id: string; fallback?: ServiceUnitResponse; onSaved: (text: string, id: string) => void }) {
  const unit = useQuery({ ...serviceUnitQueries.detail(id), placeholderData: fallback });
  if (!unit.data) return <Status loading={unit.isLoading} error={unit.error} />;
  return <ServiceUnitEditor key={unit.data.version} existing={unit.data} onSaved={onSaved} />;
}

/** Every message the problem has for this field and its items (serviceTypes, serviceTypes[2]), in one line. */
function messagesFor(error: unknown, prefix: string): string | undefined {
  if (!error) return undefined;
  const found = Object.entries(toProblem(error).fieldErrors).filter(([k]) => k === prefix || k.startsWith(`${prefix}[`)).flatMap(([, m]) => m);
  return found.length ? found.join(' ') : undefined;
}

export function ServiceUnitEditor({ existing, onClose, onSaved }: { existing?: ServiceUnitResponse; onClose?: () => void; onSaved: (text: string, id: string) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().writeTenant;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { form.current?.scrollIntoView({ block: 'nearest' }); }, []);
  const units = useQuery(unitQueries.tree({ active: true }));
  const [body, setBody] = useState(() => ({
    name: existing?.name ?? '', slug: existing?.slug ?? '', unitId: existing?.unitId ?? '', types: existing?.serviceTypes.join('\n') ?? '',
    population: existing ? String(existing.populationPerYear) : '', surveyOpen: existing?.surveyOpen ?? true,
  }));
  const [staff, setStaff] = useState<string[]>(() => existing?.staffIds ?? []);
  const [names, setNames] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof body>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const request: ServiceUnitRequest = {
        name: body.name, slug: body.slug, unitId: body.unitId || undefined,
        serviceTypes: body.types.split('\n').map(s => s.trim()).filter(s => s !== ''),
        populationPerYear: body.population === '' ? undefined : Number(body.population), staffIds: staff, surveyOpen: body.surveyOpen,
      };
      return existing ? feedbackCommands.updateServiceUnit(existing.id, existing.version, request) : feedbackCommands.createServiceUnit(request);
    },
    onSuccess: async s => {
      queries.setQueryData(serviceUnitKeys.detail(s.id), s);
      await queries.invalidateQueries({ queryKey: serviceUnitKeys.lists() });
      await queries.invalidateQueries({ queryKey: ikmKeys.all });
      onSaved(t('feedback.saved', { name: s.name }), s.id);
    },
  });
  const input = (name: string, field = name) => ({ id: `su-${name}`, 'data-testid': `su-${name}`, disabled: readOnly, ...invalidProps(save.error, field) });
  const typesError = messagesFor(save.error, 'serviceTypes');
  const staffError = messagesFor(save.error, 'staffIds');
  return (
    <form ref={form} noValidate className="card editor" data-testid="su-editor" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{existing ? (readOnly ? existing.name : t('feedback.editUnit', { name: existing.name })) : t('feedback.newUnit')}</h2>
      {readOnly && <p className="muted small" data-testid="su-readonly">{t('feedback.readOnly')}</p>}
      <div className="grid-form">
        <label htmlFor="su-name">{t('feedback.name')}</label>
        <span><input {...input('name')} value={body.name} onChange={e => set({ name: e.target.value })} /><FieldError error={save.error} name="name" /></span>
        <label htmlFor="su-slug">{t('feedback.slug')}</label>
        <span><input {...input('slug')} value={body.slug} onChange={e => set({ slug: e.target.value })} aria-describedby="su-slug-hint" />
          <span className="small muted" id="su-slug-hint">{t('feedback.slugHint')}</span><FieldError error={save.error} name="slug" /></span>
        <label htmlFor="su-unitId">{t('feedback.unit')}</label>
        <span><select {...input('unitId')} value={body.unitId} onChange={e => set({ unitId: e.target.value })}>
          <option value="">{t('feedback.chooseUnit')}</option>
          {existing && !units.data?.items.some(u => u.id === existing.unitId) && <option value={existing.unitId}>{existing.unitName}</option>}
          {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
        </select><FieldError error={save.error} name="unitId" /></span>
        <label htmlFor="su-serviceTypes">{t('feedback.serviceTypes')}</label>
        <span><textarea {...input('serviceTypes')} {...(typesError ? { 'aria-invalid': true, 'aria-describedby': 'err-su-types' } : {})} rows={4}
                        value={body.types} onChange={e => set({ types: e.target.value })} />
          <span className="small muted">{t('feedback.serviceTypesHint')}</span>
          {typesError && <span className="field-error" id="err-su-types" data-testid="field-error-serviceTypes">{typesError}</span>}</span>
        <label htmlFor="su-populationPerYear">{t('feedback.population')}</label>
        <span><input {...input('populationPerYear')} type="number" min={1} value={body.population} onChange={e => set({ population: e.target.value })} />
          <FieldError error={save.error} name="populationPerYear" /></span>
        <label htmlFor="su-surveyOpen">{t('feedback.surveyOpenField')}</label>
        <span><input {...input('surveyOpen')} type="checkbox" checked={body.surveyOpen} onChange={e => set({ surveyOpen: e.target.checked })} /></span>
      </div>
      <fieldset disabled={readOnly}>
        <legend>{t('feedback.staff')}</legend>
        <StaffPicker staff={staff} names={names} readOnly={readOnly}
                     onAdd={(id, name) => { setStaff(s => (s.includes(id) ? s : [...s, id])); setNames(n => ({ ...n, [id]: name })); }}
                     onRemove={id => setStaff(s => s.filter(x => x !== id))} />
        {staffError && <span className="field-error" data-testid="field-error-staffIds">{staffError}</span>}
      </fieldset>
      <ProblemAlert error={save.error} fields={['name', 'slug', 'unitId', 'serviceTypes', 'populationPerYear', 'staffIds', 'surveyOpen']} testId="problem">
        {save.error && toProblem(save.error).status === 412 && (
          <p><button type="button" className="secondary" data-testid="reload" onClick={() => { save.reset(); void queries.invalidateQueries({ queryKey: serviceUnitKeys.all }); }}>{t('feedback.reload')}</button></p>
        )}
      </ProblemAlert>
      {!readOnly && (
        <p className="actions">
          <button type="submit" data-testid="su-save" disabled={save.isPending}>{t('common.save')}</button>
          {onClose && <button type="button" className="secondary" onClick={onClose}>{t('common.cancel')}</button>}
          {existing && <Link className="button secondary" to={`/umpan-balik/unit-layanan/${existing.id}`}>{t('feedback.ikm')}</Link>}
        </p>
      )}
    </form>
  );
}

/** The staff of the service point: found by name or NIP, listed by name. Names of staff saved earlier are read one by one. */
function StaffPicker({ staff, names, readOnly, onAdd, onRemove }: {
  staff: string[]; names: Record<string, string>; readOnly: boolean; onAdd: (id: string, name: string) => void; onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useQuery({ ...employeeQueries.list({ q, subunits: true, sort: 'name', page: 1, pageSize: 8, includeTotal: false }), enabled: q.length >= 2 && !readOnly });
  const unknown = staff.filter(id => !names[id]);
  const details = useQueries({ queries: unknown.map(id => ({ ...employeeQueries.detail(id), staleTime: 60_000 })) });
  const nameOf = (id: string) => names[id] ?? details[unknown.indexOf(id)]?.data?.name ?? '…';
  return (
    <>
      {staff.length === 0 ? <p className="muted">{t('feedback.noStaff')}</p> : (
        <ul className="plain staff-list" data-testid="su-staff">
          {staff.map(id => (
            <li key={id} data-testid="su-staff-item">
              <span>{nameOf(id)}</span>
              {!readOnly && <button type="button" className="link" onClick={() => onRemove(id)} aria-label={`${t('feedback.removeStaff')} ${nameOf(id)}`}>{t('feedback.removeStaff')}</button>}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <label>{t('feedback.staffSearch')}<input type="search" value={text} onChange={e => setText(e.target.value)} data-testid="su-staff-search" /></label>
      )}
      {!readOnly && q.length >= 2 && found.data && (
        <ul className="plain" data-testid="su-staff-results">
          {found.data.items.map(e => (
            <li key={e.id} className="actions" data-testid="su-staff-result">
              <span>{e.name} <span className="mono small nowrap">{formatNip(e.nip)}</span> <span className="muted small">{e.unitName}</span></span>
              <button type="button" className="secondary" disabled={staff.includes(e.id)} onClick={() => onAdd(e.id, e.name)}>{t('feedback.addStaff')}</button>
            </li>
          ))}
          {found.data.items.length === 0 && <li>{t('employees.empty')}</li>}
        </ul>
      )}
    </>
  );
}
