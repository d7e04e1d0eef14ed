import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PartnerKind, type PartnerRequest, type PartnerResponse } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { ConfirmButton, TrainingProblem, TrainingTabs } from './common';
import { partnerKeys, partnerQueries, trainingCommands } from './queries';
import './training.css';

const KINDS = Object.values(PartnerKind);
const PAGE_SIZE = 15;

/** Universities, training agencies, NGOs and others the tenant trains with; the chosen one's editor below the list. */
export function PartnersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [f, setF] = useUrlState({ q: '', kind: '', active: 'true', sort: 'name', page: '1', partner: '' });
  const [q, setQ] = useSearchText(f.q, text => setF({ q: text }));
  const page = pageOf(f.page);
  const kind = KINDS.find(k => k === f.kind);
  const active = f.active === '' ? undefined : f.active === 'true';
  const partners = useQuery(partnerQueries.list({ q: f.q, kind, active, sort: f.sort, page, pageSize: PAGE_SIZE }));
  const onSort = (sort: string) => setF({ sort });
  // Outside the editor: a saved record's editor is drawn anew from its new version.
  const [notice, setNotice] = useState<string>();
  const choose = (id: string) => { setNotice(undefined); setF({ partner: id, page: f.page }); };
  const onSaved = (text: string, id: string) => { setF({ partner: id, page: f.page }); setNotice(text); };
  const selected = partners.data?.items.find(p => p.id === f.partner);
  return (
    <section>
      <h1>{t('training.partners')}</h1>
      <TrainingTabs />
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="partner-search" /></label>
        <label>{t('training.kind')}
          <select value={f.kind} onChange={e => setF({ kind: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {KINDS.map(k => <option key={k} value={k}>{t(`training.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('common.status')}
          <select value={f.active} onChange={e => setF({ active: e.target.value })}>
            <option value="">{t('common.all')}</option>
            <option value="true">{t('common.active')}</option>
            <option value="false">{t('common.inactive')}</option>
          </select>
        </label>
        {can.writeTenant && <button type="button" onClick={() => choose('new')} data-testid="partner-new">{t('training.newPartner')}</button>}
      </div>
      {f.partner === 'new' && <PartnerEditor key="new" onClose={() => setF({ partner: '', page: f.page })} onSaved={onSaved} />}
      <Status loading={partners.isLoading} error={partners.error} />
      {partners.data && (
        <>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <SortHeader label={t('units.name')} sortKey="name" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.kind')} sortKey="kind" sort={f.sort} onSort={onSort} />
                  <th>{t('training.contactName')}</th>
                  <th>{t('training.contactEmail')}</th>
                </tr>
              </thead>
              <tbody>
                {partners.data.items.length === 0 && <tr><td colSpan={4}>{t('training.emptyPartners')}</td></tr>}
                {partners.data.items.map(p => (
                  <tr key={p.id} data-testid="partner-row" className={`clickable${f.partner === p.id ? ' selected' : ''}`} tabIndex={0}
                      onClick={() => choose(p.id)} onKeyDown={k => { if (k.key === 'Enter') choose(p.id); }}>
                    <td data-label={t('units.name')}>{p.name}{!p.isActive && <span className="badge neutral">{t('common.inactive')}</span>}</td>
                    <td data-label={t('training.kind')}>{t(`training.kinds.${p.kind}`)}</td>
                    <td data-label={t('training.contactName')}>{p.contactName ?? t('common.none')}</td>
                    <td data-label={t('training.contactEmail')}>{p.contactEmail ?? t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={partners.data.total} onPage={p => setF({ page: String(p), partner: f.partner })} />
        </>
      )}
      {notice && <Notice testId="partner-saved">{notice}</Notice>}
      {f.partner && f.partner !== 'new' && <PartnerPanel key={f.partner} id={f.partner} fallback={selected} onSaved={onSaved} />}
    </section>
  );
}

function PartnerPanel({ id, fallback, onSaved }: { id: string; fallback?: PartnerResponse; onSaved: (text: string, id: string) => void }) {
  const partner = useQuery({ ...partnerQueries.detail(id), placeholderData: fallback });
  if (!partner.data) return <Status loading={partner.isLoading} error={partner.error} />;
  return <PartnerEditor key={partner.data.version} existing={partner.data} onSaved={onSaved} />;
}

function PartnerEditor({ existing, onClose, onSaved }: { existing?: PartnerResponse; onClose?: () => void; onSaved: (text: string, id: string) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().writeTenant;
  // The editor opens below the list: bring it into view when a row is chosen (or the address names one).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { form.current?.scrollIntoView({ block: 'nearest' }); }, []);
  const [body, setBody] = useState<PartnerRequest>(() => ({
    name: existing?.name ?? '', kind: existing?.kind ?? PartnerKind.GovernmentTrainingAgency,
    contactName: existing?.contactName ?? '', contactEmail: existing?.contactEmail ?? '', contactPhone: existing?.contactPhone ?? '',
  }));
  const set = (patch: Partial<PartnerRequest>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      // Empty contact fields are "none", not an empty string the validator would have to judge.
      const request = { ...body, contactName: body.contactName || undefined, contactEmail: body.contactEmail || undefined, contactPhone: body.contactPhone || undefined };
      return existing ? trainingCommands.updatePartner(existing.id, existing.version, request) : trainingCommands.createPartner(request);
    },
    onSuccess: async p => {
      queries.setQueryData(partnerKeys.detail(p.id), p);
      await queries.invalidateQueries({ queryKey: partnerKeys.lists() });
      onSaved(t('training.partnerSaved', { name: p.name }), p.id);
    },
  });
  const deactivate = useMutation({
    mutationFn: () => trainingCommands.deactivatePartner(existing!.id, existing!.version),
    onSuccess: async p => { queries.setQueryData(partnerKeys.detail(p.id), p); await queries.invalidateQueries({ queryKey: partnerKeys.lists() }); onSaved(t('training.deactivated'), p.id); },
  });
  const input = (name: keyof PartnerRequest) => ({ id: `partner-${name}`, 'data-testid': `partner-${name}`, disabled: readOnly, ...invalidProps(save.error, name) });
  return (
    <form ref={form} noValidate className="card editor" data-testid="partner-editor" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{existing ? (readOnly ? existing.name : t('training.editPartner', { name: existing.name })) : t('training.newPartner')}
        {existing && !existing.isActive && <span className="badge neutral">{t('common.inactive')}</span>}</h2>
      <div className="grid-form">
        <label htmlFor="partner-name">{t('units.name')}</label>
        <span><input {...input('name')} value={body.name ?? ''} onChange={e => set({ name: e.target.value })} /><FieldError error={save.error} name="name" /></span>
        <label htmlFor="partner-kind">{t('training.kind')}</label>
        <span><select {...input('kind')} value={body.kind} onChange={e => set({ kind: e.target.value as PartnerKind })}>
          {KINDS.map(k => <option key={k} value={k}>{t(`training.kinds.${k}`)}</option>)}
        </select><FieldError error={save.error} name="kind" /></span>
        <label htmlFor="partner-contactName">{t('training.contactName')}</label>
        <span><input {...input('contactName')} value={body.contactName ?? ''} onChange={e => set({ contactName: e.target.value })} /><FieldError error={save.error} name="contactName" /></span>
        <label htmlFor="partner-contactEmail">{t('training.contactEmail')}</label>
        <span><input {...input('contactEmail')} type="email" value={body.contactEmail ?? ''} onChange={e => set({ contactEmail: e.target.value })} /><FieldError error={save.error} name="contactEmail" /></span>
        <label htmlFor="partner-contactPhone">{t('training.contactPhone')}</label>
        <span><input {...input('contactPhone')} type="tel" value={body.contactPhone ?? ''} onChange={e => set({ contactPhone: e.target.value })} /><FieldError error={save.error} name="contactPhone" /></span>
      </div>
      <TrainingProblem error={save.error ?? deactivate.error} fields={['name', 'kind', 'contactName', 'contactEmail', 'contactPhone']}
                       onReload={() => { save.reset(); deactivate.reset(); void queries.invalidateQueries({ queryKey: partnerKeys.all }); }} />
      {!readOnly && (
        <p className="actions">
          <button type="submit" data-testid="partner-save" disabled={save.isPending}>{t('common.save')}</button>
          {onClose && <button type="button" className="secondary" onClick={onClose}>{t('common.cancel')}</button>}
          {existing?.isActive && <ConfirmButton label={t('training.deactivate')} question={t('training.deactivatePartner', { name: existing.name })} yes={t('training.deactivateYes')}
                                                testId="partner-deactivate" pending={deactivate.isPending} onConfirm={() => deactivate.mutate()} />}
        </p>
      )}
    </form>
  );
}
