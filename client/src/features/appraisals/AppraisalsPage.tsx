import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SkpPredicate, SkpRating, type PerformanceAppraisalResponse, type SkpMatrixResponse, type AppraisalDistributionResponse } from '../../api';
import { usePermissions } from '../auth/permissions';
import { employeeQueries } from '../employees/queries';
import { unitQueries } from '../units/queries';
import { Chart } from '../../shared/Chart';
import { Pager, SortHeader, Status, useDebounced } from '../../shared/common';
import { formatNip, formatNumber, formatPercent } from '../../shared/format';
import { FieldError, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { pageOf, useUrlState } from '../../shared/urlState';
import { appraisalCommands, appraisalKeys, appraisalQueries } from './queries';
import './i18n';
import './appraisals.css';

const PAGE_SIZE = 20;
// The matrix's ratings from best to worst, as a person reads a scale.
const RATINGS = [SkpRating.DiAtasEkspektasi, SkpRating.SesuaiEkspektasi, SkpRating.DiBawahEkspektasi];

/** Good, middling or bad at a glance; the label beside it says which predicate. */
export function predicateTone(p: SkpPredicate): string {
  return p === SkpPredicate.SangatBaik || p === SkpPredicate.Baik ? 'good' : p === SkpPredicate.ButuhPerbaikan ? 'warn' : 'bad';
}

function cellOf(matrix: SkpMatrixResponse | undefined, results?: SkpRating, behaviour?: SkpRating) {
  return results && behaviour ? matrix?.cells.find(c => c.resultsRating === results && c.behaviourRating === behaviour) : undefined;
}

/**
 * SKP: the period's distribution of predicates for the tenant or a sub-tree, the entry of an appraisal with the
 * predicate shown as the ratings are picked (from the API's matrix, not a copy of the rule), and the list with
 * corrections. Filters, sort and page live in the address.
 */
export function AppraisalsPage() {
  const { t } = useTranslation();
  const perms = usePermissions();
  const canWrite = perms.draftPlans;
  const [url, setUrl] = useUrlState({ period: '', unit: '', predicate: '', sort: 'name', page: '1' });
  const periods = useQuery(appraisalQueries.periods());
  const matrix = useQuery(appraisalQueries.matrix());
  const units = useQuery(unitQueries.tree({ active: true }));
  const periodId = url.period || periods.data?.items[0]?.id;
  const page = pageOf(url.page);
  const distribution = useQuery({ ...appraisalQueries.distribution(periodId ?? '', url.unit || undefined), enabled: !!periodId });
  const list = useQuery({
    ...appraisalQueries.list({ periodId, underUnitId: url.unit || undefined, predicate: (url.predicate || undefined) as SkpPredicate | undefined, sort: url.sort, page, pageSize: PAGE_SIZE }),
    enabled: !!periodId,
  });
  const [correcting, setCorrecting] = useState<PerformanceAppraisalResponse | null>(null);

  return (
    <section>
      <h1>{t('skp.title')}</h1>
      <p className="muted small">{t('skp.hint')}</p>
      <Status loading={periods.isLoading} error={periods.error} />
      {periods.data && periods.data.items.length === 0 && <p>{t('skp.noPeriod')}</p>}
      <div className="filters">
        <label>{t('skp.period')}
          <select value={periodId ?? ''} onChange={e => setUrl({ period: e.target.value })} data-testid="skp-period">
            {periods.data?.items.map(p => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('skp.unit')}
          <select value={url.unit} onChange={e => setUrl({ unit: e.target.value })} data-testid="skp-unit">
            <option value="">{t('skp.allUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.depth > 0 ? '└ ' : ''}{u.name}</option>)}
          </select>
        </label>
        <label>{t('skp.predicate')}
          <select value={url.predicate} onChange={e => setUrl({ predicate: e.target.value })} data-testid="skp-predicate-filter">
            <option value="">{t('skp.allPredicates')}</option>
            {matrix.data?.predicates.map(p => <option key={p.predicate} value={p.predicate}>{p.label}</option>)}
          </select>
        </label>
      </div>

      <Status loading={distribution.isLoading} error={distribution.error} />
      {distribution.data && <Distribution data={distribution.data} />}

      {periodId && (canWrite ? <Entry periodId={periodId} matrix={matrix.data} /> : <p className="muted small" data-testid="skp-read-only">{t('skp.readOnly')}</p>)}

      <div className="card">
        <h2>{t('skp.list')}</h2>
        <Status loading={list.isLoading} error={list.error} />
        {list.data && (list.data.items.length === 0 ? <p>{t('skp.empty')}</p> : (
          <table className="cards" data-testid="skp-list">
            <thead><tr>
              <SortHeader label={t('skp.employee')} sortKey="name" sort={url.sort} onSort={sort => setUrl({ sort })} />
              <SortHeader label={t('skp.nip')} sortKey="nip" sort={url.sort} onSort={sort => setUrl({ sort })} />
              <SortHeader label={t('skp.unit')} sortKey="unit" sort={url.sort} onSort={sort => setUrl({ sort })} />
              <th>{t('skp.results')}</th><th>{t('skp.behaviour')}</th>
              <SortHeader label={t('skp.predicate')} sortKey="predicate" sort={url.sort} onSort={sort => setUrl({ sort })} />
              {canWrite && <th><span className="sr-only">{t('skp.correct')}</span></th>}
            </tr></thead>
            <tbody>
              {list.data.items.map(a => (
                <tr key={a.id} data-testid="skp-row" data-employee={a.employeeName}>
                  <td data-label={t('skp.employee')}>{a.employeeName}</td>
                  <td data-label={t('skp.nip')} className="mono nowrap">{formatNip(a.nip)}</td>
                  <td data-label={t('skp.unit')}>{a.unitName}</td>
                  <td data-label={t('skp.results')}>{a.resultsRatingLabel}</td>
                  <td data-label={t('skp.behaviour')}>{a.behaviourRatingLabel}</td>
                  <td data-label={t('skp.predicate')}><span className={`badge ${predicateTone(a.predicate)}`} data-testid="skp-row-predicate">{a.predicateLabel}</span></td>
                  {canWrite && <td><button type="button" className="secondary" data-testid="skp-correct" onClick={() => setCorrecting(a)}>{t('skp.correct')}</button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={p => setUrl({ page: String(p) })} />}
      </div>
      {correcting && <Correction key={correcting.id} appraisal={correcting} matrix={matrix.data} onDone={() => setCorrecting(null)} />}
    </section>
  );
}

function Distribution({ data }: { data: AppraisalDistributionResponse }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => ({
    grid: { left: 4, right: 32, top: 10, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: data.predicates.map(p => p.label).reverse() },
    series: [{
      type: 'bar', label: { show: true, position: 'right', color: '#1c2430', formatter: (p: { value: number }) => formatNumber(p.value) },
      data: data.predicates.map(p => ({ value: p.count, itemStyle: { color: { good: '#2e7d32', warn: '#b7791f', bad: '#c0392b' }[predicateTone(p.predicate)] } })).reverse(),
    }],
  }), [data, i18n.language]);
  return (
    <div className="card" data-testid="skp-distribution">
      <h2>{t('skp.distribution')} — {data.periodName}</h2>
      <dl className="skp-figures">
        <div><dt>{t('skp.inScope')}</dt><dd data-testid="skp-in-scope">{formatNumber(data.employeesInScope)}</dd></div>
        <div><dt>{t('skp.appraised')}</dt><dd data-testid="skp-appraised">{formatNumber(data.appraised)}</dd></div>
        <div><dt>{t('skp.without')}</dt><dd data-testid="skp-without">{formatNumber(data.withoutAppraisal)}</dd></div>
      </dl>
      <div className="two">
        <Chart option={option} label={t('skp.distributionChart')} height={220} testId="skp-chart" />
        <table className="compact-on-phone">
          <thead><tr><th>{t('skp.predicate')}</th><th>{t('skp.count')}</th><th>{t('skp.share')}</th></tr></thead>
          <tbody>
            {data.predicates.map(p => (
              <tr key={p.predicate} data-testid="skp-distribution-row" data-predicate={p.predicate}>
                <td><span className={`badge ${predicateTone(p.predicate)}`}>{p.label}</span></td>
                <td data-label={t('skp.count')} data-testid="skp-distribution-count">{formatNumber(p.count)}</td>
                <td data-label={t('skp.share')}>{p.share == null ? t('common.none') : formatPercent(p.share, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function RatingGroup({ name, legend, value, onChange, matrix, error }: {
  name: string; legend: string; value?: SkpRating; onChange: (r: SkpRating) => void; matrix?: SkpMatrixResponse; error: unknown;
}) {
  return (
    <fieldset className="ratings" data-testid={`skp-${name}`}>
      <legend>{legend}</legend>
      {RATINGS.map(r => (
        <label key={r} className="radio">
          <input type="radio" name={name} value={r} checked={value === r} onChange={() => onChange(r)} data-testid={`skp-${name}-${r}`} />
          {' '}{matrix?.ratings.find(x => x.rating === r)?.label ?? r}
        </label>
      ))}
      <FieldError error={error} name={name} />
    </fieldset>
  );
}

function PredicatePreview({ matrix, results, behaviour }: { matrix?: SkpMatrixResponse; results?: SkpRating; behaviour?: SkpRating }) {
  const { t } = useTranslation();
  const cell = cellOf(matrix, results, behaviour);
  return (
    <p aria-live="polite" data-testid="skp-preview">
      {cell ? <>{t('skp.preview')}: <span className={`badge ${predicateTone(cell.predicate)}`} data-testid="skp-preview-badge" data-predicate={cell.predicate}>{cell.predicateLabel}</span></>
        : <span className="muted small">{t('skp.previewNone')}</span>}
    </p>
  );
}

function useRefresh() {
  const queries = useQueryClient();
  return () => Promise.all([
    queries.invalidateQueries({ queryKey: appraisalKeys.all }),
    // A new or corrected appraisal can change the performance needs the next generation makes.
    queries.invalidateQueries({ queryKey: ['needs'] }),
  ]);
}

function Entry({ periodId, matrix }: { periodId: string; matrix?: SkpMatrixResponse }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const [employee, setEmployee] = useState<{ id: string; name: string } | null>(null);
  const [results, setResults] = useState<SkpRating>();
  const [behaviour, setBehaviour] = useState<SkpRating>();
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery({ ...employeeQueries.list({ q, subunits: true, sort: 'name', page: 1, pageSize: 8, includeTotal: false }), enabled: !employee && q.length >= 2 });
  const save = useMutation({
    mutationFn: () => appraisalCommands.create({ employeeId: employee?.id, periodId, resultsRating: results, behaviourRating: behaviour, notes: notes || undefined }),
    onMutate: () => setDone(null),
    onSuccess: async a => {
      setDone(t('skp.saved', { name: a.employeeName, predicate: a.predicateLabel }));
      setEmployee(null); setText(''); setResults(undefined); setBehaviour(undefined); setNotes('');
      await refresh();
    },
  });
  return (
    <div className="card" data-testid="skp-entry">
      <h2>{t('skp.entry')}</h2>
      {employee ? (
        <p className="actions" data-testid="skp-chosen">{t('skp.chosen', { name: employee.name })}
          <button type="button" className="link" onClick={() => setEmployee(null)}>{t('skp.change')}</button></p>
      ) : (
        <>
          <label>{t('skp.search')} <input type="search" value={text} onChange={e => setText(e.target.value)} data-testid="skp-search" /></label>
          {q.length >= 2 && found.data && (
            <ul className="plain" data-testid="skp-results">
              {found.data.items.map(e => (
                <li key={e.id} className="actions">
                  <span>{e.name} <span className="mono small nowrap">{formatNip(e.nip)}</span> <span className="muted small">{e.unitName}</span></span>
                  <button type="button" className="secondary" data-testid="skp-choose" onClick={() => setEmployee({ id: e.id, name: e.name })}>{t('skp.choose')}</button>
                </li>
              ))}
              {found.data.items.length === 0 && <li>{t('employees.empty')}</li>}
            </ul>
          )}
          <FieldError error={save.error} name="employeeId" />
        </>
      )}
      <div className="two">
        <RatingGroup name="resultsRating" legend={t('skp.results')} value={results} onChange={setResults} matrix={matrix} error={save.error} />
        <RatingGroup name="behaviourRating" legend={t('skp.behaviour')} value={behaviour} onChange={setBehaviour} matrix={matrix} error={save.error} />
      </div>
      <PredicatePreview matrix={matrix} results={results} behaviour={behaviour} />
      <label>{t('skp.notes')} <textarea value={notes} onChange={e => setNotes(e.target.value)} rows={2} data-testid="skp-notes" /></label>
      <FieldError error={save.error} name="notes" />
      <ProblemAlert error={save.error} fields={['employeeId', 'resultsRating', 'behaviourRating', 'notes']} testId="skp-problem" />
      {done && <Notice testId="skp-saved">{done}</Notice>}
      <button type="button" data-testid="skp-save" disabled={save.isPending} onClick={() => save.mutate()}>{t('skp.save')}</button>
    </div>
  );
}

function Correction({ appraisal, matrix, onDone }: { appraisal: PerformanceAppraisalResponse; matrix?: SkpMatrixResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [results, setResults] = useState<SkpRating>(appraisal.resultsRating);
  const [behaviour, setBehaviour] = useState<SkpRating>(appraisal.behaviourRating);
  const [notes, setNotes] = useState(appraisal.notes ?? '');
  const [version, setVersion] = useState(appraisal.version);
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => appraisalCommands.correct(appraisal.id, version, { resultsRating: results, behaviourRating: behaviour, notes: notes || undefined }),
    onMutate: () => setDone(null),
    onSuccess: async a => { setVersion(a.version); setDone(t('skp.corrected', { predicate: a.predicateLabel })); await refresh(); },
  });
  const stale = save.error ? toProblem(save.error).status === 412 : false;
  return (
    <div className="card" data-testid="skp-correction">
      <h2>{t('skp.correctTitle', { name: appraisal.employeeName })}</h2>
      <div className="two">
        <RatingGroup name="fixResults" legend={t('skp.results')} value={results} onChange={setResults} matrix={matrix} error={null} />
        <RatingGroup name="fixBehaviour" legend={t('skp.behaviour')} value={behaviour} onChange={setBehaviour} matrix={matrix} error={null} />
      </div>
      <PredicatePreview matrix={matrix} results={results} behaviour={behaviour} />
      <label>{t('skp.notes')} <textarea value={notes} onChange={e => setNotes(e.target.value)} rows={2} data-testid="skp-fix-notes" /></label>
      <ProblemAlert error={save.error} testId="skp-fix-problem">
        {stale && <button type="button" className="secondary" data-testid="skp-reload" onClick={async () => {
          const latest = await appraisalCommands.get(appraisal.id);
          setResults(latest.resultsRating); setBehaviour(latest.behaviourRating); setNotes(latest.notes ?? ''); setVersion(latest.version); save.reset();
        }}>{t('skp.reload')}</button>}
      </ProblemAlert>
      {done && <Notice testId="skp-fix-saved">{done}</Notice>}
      <div className="actions">
        <button type="button" data-testid="skp-fix-save" disabled={save.isPending} onClick={() => save.mutate()}>{t('skp.saveCorrection')}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('common.close')}</button>
      </div>
    </div>
  );
}
