import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { PublicComplaintStatus } from '../../api';
import { formatDate, formatDateTime } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { StatusBadge } from './common';
import { publicQueries } from './queries';
import { PublicLayout } from './PublicLayout';
import './i18n';

/** /lacak/:tenantCode asks for a code; /lacak/:tenantCode/:code shows the complaint's status, dates and public responses (no personal data). */
export function TrackingPage() {
  const { t } = useTranslation();
  const { tenantCode = '', code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const tracked = useQuery({ ...publicQueries.track(tenantCode, code ?? ''), enabled: !!code });
  const go = (e: FormEvent) => { e.preventDefault(); const c = typed.trim().replace(/\s+/g, ''); if (c) navigate(`/lacak/${encodeURIComponent(tenantCode)}/${encodeURIComponent(c)}`); };
  return (
    <PublicLayout>
      <h1>{t('tracking.title')}</h1>
      <form className="public-form" noValidate onSubmit={go} data-testid="track-form">
        <label htmlFor="track-code">{t('tracking.code')}
          <span className="hint">{t('tracking.intro')}</span>
          <input id="track-code" data-testid="track-code" value={typed} maxLength={20} autoCapitalize="characters" autoComplete="off" spellCheck={false}
                 onChange={e => setTyped(e.target.value)} />
        </label>
        <p><button type="submit" data-testid="track-submit">{t('tracking.search')}</button></p>
      </form>
      {code && tracked.isLoading && <p aria-live="polite">{t('app.loading')}</p>}
      {tracked.error && (toProblem(tracked.error).status === 404
        ? <p role="alert" className="problem" data-testid="track-not-found" data-status="404">{t('tracking.notFound')}</p>
        : <ProblemAlert error={tracked.error} />)}
      {tracked.data && <Tracked s={tracked.data} />}
      <p><Link to={`/pengaduan/${encodeURIComponent(tenantCode)}`} data-testid="new-complaint-link">{t('tracking.newComplaint')}</Link></p>
    </PublicLayout>
  );
}

function Tracked({ s }: { s: PublicComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="tracked" aria-live="polite">
      <h2 className="mono">{s.trackingCode}</h2>
      <p><StatusBadge status={s.status} /></p>
      <dl className="public-fields">
        <dt>{t('tracking.serviceUnit')}</dt><dd>{s.serviceUnitName}</dd>
        <dt>{t('tracking.type')}</dt><dd>{t(`complaints.types.${s.type}`)}</dd>
        <dt>{t('tracking.receivedAt')}</dt><dd>{formatDateTime(s.receivedAt)}</dd>
        <dt>{t('tracking.firstResponseDue')}</dt><dd>{formatDate(s.firstResponseDue)}</dd>
        <dt>{t('tracking.resolutionDue')}</dt><dd>{formatDate(s.resolutionDue)}</dd>
        {s.resolvedAt && <><dt>{t('tracking.resolvedAt')}</dt><dd>{formatDateTime(s.resolvedAt)}</dd></>}
      </dl>
      <h3>{t('tracking.history')}</h3>
      <ol className="timeline" data-testid="track-timeline">
        {s.history.map((e, i) => (
          <li key={i} data-testid="track-event" data-status={e.status}>
            <strong>{t(`complaints.status.${e.status}`)}</strong> <span className="small muted">{formatDateTime(e.at)}</span>
            {e.response && <p className="response" data-testid="track-response"><span className="sr-only">{t('tracking.response')}: </span>{e.response}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
