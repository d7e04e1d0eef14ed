import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import QRCode from 'qrcode';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useAuth } from '../auth/auth';
import './i18n';
import './feedback.css';
import { serviceUnitQueries } from './queries';

/**
 * A poster for the counter: the unit's name and a QR code of its public survey form. Printed on A4 with nothing of the
 * dashboard around it (feedback.css @media print). The code is drawn here as SVG: sharp at any print size, no image service.
 */
export function PosterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const unit = useQuery(serviceUnitQueries.detail(id));
  const url = unit.data && me?.tenantCode ? `${window.location.origin}/survei/${encodeURIComponent(me.tenantCode)}/${encodeURIComponent(unit.data.slug)}` : undefined;
  const [qr, setQr] = useState<{ url: string; svg: string }>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!url) return;
    let live = true;
    // Error correction M: a poster on a counter gets scratched and taped over.
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
      .then(svg => { if (live) setQr({ url, svg }); }, e => { if (live) setError(e); });
    return () => { live = false; };
  }, [url]);
  if (isNotFound(unit.error)) return <NotFound back="/umpan-balik/unit-layanan" />;
  if (!unit.data) return <Status loading={unit.isLoading} error={unit.error} />;
  const su = unit.data;
  return (
    <section>
      <p className="actions no-print">
        <Link to={`/umpan-balik/unit-layanan/${su.id}`}>{t('feedback.back')}</Link>
        <button type="button" onClick={() => window.print()} data-testid="poster-print">{t('feedback.print')}</button>
      </p>
      {!su.surveyOpen && <p className="warning no-print" data-testid="poster-closed">{t('feedback.posterClosed')}</p>}
      <ProblemAlert error={error} />
      <article className="poster" data-testid="poster" lang="id">
        <p className="poster-tenant">{me?.tenantName}</p>
        <h1>{t('feedback.posterTitle', { lng: 'id' })}</h1>
        <p className="poster-unit" data-testid="poster-unit">{su.name}</p>
        <p className="muted">{su.unitName}</p>
        {qr && <img className="qr" data-testid="poster-qr" data-url={qr.url} alt={t('feedback.posterQr', { name: su.name, lng: 'id' })}
                    src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`} />}
        <p className="lead">{t('feedback.posterLead', { lng: 'id' })}</p>
        <p>{t('feedback.posterSteps', { lng: 'id' })}</p>
        <p className="small">{t('feedback.posterOrType', { lng: 'id' })}<br /><span className="url" data-testid="poster-url">{url}</span></p>
      </article>
    </section>
  );
}
