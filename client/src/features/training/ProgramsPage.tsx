import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DevelopmentActivityForm, TrainingDelivery, type TrainingProgramRequest, type TrainingProgramResponse } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatNumber } from '../../shared/format';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { competencyQueries } from '../competencies/queries';
import { ConfirmButton, TrainingProblem, TrainingTabs } from './common';
import { partnerQueries, programKeys, programQueries, trainingCommands } from './queries';
import './training.css';

const FORMS = Object.values(DevelopmentActivityForm);
const DELIVERIES = Object.values(TrainingDelivery);
const PAGE_SIZE = 15;

/** The catalogue: programs with their filters in the address, and the editor of the one chosen (?program=id, or new). */
export function ProgramsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [f, setF] = useUrlState({ q: '', form: '', competency: '', partner: '', active: 'true', sort: 'title', page: '1', program: '' });
  const [q, setQ] = useSearchText(f.q, text => setF({ q: text }));
  const page = pageOf(f.page);
  const form = FORMS.find(x => x === f.form);
  const active = f.active === '' ? undefined : f.active === 'true';
  const programs = useQuery(programQueries.list({ q: f.q, form, competencyId: f.competency || undefined, partnerId: f.partner || undefined, active, sort: f.sort, page, pageSize: PAGE_SIZE }));
  const competencies = useQuery(competencyQueries.list({ active: true }));
  const partners = useQuery(partnerQueries.list({ active: true, page: 1, pageSize: 500 }));
  const onSort = (sort: string) => setF({ sort });
  // Outside the editor: a saved record's editor is drawn anew from its new version.
  const [notice, setNotice] = useState<string>();
  const choose = (id: string) => { setNotice(undefined); setF({ program: id, page: f.page }); };
  const onSaved = (text: string, id: string) => { setF({ program: id, page: f.page }); setNotice(text); };
  return (
    <section>
      <h1>{t('training.programs')}</h1>
      <TrainingTabs />
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="program-search" /></label>
        <label>{t('training.form')}
          <select value={f.form} onChange={e => setF({ form: e.target.value })} data-testid="program-filter-form">
            <option value="">{t('common.all')}</option>
            {FORMS.map(x => <option key={x} value={x}>{t(`forms.${x}`)}</option>)}
          </select>
        </label>
        <label>{t('training.competency')}
          <select value={f.competency} onChange={e => setF({ competency: e.target.value })} data-testid="program-filter-competency">
            <option value="">{t('common.all')}</option>
            {competencies.data?.items.map(c => <option key={c.id} value={c.id}>{c.code} {c.name}</option>)}
          </select>
        </label>
        <label>{t('training.partner')}
          <select value={f.partner} onChange={e => setF({ partner: e.target.value })} data-testid="program-filter-partner">
            <option value="">{t('common.all')}</option>
            {partners.data?.items.map(p => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('common.status')}
          <select value={f.active} onChange={e => setF({ active: e.target.value })} data-testid="program-filter-active">
            <option value="">{t('common.all')}</option>
            <option value="true">{t('common.active')}</option>
            <option value="false">{t('common.inactive')}</option>
          </select>
        </label>
        {can.writeTenant && <button type="button" onClick={() => choose('new')} data-testid="program-new">{t('training.newProgram')}</button>}
      </div>
      {f.program === 'new' && <ProgramEditor key="new" onClose={() => setF({ program: '', page: f.page })} onSaved={onSaved} />}
      <Status loading={programs.isLoading} error={programs.error} />
      {programs.data && (
        <>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <SortHeader label={t('training.code')} sortKey="code" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.titleCol')} sortKey="title" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.form')} sortKey="form" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.jp')} sortKey="jp" sort={f.sort} onSort={onSort} />
                  <th>{t('training.partner')}</th>
                  <th>{t('training.competency')}</th>
                </tr>
              </thead>
              <tbody>
                {programs.data.items.length === 0 && <tr><td colSpan={6}>{t('training.emptyPrograms')}</td></tr>}
                {programs.data.items.map(p => (
                  <tr key={p.id} data-testid="program-row" className={`clickable${f.program === p.id ? ' selected' : ''}`} tabIndex={0}
                      onClick={() => choose(p.id)} onKeyDown={k => { if (k.key === 'Enter') choose(p.id); }}>
                    <td data-label={t('training.code')} className="mono">{p.code}</td>
                    <td data-label={t('training.titleCol')}>{p.title}{!p.isActive && <span className="badge neutral">{t('common.inactive')}</span>}</td>
                    <td data-label={t('training.form')}>{t(`forms.${p.form}`)}</td>
                    <td data-label={t('training.jp')}>{formatNumber(p.jp)}</td>
                    <td data-label={t('training.partner')}>{p.partnerName ?? t('common.none')}</td>
                    <td data-label={t('training.competency')}>{p.competencies.map(c => `${c.competencyCode} +${c.expectedGain}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={programs.data.total} onPage={p => setF({ page: String(p), program: f.program })} />
        </>
      )}
      {notice && <Notice testId="program-saved">{notice}</Notice>}
      {f.program && f.program !== 'new' && <ProgramPanel key={f.program} id={f.program} onSaved={onSaved} />}
    </section>
  );
}

function ProgramPanel({ id, onSaved }: { id: string; onSaved: (text: string, id: string) => void }) {
  const program = useQuery(programQueries.detail(id));
  if (!program.data) return <Status loading={program.isLoading} error={program.error} />;
  return <ProgramEditor key={program.data.version} existing={program.data} onSaved={onSaved} />;
}

interface Row { competencyId: string; expectedGain: number }

/** Create or edit a program; a viewer or unit head sees the same fields read-only. */
function ProgramEditor({ existing, onClose, onSaved }: { existing?: TrainingProgramResponse; onClose?: () => void; onSaved: (text: string, id: string) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().writeTenant;
  // The editor opens below the list: bring it into view when a row is chosen (or the address names one).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { form.current?.scrollIntoView({ block: 'nearest' }); }, []);
  const competencies = useQuery(competencyQueries.list({ active: true }));
  const partners = useQuery(partnerQueries.list({ active: true, page: 1, pageSize: 500 }));
  const [body, setBody] = useState<TrainingProgramRequest>(() => ({
    code: existing?.code ?? '', title: existing?.title ?? '', description: existing?.description ?? '', form: existing?.form ?? DevelopmentActivityForm.PelatihanTeknis,
    delivery: existing?.delivery ?? TrainingDelivery.InPerson, jp: existing?.jp ?? 20, partnerId: existing?.partnerId, costPerParticipant: existing?.costPerParticipant,
    grantsCertificate: existing?.grantsCertificate ?? true,
  }));
  const [rows, setRows] = useState<Row[]>(() => existing?.competencies.map(c => ({ competencyId: c.competencyId, expectedGain: c.expectedGain })) ?? []);
  const set = (patch: Partial<TrainingProgramRequest>) => setBody(b => ({ ...b, ...patch }));
  const refresh = async () => { await queries.invalidateQueries({ queryKey: programKeys.all }); };
  const save = useMutation({
    mutationFn: () => {
      const request = { ...body, description: body.description || undefined, competencies: rows };
      return existing ? trainingCommands.updateProgram(existing.id, existing.version, request) : trainingCommands.createProgram(request);
    },
    onSuccess: async p => {
      queries.setQueryData(programKeys.detail(p.id), p);
      await queries.invalidateQueries({ queryKey: programKeys.lists() });
      onSaved(t('training.programSaved', { code: p.code }), p.id);
    },
  });
  const deactivate = useMutation({
    mutationFn: () => trainingCommands.deactivateProgram(existing!.id, existing!.version),
    onSuccess: async p => { queries.setQueryData(programKeys.detail(p.id), p); await queries.invalidateQueries({ queryKey: programKeys.lists() }); onSaved(t('training.deactivated'), p.id); },
  });
  const error = save.error ?? deactivate.error;
  const fields = ['code', 'title', 'description', 'form', 'delivery', 'jp', 'partnerId', 'costPerParticipant', 'competencies'];
  const input = (name: keyof TrainingProgramRequest) => ({ id: `program-${name}`, 'data-testid': `program-${name}`, disabled: readOnly, ...invalidProps(save.error, name) });
  return (
    <form ref={form} noValidate className="card editor" data-testid="program-editor" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{existing ? (readOnly ? existing.title : t('training.editProgram', { code: existing.code })) : t('training.newProgram')}
        {existing && !existing.isActive && <span className="badge neutral">{t('common.inactive')}</span>}</h2>
      <div className="grid-form">
        <label htmlFor="program-code">{t('training.code')}</label>
        <span><input {...input('code')} value={body.code ?? ''} maxLength={20} onChange={e => set({ code: e.target.value })} /><FieldError error={save.error} name="code" /></span>
        <label htmlFor="program-title">{t('training.titleCol')}</label>
        <span><input {...input('title')} value={body.title ?? ''} onChange={e => set({ title: e.target.value })} /><FieldError error={save.error} name="title" /></span>
        <label htmlFor="program-description">{t('training.description')}</label>
        <span><textarea {...input('description')} value={body.description ?? ''} onChange={e => set({ description: e.target.value })} /><FieldError error={save.error} name="description" /></span>
        <label htmlFor="program-form">{t('training.form')}</label>
        <span><select {...input('form')} value={body.form} onChange={e => set({ form: e.target.value as DevelopmentActivityForm })}>
          {FORMS.map(x => <option key={x} value={x}>{t(`forms.${x}`)}</option>)}
        </select><FieldError error={save.error} name="form" /></span>
        <label htmlFor="program-delivery">{t('training.delivery')}</label>
        <span><select {...input('delivery')} value={body.delivery} onChange={e => set({ delivery: e.target.value as TrainingDelivery })}>
          {DELIVERIES.map(x => <option key={x} value={x}>{t(`training.deliveries.${x}`)}</option>)}
        </select><FieldError error={save.error} name="delivery" /></span>
        <label htmlFor="program-jp">{t('training.jp')}</label>
        <span><input {...input('jp')} type="number" min={1} max={1000} value={body.jp ?? ''} onChange={e => set({ jp: e.target.value === '' ? undefined : Number(e.target.value) })} /><FieldError error={save.error} name="jp" /></span>
        <label htmlFor="program-partnerId">{t('training.partner')}</label>
        <span><select {...input('partnerId')} value={body.partnerId ?? ''} onChange={e => set({ partnerId: e.target.value || undefined })}>
          <option value="">{t('training.noPartner')}</option>
          {existing?.partnerId && !partners.data?.items.some(p => p.id === existing.partnerId) && <option value={existing.partnerId}>{existing.partnerName}</option>}
          {partners.data?.items.map(p => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select><FieldError error={save.error} name="partnerId" /></span>
        <label htmlFor="program-costPerParticipant">{t('training.cost')}</label>
        <span><input {...input('costPerParticipant')} type="number" min={0} value={body.costPerParticipant ?? ''} onChange={e => set({ costPerParticipant: e.target.value === '' ? undefined : Number(e.target.value) })} /><FieldError error={save.error} name="costPerParticipant" /></span>
        <label htmlFor="program-grantsCertificate">{t('training.certificate')}</label>
        <span><input {...input('grantsCertificate')} type="checkbox" checked={!!body.grantsCertificate} onChange={e => set({ grantsCertificate: e.target.checked })} /></span>
      </div>
      <fieldset disabled={readOnly}>
        <legend>{t('training.competency')}</legend>
        {rows.map((r, i) => (
          <div key={i} className="actions competency-row" data-testid="program-competency">
            <label className="sr-only" htmlFor={`pc-${i}`}>{t('training.competency')} {i + 1}</label>
            <select id={`pc-${i}`} value={r.competencyId} data-testid={`program-competency-${i}`} {...invalidProps(save.error, `competencies[${i}].competencyId`)}
                    onChange={e => setRows(all => all.map((x, j) => (j === i ? { ...x, competencyId: e.target.value } : x)))}>
              <option value="">—</option>
              {competencies.data?.items.map(c => <option key={c.id} value={c.id}>{c.code} {c.name}</option>)}
            </select>
            <label htmlFor={`pg-${i}`}>{t('training.gain')}</label>
            <select id={`pg-${i}`} value={r.expectedGain} data-testid={`program-gain-${i}`} {...invalidProps(save.error, `competencies[${i}].expectedGain`)}
                    onChange={e => setRows(all => all.map((x, j) => (j === i ? { ...x, expectedGain: Number(e.target.value) } : x)))}>
              <option value={1}>+1</option><option value={2}>+2</option>
            </select>
            {!readOnly && <button type="button" className="link" onClick={() => setRows(all => all.filter((_, j) => j !== i))}>{t('training.remove')}</button>}
            <FieldError error={save.error} name={`competencies[${i}].competencyId`} />
            <FieldError error={save.error} name={`competencies[${i}].expectedGain`} />
          </div>
        ))}
        {!readOnly && <button type="button" className="secondary" data-testid="program-add-competency" onClick={() => setRows(all => [...all, { competencyId: '', expectedGain: 1 }])}>{t('training.addCompetency')}</button>}
        <FieldError error={save.error} name="competencies" />
      </fieldset>
      <TrainingProblem error={error} fields={[...fields, ...rows.map((_, i) => `competencies[${i}]`)]} onReload={() => { save.reset(); deactivate.reset(); void refresh(); }} />
      {!readOnly && (
        <p className="actions">
          <button type="submit" data-testid="program-save" disabled={save.isPending}>{t('common.save')}</button>
          {onClose && <button type="button" className="secondary" onClick={onClose}>{t('common.cancel')}</button>}
          {existing?.isActive && <ConfirmButton label={t('training.deactivate')} question={t('training.deactivateProgram', { code: existing.code })} yes={t('training.deactivateYes')}
                                                testId="program-deactivate" pending={deactivate.isPending} onConfirm={() => deactivate.mutate()} />}
        </p>
      )}
    </form>
  );
}
