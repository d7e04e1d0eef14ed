import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ComplaintType, type PublicComplaintReceipt } from '../../api';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { publicQueries, complaintCommands } from './queries';
import { PublicLayout } from './PublicLayout';
import './i18n';

const FIELDS = ['serviceUnitSlug', 'type', 'category', 'text', 'reporterName', 'reporterContact'];

/** A UUID for the submission; crypto.randomUUID needs a secure context, so a page opened over plain http builds one itself. */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The public complaint form at /pengaduan/:tenantCode (a service unit's QR code may add ?layanan=<slug>). One submissionId
 * per complaint, kept across retries, so a phone that lost the answer and sends again gets the same tracking code.
 */
export function PublicComplaintPage() {
  const { t } = useTranslation();
  const { tenantCode = '' } = useParams();
  const [params] = useSearchParams();
  const form = useQuery(publicQueries.form(tenantCode));
  const [receipt, setReceipt] = useState<PublicComplaintReceipt>();
  const [formKey, setFormKey] = useState(0);
  const notFound = toProblem(form.error).status === 404;
  return (
    <PublicLayout tenantName={form.data?.tenantName}>
      <h1>{t('publicComplaint.title')}</h1>
      {form.isLoading && <p aria-live="polite">{t('app.loading')}</p>}
      {form.error && (notFound ? <p data-testid="public-not-found">{t('notFound.body')}</p> : <ProblemAlert error={form.error} />)}
      {receipt && <Receipt tenantCode={tenantCode} receipt={receipt} onAnother={() => { setReceipt(undefined); setFormKey(k => k + 1); }} />}
      {form.data && !receipt && (
        <ComplaintForm key={formKey} tenantCode={tenantCode} tenantName={form.data.tenantName} units={form.data.serviceUnits}
                       initialSlug={params.get('layanan') ?? ''} onSent={setReceipt} />
      )}
      {!receipt && <p><Link to={`/lacak/${encodeURIComponent(tenantCode)}`} data-testid="public-track-link">{t('publicComplaint.trackLink')}</Link></p>}
    </PublicLayout>
  );
}

function ComplaintForm({ tenantCode, tenantName, units, initialSlug, onSent }: {
  tenantCode: string; tenantName: string; units: { slug: string; name: string }[]; initialSlug: string; onSent: (r: PublicComplaintReceipt) => void;
}) {
  const { t } = useTranslation();
  const [submissionId, setSubmissionId] = useState(newSubmissionId);
  const [body, setBody] = useState({
    serviceUnitSlug: units.some(u => u.slug === initialSlug) ? initialSlug : '', type: ComplaintType.Pengaduan as ComplaintType, category: '', text: '', reporterName: '', reporterContact: '',
  });
  const set = (patch: Partial<typeof body>) => setBody(b => ({ ...b, ...patch }));
  const send = useMutation({
    mutationFn: (id: string) => complaintCommands.submitPublic(tenantCode, {
      submissionId: id, serviceUnitSlug: body.serviceUnitSlug || undefined, type: body.type, category: body.category || undefined, text: body.text || undefined,
      reporterName: body.reporterName || undefined, reporterContact: body.reporterContact || undefined,
    }),
    onSuccess: onSent,
  });
  const problem = send.error ? toProblem(send.error) : undefined;
  const asNew = () => { const id = newSubmissionId(); setSubmissionId(id); send.mutate(id); };
  const input = (name: keyof typeof body) => ({ id: `pc-${name}`, 'data-testid': `pc-${name}`, ...invalidProps(send.error, name) });
  return (
    <form className="public-form" noValidate data-testid="public-complaint-form" onSubmit={e => { e.preventDefault(); send.mutate(submissionId); }}>
      <p>{t('publicComplaint.intro', { tenant: tenantName })}</p>
      {units.length === 0 && <p>{t('publicComplaint.noUnits')}</p>}
      <label htmlFor="pc-serviceUnitSlug">{t('publicComplaint.serviceUnit')}
        <select {...input('serviceUnitSlug')} value={body.serviceUnitSlug} onChange={e => set({ serviceUnitSlug: e.target.value })}>
          <option value="">{t('complaints.choose')}</option>
          {units.map(u => <option key={u.slug} value={u.slug}>{u.name}</option>)}
        </select>
        <FieldError error={send.error} name="serviceUnitSlug" />
      </label>
      <fieldset {...invalidProps(send.error, 'type')}>
        <legend>{t('publicComplaint.type')}</legend>
        <div className="choice-row">
          {Object.values(ComplaintType).map(x => (
            <label key={x}><input type="radio" name="type" value={x} checked={body.type === x} onChange={() => set({ type: x })} data-testid={`pc-type-${x}`} />{t(`complaints.types.${x}`)}</label>
          ))}
        </div>
        <FieldError error={send.error} name="type" />
      </fieldset>
      <label htmlFor="pc-category">{t('publicComplaint.category')}
        <span className="hint">{t('publicComplaint.categoryHint')}</span>
        <input {...input('category')} maxLength={100} value={body.category} onChange={e => set({ category: e.target.value })} />
        <FieldError error={send.error} name="category" />
      </label>
      <label htmlFor="pc-text">{t('publicComplaint.text')}
        <span className="hint">{t('publicComplaint.textHint')}</span>
        <textarea {...input('text')} maxLength={4000} value={body.text} onChange={e => set({ text: e.target.value })} />
        <FieldError error={send.error} name="text" />
      </label>
      <fieldset>
        <legend>{t('publicComplaint.contactTitle')}</legend>
        <p className="hint" data-testid="contact-note">{t('publicComplaint.contactNote')}</p>
        <label htmlFor="pc-reporterName">{t('publicComplaint.name')}
          <input {...input('reporterName')} maxLength={200} autoComplete="name" value={body.reporterName} onChange={e => set({ reporterName: e.target.value })} />
          <FieldError error={send.error} name="reporterName" />
        </label>
        <label htmlFor="pc-reporterContact">{t('publicComplaint.contact')}
          <input {...input('reporterContact')} maxLength={200} autoComplete="tel" value={body.reporterContact} onChange={e => set({ reporterContact: e.target.value })} />
          <FieldError error={send.error} name="reporterContact" />
        </label>
      </fieldset>
      {/* The server's 409 and 429 details speak to developers (UUIDs, "survei"); a citizen reads what to do instead. */}
      {problem && (problem.status === 409 || problem.status === 429) && (
        <div role="alert" className="problem" data-testid="problem" data-status={problem.status}>
          <strong className="problem-title">{t(problem.status === 409 ? 'publicComplaint.alreadySent' : 'problem.status.429')}</strong>
          {problem.status === 429 && <p className="problem-detail" data-testid="too-many">{t('publicComplaint.tooManyNoTime')}</p>}
          {problem.status === 409 && (
            <>
              <p className="problem-detail" data-testid="changed-after-sent">{t('publicComplaint.changedAfterSent')}</p>
              <p><button type="button" data-testid="send-as-new" onClick={asNew} disabled={send.isPending}>{t('publicComplaint.sendAsNew')}</button></p>
            </>
          )}
        </div>
      )}
      {problem && problem.status !== 409 && problem.status !== 429 && (
        <ProblemAlert error={send.error} fields={FIELDS}>
          {problem.status === 0 && <p data-testid="retry-kept">{t('publicComplaint.retryKept')}</p>}
        </ProblemAlert>
      )}
      <p><button type="submit" data-testid="pc-submit" disabled={send.isPending}>{send.isPending ? t('publicComplaint.sending') : t('publicComplaint.submit')}</button></p>
    </form>
  );
}

function Receipt({ tenantCode, receipt, onAnother }: { tenantCode: string; receipt: PublicComplaintReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'copied' | 'copyFailed'>();
  const doCopy = async () => {
    try { await navigator.clipboard.writeText(receipt.trackingCode); setCopy('copied'); } catch { setCopy('copyFailed'); }
  };
  return (
    <section className="card" data-testid="receipt" aria-live="polite">
      <h2>{t('publicComplaint.thanks')}</h2>
      <p>{receipt.serviceUnitName}</p>
      <p>{t('publicComplaint.codeIntro')}</p>
      <p className="tracking-code" data-testid="tracking-code">{receipt.trackingCode}</p>
      <p className="actions">
        <button type="button" data-testid="copy-code" onClick={() => void doCopy()}>{t('publicComplaint.copy')}</button>
        <Link className="button" to={`/lacak/${encodeURIComponent(tenantCode)}/${receipt.trackingCode}`} data-testid="track-this">{t('publicComplaint.track')}</Link>
      </p>
      {copy && <Notice testId="copy-result">{t(`publicComplaint.${copy}`)}</Notice>}
      <p><button type="button" className="secondary" onClick={onAnother} data-testid="send-another">{t('publicComplaint.another')}</button></p>
    </section>
  );
}
