import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ComplaintResponse } from '../../api';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { formatDate, formatDateTime } from '../../shared/format';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { usePermissions } from '../auth/permissions';
import { ComplaintProblem, ComplaintTabs, DeadlineBadge, STEPS, StatusBadge } from './common';
import { complaintCommands, complaintKeys, complaintQueries, type ComplaintStep } from './queries';

/** One complaint: what was reported, its deadlines, its history with the public responses, and the steps its status allows. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const complaint = useQuery(complaintQueries.detail(id));
  if (isNotFound(complaint.error)) return <NotFound back="/umpan-balik/pengaduan" />;
  return (
    <section>
      <p><Link to="/umpan-balik/pengaduan">{t('complaints.back')}</Link></p>
      <Status loading={complaint.isLoading} error={complaint.error} />
      {complaint.data && <Complaint c={complaint.data} />}
    </section>
  );
}

function Complaint({ c }: { c: ComplaintResponse }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [done, setDone] = useState<ComplaintStep>();
  return (
    <>
      <h1>{t('complaints.detail', { code: c.trackingCode })}</h1>
      <ComplaintTabs />
      <div className="badges" data-testid="complaint-badges"><StatusBadge status={c.status} /><DeadlineBadge complaint={c} /></div>
      {done && <Notice testId="step-done">{t(`complaints.done.${done}`)}</Notice>}
      <div className="two">
        <div className="card">
          <dl className="fields">
            <dt>{t('complaints.serviceUnit')}</dt><dd data-testid="complaint-unit">{c.serviceUnitName}</dd>
            <dt>{t('complaints.type')}</dt><dd>{t(`complaints.types.${c.type}`)}</dd>
            <dt>{t('complaints.category')}</dt><dd>{c.category ?? t('common.none')}</dd>
            <dt>{t('complaints.channel')}</dt><dd>{t(`complaints.channels.${c.channel}`)}</dd>
            {c.externalReference && <><dt>{t('complaints.externalReference')}</dt><dd className="mono">{c.externalReference}</dd></>}
            {c.reporterName && <><dt>{t('complaints.reporterName')}</dt><dd data-testid="reporter-name">{c.reporterName}</dd></>}
            {c.reporterContact && <><dt>{t('complaints.reporterContact')}</dt><dd data-testid="reporter-contact">{c.reporterContact}</dd></>}
          </dl>
          {!c.reporterName && !c.reporterContact && <p className="small muted">{t('complaints.reporterHidden')}</p>}
          <h2 className="complaint-text-title">{t('complaints.text')}</h2>
          <p className="complaint-text" data-testid="complaint-text">{c.text}</p>
        </div>
        <div className="card">
          <h2>{t('complaints.deadlines')}</h2>
          <dl className="fields" data-testid="deadlines">
            <dt>{t('complaints.receivedAt')}</dt><dd>{formatDateTime(c.receivedAt)}</dd>
            <dt>{t('complaints.firstResponseDue')}</dt><dd>{formatDate(c.firstResponseDue)}</dd>
            <dt>{t('complaints.firstResponseAt')}</dt><dd>{c.firstResponseAt ? formatDateTime(c.firstResponseAt) : t('common.none')}</dd>
            <dt>{t('complaints.resolutionDue')}</dt><dd>{formatDate(c.resolutionDue)}{c.needsFieldCheck ? ` (${t('complaints.fieldCheck').toLowerCase()})` : ''}</dd>
            <dt>{t('complaints.resolvedAt')}</dt><dd>{c.resolvedAt ? formatDateTime(c.resolvedAt) : t('common.none')}</dd>
          </dl>
        </div>
      </div>
      {can.writeTenant && <Steps c={c} onDone={setDone} />}
      <div className="card">
        <h2>{t('complaints.timeline')}</h2>
        {c.history.length === 0 && <p>{t('complaints.noEvents')}</p>}
        <ol className="timeline" data-testid="timeline">
          {c.history.map((e, i) => (
            <li key={i} data-testid="timeline-event" data-status={e.status}>
              <strong>{t(`complaints.status.${e.status}`)}</strong>{' '}
              <span className="small muted">{formatDateTime(e.at)}{e.by ? ` · ${t('complaints.by', { who: e.by })}` : ''}</span>
              {e.response && <p className="response" data-testid="timeline-response"><span className="sr-only">{t('complaints.publicResponse')}: </span>{e.response}</p>}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

/** The steps allowed from the current status; each opens a small form for the reporter-facing text, and is sent with If-Match. */
function Steps({ c, onDone }: { c: ComplaintResponse; onDone: (step?: ComplaintStep) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [step, setStep] = useState<ComplaintStep>();
  const [response, setResponse] = useState('');
  const [fieldCheck, setFieldCheck] = useState(false);
  const move = useMutation({
    mutationFn: (s: ComplaintStep) => complaintCommands.step(c.id, c.version, s, {
      response: response.trim() || undefined, needsFieldCheck: s === 'verify' ? fieldCheck : undefined,
    }),
    onSuccess: async (next, s) => {
      queries.setQueryData(complaintKeys.detail(c.id), next);
      setStep(undefined); setResponse(''); setFieldCheck(false);
      onDone(s);
      await queries.invalidateQueries({ queryKey: complaintKeys.lists() });
      await queries.invalidateQueries({ queryKey: [...complaintKeys.all, 'stats'] });
    },
  });
  const steps = STEPS[c.status];
  const reload = async () => { move.reset(); setStep(undefined); await queries.invalidateQueries({ queryKey: complaintKeys.detail(c.id) }); };
  return (
    <div className="card" data-testid="steps">
      {steps.length === 0 && <p className="muted">{t('complaints.noActions')}</p>}
      <p className="actions">
        {steps.map(s => (
          <button key={s} type="button" className={s === 'reject' ? 'secondary' : undefined} data-testid={`step-${s}`} aria-pressed={step === s}
                  onClick={() => { move.reset(); onDone(undefined); setStep(s); }}>{t(`complaints.actions.${s}`)}</button>
        ))}
      </p>
      {step && (
        <form className="step-form" noValidate data-testid="step-form" onSubmit={e => { e.preventDefault(); move.mutate(step); }}>
          <p className="small">{t(`complaints.actionHint.${step}`)}</p>
          <label htmlFor="step-response">{t(`complaints.responseLabel.${step}`)}</label>
          <textarea id="step-response" data-testid="step-response" maxLength={2000} value={response} onChange={e => setResponse(e.target.value)} {...invalidProps(move.error, 'response')} />
          <FieldError error={move.error} name="response" />
          {step === 'verify' && (
            <p><label><input type="checkbox" checked={fieldCheck} onChange={e => setFieldCheck(e.target.checked)} data-testid="step-field-check" /> {t('complaints.fieldCheck')}</label></p>
          )}
          <p className="actions">
            <button type="submit" data-testid="step-send" disabled={move.isPending}>{t(`complaints.actions.${step}`)}</button>
            <button type="button" className="secondary" onClick={() => { move.reset(); setStep(undefined); }}>{t('common.cancel')}</button>
          </p>
        </form>
      )}
      <ComplaintProblem error={move.error} fields={['response', 'needsFieldCheck']} onReload={reload} />
    </div>
  );
}
