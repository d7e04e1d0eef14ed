import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { AgeBand, Education, Occupation, Sex, type PublicServiceUnitResponse, type RespondentProfileRequest, type SurveySubmissionResponse } from '../../api';
import i18n from '../../i18n';
import { toProblem } from '../../shared/problem';
import { formatDateTime } from '../../shared/format';
import './i18n';
import './survey.css';
import { feedbackCommands, publicQueries } from './queries';

// The citizen's form always speaks Indonesian, whatever language a staff member chose on this device.
const t = i18n.getFixedT('id');
const ANSWERS = [1, 2, 3, 4] as const;

/**
 * A UUID for one filled-in survey. randomUUID exists only on https and localhost; a city's intranet over http still
 * has getRandomValues, so the form works there too.
 */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The id of the survey being filled in, kept in the tab's storage: a retried tap, or a reload after a dropped
 * connection, sends the same id, so the API counts the answers once. It is replaced only after a survey was received.
 */
function useSubmissionId(key: string): [string, () => void] {
  const storageKey = `asnapi.survey.${key}`;
  const [id, setId] = useState(() => {
    const kept = sessionStorage.getItem(storageKey);
    if (kept) return kept;
    const made = newSubmissionId();
    sessionStorage.setItem(storageKey, made);
    return made;
  });
  const renew = () => { const made = newSubmissionId(); sessionStorage.setItem(storageKey, made); setId(made); };
  return [id, renew];
}

/** /survei/:tenantCode/:slug — the SKM form a citizen reaches from the QR code at the counter. No sign-in, no dashboard around it. */
export function PublicSurveyPage() {
  const { tenantCode = '', slug = '' } = useParams();
  const form = useQuery(publicQueries.form(tenantCode, slug));
  useEffect(() => { document.title = `${t('survey.title')}${form.data ? ` · ${form.data.name}` : ''}`; }, [form.data]);
  let body;
  if (form.data) body = <SurveyForm key={`${tenantCode}/${slug}`} tenantCode={tenantCode} slug={slug} unit={form.data} />;
  else if (form.error) {
    const status = toProblem(form.error).status;
    body = status === 404
      ? <Message testId="survey-not-found" title={t('survey.notFound')} text={t('survey.notFoundBody')} />
      : <Message testId="survey-load-failed" title={t('survey.failed')} text={status === 0 ? t('survey.offlineBody') : toProblem(form.error).detail ?? ''} />;
  } else body = <p aria-live="polite">{t('survey.loading')}</p>;
  return (
    <div className="survey-page" lang="id">
      <header className="survey-head">
        <p className="survey-tenant">{form.data?.tenantName ?? 'AsnApi'}</p>
        <p className="survey-kind">{t('survey.title')}</p>
      </header>
      <main className="survey-main" id="main">{body}</main>
    </div>
  );
}

function Message({ title, text, testId }: { title: string; text: string; testId: string }) {
  return <section className="survey-card" data-testid={testId}><h1>{title}</h1><p>{text}</p></section>;
}

function SurveyForm({ tenantCode, slug, unit }: { tenantCode: string; slug: string; unit: PublicServiceUnitResponse }) {
  const [submissionId, renewId] = useSubmissionId(`${tenantCode}/${slug}`);
  const [scores, setScores] = useState<number[]>(() => unit.unsur.map(() => 0));
  const [serviceType, setServiceType] = useState(unit.serviceTypes.length === 1 ? unit.serviceTypes[0] : '');
  const [profile, setProfile] = useState<RespondentProfileRequest>({});
  const [suggestion, setSuggestion] = useState('');
  const [received, setReceived] = useState<SurveySubmissionResponse & { earlier?: boolean }>();
  const alert = useRef<HTMLDivElement>(null);
  const send = useMutation({
    // Unanswered questions go as 0: the API names each one (scores[3]) in Indonesian, the same rules as every other client.
    mutationFn: () => feedbackCommands.submitSurvey(tenantCode, slug, {
      submissionId, scores, serviceType, suggestion: suggestion.trim() || undefined,
      respondent: Object.values(profile).some(v => v) ? profile : undefined,
    }),
    onSuccess: r => { setReceived(r); renewId(); window.scrollTo(0, 0); },
    onError: e => {
      const p = toProblem(e);
      // This id was stored before with other answers: the first tap got through, and it counted.
      if (p.status === 409 && p.fieldErrors.submissionId) { setReceived({ submissionId, serviceUnitName: unit.name, receivedAt: '', earlier: true }); renewId(); return; }
      requestAnimationFrame(() => alert.current?.focus());
    },
  });
  if (received) {
    return (
      <section className="survey-card thanks" data-testid="survey-thanks" aria-live="polite">
        <h1 tabIndex={-1}>{received.earlier ? t('survey.alreadyUsed') : t('survey.thanks')}</h1>
        <p>{received.earlier ? t('survey.alreadyUsedBody') : t('survey.thanksBody', { name: received.serviceUnitName })}</p>
        {received.receivedAt && <p className="survey-muted" data-testid="survey-received-at">{t('survey.thanksWhen', { when: formatDateTime(received.receivedAt) })}</p>}
        <p><button type="button" className="survey-button secondary" data-testid="survey-again" onClick={() => {
          setScores(unit.unsur.map(() => 0)); setProfile({}); setSuggestion(''); setReceived(undefined); send.reset();
        }}>{t('survey.again')}</button></p>
      </section>
    );
  }
  const problem = send.error ? toProblem(send.error) : undefined;
  const errorOf = (field: string) => problem?.fieldErrors[field]?.join(' ');
  const closed = !unit.surveyOpen || problem?.status === 409;
  if (!unit.surveyOpen) return <Message testId="survey-closed" title={t('survey.closed')} text={t('survey.closedBody', { name: unit.name })} />;
  return (
    <form className="survey-form" noValidate data-testid="survey-form" onSubmit={e => { e.preventDefault(); if (!send.isPending) send.mutate(); }}>
      <section className="survey-card">
        <h1 data-testid="survey-unit">{unit.name}</h1>
        <p className="survey-muted">{unit.unitName}</p>
        <p>{t('survey.intro')}</p>
      </section>

      <section className="survey-card">
        <label className="survey-label" htmlFor="survey-serviceType">{t('survey.serviceType')}</label>
        <select id="survey-serviceType" className="survey-select" value={serviceType} onChange={e => setServiceType(e.target.value)} data-testid="survey-serviceType"
                {...(errorOf('serviceType') ? { 'aria-invalid': true, 'aria-describedby': 'err-serviceType' } : {})}>
          <option value="">{t('survey.chooseService')}</option>
          {unit.serviceTypes.map(s => <option key={s} value={s}>{s}</option>)}
        </select>
        {errorOf('serviceType') && <p className="survey-error" id="err-serviceType" data-testid="survey-error-serviceType">{errorOf('serviceType')}</p>}
      </section>

      <h2 className="survey-section">{t('survey.questions')}</h2>
      {unit.unsur.map((u, i) => {
        const error = errorOf(`scores[${i}]`);
        return (
          <fieldset key={u.code} className={`survey-card survey-question${error ? ' invalid' : ''}`} data-testid={`survey-q-${i}`}
                    {...(error ? { 'aria-invalid': true, 'aria-describedby': `err-q-${i}` } : {})}>
            <legend><span className="survey-muted">{t('survey.question', { n: i + 1 })}</span><br /><strong>{u.name}</strong></legend>
            <div className="survey-answers">
              {ANSWERS.map(a => (
                <label key={a} className={`survey-answer a${a}${scores[i] === a ? ' chosen' : ''}`}>
                  <input type="radio" name={`q-${i}`} value={a} checked={scores[i] === a} data-testid={`survey-q-${i}-${a}`}
                         onChange={() => setScores(s => s.map((x, j) => (j === i ? a : x)))} />
                  <span>{t(`survey.answers.${a}`)}</span>
                </label>
              ))}
            </div>
            {error && <p className="survey-error" id={`err-q-${i}`} data-testid={`survey-error-${i}`}>{scores[i] === 0 ? `${t('survey.unanswered')} ` : ''}{error}</p>}
          </fieldset>
        );
      })}

      <fieldset className="survey-card survey-profile">
        <legend><strong>{t('survey.profile')}</strong></legend>
        <ProfileSelect label={t('survey.sex')} field="sex" values={Object.values(Sex)} names="survey.sexes" profile={profile} setProfile={setProfile} error={errorOf('respondent.sex')} />
        <ProfileSelect label={t('survey.ageBand')} field="ageBand" values={Object.values(AgeBand)} names="survey.ageBands" profile={profile} setProfile={setProfile} error={errorOf('respondent.ageBand')} />
        <ProfileSelect label={t('survey.education')} field="education" values={Object.values(Education)} names="survey.educations" profile={profile} setProfile={setProfile} error={errorOf('respondent.education')} />
        <ProfileSelect label={t('survey.occupation')} field="occupation" values={Object.values(Occupation)} names="survey.occupations" profile={profile} setProfile={setProfile} error={errorOf('respondent.occupation')} />
      </fieldset>

      <section className="survey-card">
        <label className="survey-label" htmlFor="survey-suggestion">{t('survey.suggestion')}</label>
        <textarea id="survey-suggestion" className="survey-textarea" rows={4} maxLength={1000} value={suggestion} onChange={e => setSuggestion(e.target.value)}
                  data-testid="survey-suggestion" aria-describedby="survey-suggestion-hint" {...(errorOf('suggestion') ? { 'aria-invalid': true } : {})} />
        <p className="survey-muted" id="survey-suggestion-hint">{t('survey.suggestionHint')}</p>
        {errorOf('suggestion') && <p className="survey-error" data-testid="survey-error-suggestion">{errorOf('suggestion')}</p>}
      </section>

      {problem && (
        <div className="survey-alert" role="alert" tabIndex={-1} ref={alert} data-testid="survey-problem" data-status={problem.status}>
          <SubmitProblem status={problem.status} detail={problem.detail} unitName={unit.name} />
        </div>
      )}
      <button type="submit" className="survey-button" disabled={send.isPending || (closed && problem?.status === 409)} data-testid="survey-submit">
        {send.isPending ? t('survey.sending') : t('survey.submit')}
      </button>
    </form>
  );
}

/** What went wrong, in the citizen's words, and whether pressing Kirim again helps (it does, except when the survey is closed). */
function SubmitProblem({ status, detail, unitName }: { status: number; detail?: string; unitName: string }) {
  switch (status) {
    case 409: return <><strong>{t('survey.closed')}</strong><p>{t('survey.closedBody', { name: unitName })}</p></>;
    case 422: case 400: return <><strong>{t('survey.invalid')}</strong><p>{t('survey.invalidBody')}</p></>;
    case 429: return <><strong>{t('survey.tooMany')}</strong><p>{t('survey.tooManyBody')}</p>{detail && <p className="survey-muted">{detail}</p>}</>;
    case 0: return <><strong>{t('survey.offline')}</strong><p>{t('survey.offlineBody')}</p></>;
    default: return <><strong>{t('survey.failed')}</strong><p>{t('survey.failedBody')}</p></>;
  }
}

function ProfileSelect<K extends keyof RespondentProfileRequest>({ label, field, values, names, profile, setProfile, error }: {
  label: string; field: K; values: string[]; names: string; profile: RespondentProfileRequest;
  setProfile: (f: (p: RespondentProfileRequest) => RespondentProfileRequest) => void; error?: string;
}) {
  const id = `survey-${field}`;
  return (
    <div className="survey-field">
      <label className="survey-label" htmlFor={id}>{label}</label>
      <select id={id} className="survey-select" value={(profile[field] as string | undefined) ?? ''} data-testid={id}
              onChange={e => setProfile(p => ({ ...p, [field]: e.target.value || undefined }))}>
        <option value="">{t('survey.skip')}</option>
        {values.map(v => <option key={v} value={v}>{t(`${names}.${v}`)}</option>)}
      </select>
      {error && <p className="survey-error">{error}</p>}
    </div>
  );
}
