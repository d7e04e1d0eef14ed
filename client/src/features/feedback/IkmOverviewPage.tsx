import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Status } from '../../shared/common';
import { formatDate, formatNumber } from '../../shared/format';
import { FieldError, invalidProps, ProblemAlert } from '../../shared/ProblemAlert';
import { useUrlState } from '../../shared/urlState';
import { ExportButtons } from '../imports/ExportButtons';
import { unitQueries } from '../units/queries';
import { FeedbackTabs, formatIkm, formatNrr, GradeBadge, SampleCheck, thisYear } from './common';
import { feedbackCommands, ikmQueries } from './queries';

/**
 * The tenant's IKM (or a unit sub-tree's, or a unit head's): every service unit with its index, grade, respondents and
 * sample check, and all of them combined. The period and the sub-tree live in the address.
 */
export function IkmOverviewPage() {
  const { t } = useTranslation();
  const period = thisYear();
  const [f, setF] = useUrlState({ from: period.from, to: period.to, unit: '' });
  const units = useQuery(unitQueries.tree({ active: true }));
  const scope = { underUnitId: f.unit || undefined, from: f.from || undefined, to: f.to || undefined };
  const report = useQuery(ikmQueries.tenant(scope));
  const data = report.data;
  return (
    <section>
      <h1>{t('feedback.overview')}</h1>
      <FeedbackTabs />
      <p className="muted">{t('feedback.overviewHint')}</p>
      <div className="filters">
        <label>{t('feedback.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="ikm-from" {...invalidProps(report.error, 'from')} />
          <FieldError error={report.error} name="from" /></label>
        <label>{t('feedback.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="ikm-to" {...invalidProps(report.error, 'to')} />
          <FieldError error={report.error} name="to" /></label>
        <label>{t('feedback.unit')}
          <select value={f.unit} onChange={e => setF({ unit: e.target.value })} data-testid="ikm-unit">
            <option value="">{t('feedback.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
      </div>
      <div className="actions">
        <ExportButtons testId="ikm-export" name="ikm" file={format => feedbackCommands.exportIkm(scope, format)} />
      </div>
      {report.error ? <ProblemAlert error={report.error} fields={['from', 'to']} /> : <Status loading={report.isLoading} />}
      {data && (
        <>
          <div className="card" data-testid="ikm-combined">
            <h2>{t('feedback.combinedOf', { count: data.combined.serviceUnitCount })} · <span className="muted small">{formatDate(data.from)} – {formatDate(data.to)}</span></h2>
            <div className="ikm-figures">
              <dl><dt>{t('feedback.ikm')}</dt><dd className="big" data-testid="combined-ikm">{formatIkm(data.combined.ikm)}</dd></dl>
              <dl><dt>{t('feedback.grade')}</dt><dd><GradeBadge grade={data.combined.grade} testId="combined-grade" /></dd></dl>
              <dl><dt>{t('feedback.respondents')}</dt><dd data-testid="combined-respondents">{formatNumber(data.combined.respondentCount)}</dd></dl>
              <dl><dt>{t('feedback.sample')}</dt><dd><SampleCheck actual={data.combined.respondentCount} required={data.combined.requiredSample} sufficient={data.combined.sampleSufficient} /></dd></dl>
              {data.combined.weakestUnsur && data.combined.ikm != null && (
                <dl><dt>{t('feedback.weakest')}</dt><dd>{data.combined.weakestUnsur.code} {data.combined.weakestUnsur.name} ({formatNrr(data.combined.weakestUnsur.nrr)})</dd></dl>
              )}
            </div>
          </div>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <th>{t('feedback.serviceUnit')}</th>
                  <th>{t('feedback.ikm')}</th>
                  <th>{t('feedback.grade')}</th>
                  <th>{t('feedback.respondents')}</th>
                  <th>{t('feedback.sample')}</th>
                  <th>{t('feedback.weakest')}</th>
                </tr>
              </thead>
              <tbody>
                {data.serviceUnits.length === 0 && <tr><td colSpan={6}>{t('feedback.emptyUnits')}</td></tr>}
                {data.serviceUnits.map(s => (
                  <tr key={s.serviceUnitId} data-testid="ikm-row" data-slug={s.slug}>
                    <td data-label={t('feedback.serviceUnit')}><Link to={`/umpan-balik/unit-layanan/${s.serviceUnitId}`}>{s.serviceUnitName}</Link><div className="small muted">{s.unitName}</div></td>
                    <td data-label={t('feedback.ikm')} data-testid="row-ikm" className="nowrap">{formatIkm(s.ikm)}</td>
                    <td data-label={t('feedback.grade')}><GradeBadge grade={s.grade} /></td>
                    <td data-label={t('feedback.respondents')} data-testid="row-respondents">{formatNumber(s.respondentCount)}</td>
                    <td data-label={t('feedback.sample')}><SampleCheck actual={s.respondentCount} required={s.requiredSample} sufficient={s.sampleSufficient} /></td>
                    <td data-label={t('feedback.weakest')}>{s.ikm != null && s.weakestUnsur ? `${s.weakestUnsur.code} ${s.weakestUnsur.name}` : t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
