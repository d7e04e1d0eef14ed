import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { IkmResponse, IkmTrendResponse, PaperSurveyResponseRequest } from '../../api';
import { Chart } from '../../shared/Chart';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { formatDate, formatNumber } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { useUrlState } from '../../shared/urlState';
import { useAuth } from '../auth/auth';
import { usePermissions } from '../auth/permissions';
import { FeedbackTabs, formatIkm, formatNrr, GradeBadge, roundIkm, SampleCheck, thisYear } from './common';
import { feedbackCommands, ikmKeys, ikmQueries, serviceUnitQueries } from './queries';

/** One service point: its index and grade over the chosen period, the quarterly trend, the nine unsur, and the way to act on them. */
export function ServiceUnitPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const can = usePermissions();
  const period = thisYear();
  const [f, setF] = useUrlState({ from: period.from, to: period.to });
  const unit = useQuery(serviceUnitQueries.detail(id));
  const ikm = useQuery(ikmQueries.unit(id, { from: f.from || undefined, to: f.to || undefined }));
  const trend = useQuery(ikmQueries.unitTrend(id));
  if (isNotFound(unit.error)) return <NotFound back="/umpan-balik" />;
  if (!unit.data) return <Status loading={unit.isLoading} error={unit.error} />;
  const su = unit.data;
  const formPath = me?.tenantCode ? `/survei/${me.tenantCode}/${su.slug}` : undefined;
  return (
    <section data-testid="su-page">
      <h1>{su.name}</h1>
      <FeedbackTabs />
      <p className="actions wrap">
        <span className="muted">{su.unitName}</span>
        <span className={`badge ${su.surveyOpen ? 'good' : 'neutral'}`} data-testid="su-survey-state">{su.surveyOpen ? t('feedback.surveyOpen') : t('feedback.surveyClosed')}</span>
      </p>
      <p className="actions wrap">
        <Link className="button" to={`/umpan-balik/unit-layanan/${su.id}/rencana-perbaikan`} data-testid="su-plan-link">{t('feedback.improvementPlan')}</Link>
        <Link className="button secondary" to={`/umpan-balik/unit-layanan/${su.id}/poster`} data-testid="su-poster-link">{t('feedback.poster')}</Link>
        {formPath && <a className="button secondary" href={formPath} target="_blank" rel="noopener" data-testid="su-form-link">{t('feedback.publicForm')}</a>}
        <Link className="button secondary" to={`/umpan-balik/unit-layanan?su=${su.id}`}>{can.writeTenant ? t('feedback.edit') : t('feedback.units')}</Link>
      </p>
      <div className="filters">
        <label>{t('feedback.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="ikm-from" {...invalidProps(ikm.error, 'from')} />
          <FieldError error={ikm.error} name="from" /></label>
        <label>{t('feedback.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="ikm-to" {...invalidProps(ikm.error, 'to')} />
          <FieldError error={ikm.error} name="to" /></label>
      </div>
      {ikm.error ? <ProblemAlert error={ikm.error} fields={['from', 'to']} /> : <Status loading={ikm.isLoading} />}
      {ikm.data && <Figures report={ikm.data} />}
      <div className="feedback-charts">
        <div className="card">
          <h2>{t('feedback.trend')}</h2>
          <Status loading={trend.isLoading} error={trend.error} />
          {trend.data && <Trend trend={trend.data} />}
        </div>
        <div className="card">
          <h2>{t('feedback.radar')}</h2>
          {ikm.data && <Radar report={ikm.data} />}
        </div>
      </div>
      {ikm.data && <UnsurTable report={ikm.data} />}
      {can.writeTenant && <PaperBatch id={su.id} serviceTypes={su.serviceTypes} />}
    </section>
  );
}

function Figures({ report }: { report: IkmResponse }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="su-ikm">
      <h2>{t('feedback.ikm')} · <span className="muted small">{formatDate(report.from)} – {formatDate(report.to)}</span></h2>
      <div className="ikm-figures">
        <dl><dt>{t('feedback.ikm')}</dt><dd className="big" data-testid="su-ikm-value">{formatIkm(report.ikm)}</dd></dl>
        <dl><dt>{t('feedback.grade')}</dt><dd><GradeBadge grade={report.grade} testId="su-grade" /></dd></dl>
        <dl><dt>{t('feedback.respondents')}</dt><dd data-testid="su-respondents">{formatNumber(report.respondentCount)}</dd></dl>
        <dl><dt>{t('feedback.sample')}</dt><dd><SampleCheck actual={report.respondentCount} required={report.requiredSample} sufficient={report.sampleSufficient} population={report.populationInPeriod} /></dd></dl>
        {report.ikm != null && report.weakestUnsur && (
          <dl><dt>{t('feedback.weakest')}</dt><dd data-testid="su-weakest"><strong>{report.weakestUnsur.code} {report.weakestUnsur.name}</strong> ({t('feedback.nrr')} {formatNrr(report.weakestUnsur.nrr)})</dd></dl>
        )}
      </div>
    </div>
  );
}

function Trend({ trend }: { trend: IkmTrendResponse }) {
  const { t } = useTranslation();
  const labels = trend.quarters.map(q => `T${q.quarter} ${q.year}`);
  const values = trend.quarters.map(q => (q.ikm == null ? null : roundIkm(q.ikm)));
  const lastIndex = values.reduce<number>((last, v, i) => (v != null ? i : last), -1);
  const option = useMemo(() => ({
    grid: { left: 40, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 40 : 0 } },
    yAxis: { type: 'value', min: 25, max: 100 },
    // The grade bands' edges as dashed lines, so a point's grade reads off the chart.
    series: [{
      // Only the latest figure is written on the chart (eight labels collide on a phone); the table below has them all.
      type: 'line', connectNulls: false, showSymbol: true, showAllSymbol: true, symbolSize: 9,
      data: values.map((v, i) => ({ value: v, label: { show: v != null && i === lastIndex, formatter: () => formatIkm(v) } })),
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8a96a6' }, label: { formatter: '{b}' },
        data: [{ yAxis: 88.31, name: 'A' }, { yAxis: 76.61, name: 'B' }, { yAxis: 65, name: 'C' }] },
    }],
  }), [trend]);
  if (trend.quarters.every(q => q.respondentCount === 0)) return <p className="muted">{t('feedback.noTrend')}</p>;
  return (
    <>
      <Chart option={option} label={t('feedback.trendChart')} height={280} testId="su-trend" />
      <details>
        <summary>{t('feedback.quarter')}</summary>
        <table className="compact" data-testid="su-trend-table">
          <thead><tr><th>{t('feedback.quarter')}</th><th>{t('feedback.ikm')}</th><th>{t('feedback.grade')}</th><th>{t('feedback.respondents')}</th></tr></thead>
          <tbody>
            {trend.quarters.map((q, i) => (
              <tr key={labels[i]}><td>{labels[i]}</td><td>{formatIkm(q.ikm)}</td><td><GradeBadge grade={q.grade} testId="trend-grade" /></td><td>{formatNumber(q.respondentCount)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

function Radar({ report }: { report: IkmResponse }) {
  const { t } = useTranslation();
  const option = useMemo(() => ({
    tooltip: {},
    radar: { indicator: report.unsur.map(u => ({ name: u.code, min: 1, max: 4 })), radius: '65%', splitNumber: 3 },
    series: [{ type: 'radar', data: [{ value: report.unsur.map(u => u.nrr ?? 0), name: t('feedback.nrr'), areaStyle: { opacity: 0.2 } }] }],
  }), [report]);
  if (report.ikm == null) return <p className="muted">{t('feedback.noRespondents')}</p>;
  return <Chart option={option} label={t('feedback.radarChart')} height={280} testId="su-radar" />;
}

function UnsurTable({ report }: { report: IkmResponse }) {
  const { t } = useTranslation();
  const weakest = report.ikm != null ? report.weakestUnsur?.code : undefined;
  return (
    <div className="table-wrap">
      <table className="compact-on-phone two-heads" data-testid="su-unsur">
        <thead><tr><th>{t('feedback.unsur')}</th><th>{t('feedback.nrr')}</th></tr></thead>
        <tbody>
          {report.unsur.map(u => (
            <tr key={u.code} data-testid="unsur-row" className={u.code === weakest ? 'selected' : undefined}>
              <td>{u.code} {u.name}{u.code === weakest && <span className="badge warn">{t('feedback.weakest')}</span>}</td>
              <td data-label={t('feedback.nrr')}>{formatNrr(u.nrr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Paper forms typed in from the counter's box: one line per form, checked by the API all or nothing. */
function PaperBatch({ id, serviceTypes }: { id: string; serviceTypes: string[] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string>();
  const [done, setDone] = useState<string>();
  const save = useMutation({
    mutationFn: (responses: PaperSurveyResponseRequest[]) => feedbackCommands.submitPaper(id, { responses }),
    onMutate: () => setDone(undefined),
    onSuccess: async r => {
      setText('');
      setDone(t('feedback.paperSaved', { count: r.accepted }));
      await queries.invalidateQueries({ queryKey: ikmKeys.all });
    },
  });
  // The API names each error by its place (responses[3].scores[0]); a person reads it as the line they typed.
  const lineErrors = save.error ? Object.entries(toProblem(save.error).fieldErrors).flatMap(([key, messages]) => {
    if (key === 'responses') return messages;
    const m = /^responses\[(\d+)\](?:\.(\w+))?/.exec(key);
    if (!m) return [];
    const what = m[2] ? t(`feedback.paperField.${m[2]}`, { defaultValue: m[2] }) : '';
    return [t('feedback.paperLine', { line: Number(m[1]) + 1, what, message: messages.join(' ') })];
  }) : [];
  const submit = () => {
    setParseError(undefined);
    const responses: PaperSurveyResponseRequest[] = [];
    const lines = text.split('\n').map(l => l.trim()).filter(l => l !== '');
    for (const [i, line] of lines.entries()) {
      const parts = line.split(',').map(p => p.trim());
      // The day, the service type (which may not contain a comma), then the nine scores; the API judges their values.
      if (parts.length !== 11) { setParseError(t('feedback.paperParse', { line: i + 1 })); return; }
      responses.push({ respondedOn: parts[0], serviceType: parts[1], scores: parts.slice(2).map(Number) });
    }
    save.mutate(responses);
  };
  return (
    <details className="card" data-testid="paper">
      <summary><strong>{t('feedback.paper')}</strong></summary>
      <p className="small muted">{t('feedback.paperHint')}</p>
      <p className="small">{t('feedback.serviceTypes')}: {serviceTypes.join(', ')}</p>
      <label>{t('feedback.paperLines')}<textarea className="lines" value={text} onChange={e => setText(e.target.value)} data-testid="paper-lines" /></label>
      {parseError && <p className="field-error" role="alert" data-testid="paper-parse">{parseError}</p>}
      <ProblemAlert error={save.error} fields={['responses']} testId="paper-problem">
        {lineErrors.length > 0 && <ul data-testid="paper-line-errors">{lineErrors.map(e => <li key={e}>{e}</li>)}</ul>}
      </ProblemAlert>
      {done && <Notice testId="paper-saved">{done}</Notice>}
      <p className="actions"><button type="button" onClick={submit} disabled={save.isPending || text.trim() === ''} data-testid="paper-submit">{t('feedback.paperSubmit')}</button></p>
    </details>
  );
}
