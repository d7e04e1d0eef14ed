import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, importsWithFile, type ImportJobResponse, type ImportReport } from '../../api';
import { Pager, Status } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { pageOf, useUrlState } from '../../shared/urlState';
import { download } from './download';

const KINDS = ['employees', 'units', 'positions', 'position-standards', 'assessments', 'training-records', 'survey-responses'] as const;
const MODES = ['atomic', 'valid-only'] as const;
const PAGE_SIZE = 10;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function mediaType(file: File) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.json')) return 'application/json';
  return 'text/csv';
}

type Outcome = { report: ImportReport } | { job: ImportJobResponse };

/** POSTs the file; a 202 (a file above the job threshold) comes back as the job to follow. */
async function send(kind: string, file: File, mode: string, dryRun: boolean, language: string): Promise<Outcome> {
  const { client, lastStatus } = importsWithFile(file, mediaType(file), language);
  try {
    return { report: await client.run(kind, dryRun, mode, undefined) };
  } catch (e) {
    if (lastStatus() === 202) return { job: e as ImportJobResponse };
    throw e;
  }
}

/**
 * Impor data: pick a kind, download its template, upload a file, read the dry run's rejected rows as a table, then
 * confirm the real import; a large file becomes a job whose progress is polled; the tenant's import history below (every real import, in the request or as a job).
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [url, setUrl] = useUrlState({ kind: 'employees', page: '1' });
  const kind = (KINDS as readonly string[]).includes(url.kind) ? url.kind : 'employees';
  const [mode, setMode] = useState<string>('atomic');
  const [file, setFile] = useState<File>();
  const [checked, setChecked] = useState<Outcome>();
  const [result, setResult] = useState<Outcome>();
  const [jobId, setJobId] = useState<string>();
  const page = pageOf(url.page);
  const reset = () => { setChecked(undefined); setResult(undefined); setJobId(undefined); };

  const template = useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => download(format === 'csv' ? await api.imports.templateCsv(kind) : await api.imports.templateXlsx(kind), `templat-${kind}.${format}`),
  });
  const check = useMutation({
    mutationFn: () => send(kind, file!, mode, true, i18n.language),
    onMutate: () => reset(),
    onSuccess: o => { setChecked(o); if ('job' in o) setJobId(o.job.id); },
  });
  const run = useMutation({
    mutationFn: () => send(kind, file!, mode, false, i18n.language),
    onMutate: () => setResult(undefined),
    onSuccess: o => { setResult(o); if ('job' in o) setJobId(o.job.id); void queries.invalidateQueries({ queryKey: ['imports'] }); },
    // A file refused in atomic mode is in the history too (as failed).
    onError: () => void queries.invalidateQueries({ queryKey: ['imports', 'jobs'] }),
  });
  const job = useQuery({
    queryKey: ['imports', 'job', jobId],
    queryFn: ({ signal }) => api.imports.getJob(jobId!, signal),
    enabled: jobId !== undefined,
    refetchInterval: q => (q.state.data && (q.state.data.status === 'Succeeded' || q.state.data.status === 'Failed') ? false : 1000),
  });
  useEffect(() => {
    if (job.data?.status === 'Succeeded' || job.data?.status === 'Failed') void queries.invalidateQueries({ queryKey: ['imports', 'jobs'] });
  }, [job.data?.status, queries]);
  const jobs = useQuery({
    queryKey: ['imports', 'jobs', page],
    queryFn: ({ signal }) => api.imports.listJobs(page, PAGE_SIZE, undefined, signal),
    placeholderData: keepPreviousData,
  });

  const dryReport = checked && 'report' in checked ? checked.report : job.data?.dryRun ? job.data.report ?? undefined : undefined;
  const finalReport = result && 'report' in result ? result.report : job.data && !job.data.dryRun ? job.data.report ?? undefined : undefined;
  const canImport = !!dryReport && !result && (dryReport.rejected === 0 || mode === 'valid-only') && dryReport.rows > 0;

  return (
    <section>
      <h1>{t('imports.title')}</h1>
      <p className="muted small">{t('imports.hint')}</p>
      <div className="filters">
        <label>{t('imports.kind')}
          <select value={kind} data-testid="import-kind" onChange={e => { setUrl({ kind: e.target.value }); reset(); }}>
            {KINDS.map(k => <option key={k} value={k}>{t(`imports.kinds.${k}`)}</option>)}
          </select>
        </label>
        <button type="button" className="secondary" data-testid="import-template-csv" disabled={template.isPending} onClick={() => template.mutate('csv')}>{t('imports.templateCsv')}</button>
        <button type="button" className="secondary" data-testid="import-template-xlsx" disabled={template.isPending} onClick={() => template.mutate('xlsx')}>{t('imports.templateXlsx')}</button>
      </div>
      <div className="filters">
        <label>{t('imports.file')}
          <input type="file" accept=".csv,.xlsx,.json,text/csv" data-testid="import-file" onChange={e => { setFile(e.target.files?.[0]); reset(); }} />
        </label>
        <label>{t('imports.mode')}
          <select value={mode} data-testid="import-mode" onChange={e => { setMode(e.target.value); setResult(undefined); }}>
            {MODES.map(m => <option key={m} value={m}>{t(`imports.modes.${m}`)}</option>)}
          </select>
        </label>
        <button type="button" data-testid="import-check" disabled={!file || check.isPending} onClick={() => check.mutate()}>{check.isPending ? t('imports.checking') : t('imports.check')}</button>
      </div>
      <ProblemAlert error={template.error ?? check.error ?? run.error ?? job.error} />

      {job.data && (job.data.status === 'Queued' || job.data.status === 'Running') && (
        <p data-testid="import-job">
          {t('imports.job', { processed: job.data.rowsProcessed, total: job.data.rowsTotal })}{' '}
          <progress max={Math.max(1, job.data.rowsTotal)} value={job.data.rowsProcessed} aria-label={t('imports.jobProgress')} data-testid="import-progress" />
        </p>
      )}
      {job.data?.status === 'Failed' && !job.data.report && <p className="error" role="alert">{t('imports.jobFailed', { error: job.data.error ?? '' })}</p>}

      {dryReport && !finalReport && (
        <Report report={dryReport} title={t('imports.dryRunTitle')} testId="import-dry-run">
          <p className="muted">{dryReport.rejected > 0 && mode === 'atomic' ? t('imports.fixFirst') : t('imports.clean')}</p>
          <button type="button" data-testid="import-confirm" disabled={!canImport || run.isPending} onClick={() => run.mutate()}>{run.isPending ? t('imports.importing') : t('imports.confirm')}</button>
        </Report>
      )}
      {finalReport && (
        <Report report={finalReport} title={t('imports.resultTitle')} testId="import-result">
          <p role="status" data-testid="import-done">{finalReport.written ? t('imports.done') : t('imports.nothingWritten')}</p>
        </Report>
      )}

      <h2>{t('imports.history')}</h2>
      <Status loading={jobs.isLoading} error={jobs.error} />
      {jobs.data && jobs.data.items.length === 0 && <p className="muted">{t('imports.historyEmpty')}</p>}
      {jobs.data && jobs.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="cards-on-phone" data-testid="import-history">
            <thead><tr><th>{t('imports.when')}</th><th>{t('imports.kind')}</th><th>{t('imports.by')}</th><th>{t('imports.status')}</th><th>{t('imports.rows')}</th><th>{t('imports.outcome')}</th></tr></thead>
            <tbody>
              {jobs.data.items.map(j => (
                <tr key={j.id}>
                  <td data-label={t('imports.when')}>{formatDateTime(j.createdAt)}</td>
                  <td data-label={t('imports.kind')}>{t(`imports.kinds.${j.kind}`)}{j.dryRun ? ` (${t('imports.dryRunBadge')})` : ''}</td>
                  <td data-label={t('imports.by')}>{j.createdBy}</td>
                  <td data-label={t('imports.status')}>{t(`imports.statuses.${j.status}`)}</td>
                  <td data-label={t('imports.rows')}>{j.rowsProcessed} / {j.rowsTotal}</td>
                  <td data-label={t('imports.outcome')}>{j.rejected == null ? (j.error ?? '') : t('imports.outcomeCounts', { inserted: j.inserted, updated: j.updated, unchanged: j.unchanged, rejected: j.rejected })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {jobs.data && <Pager page={page} pageSize={PAGE_SIZE} total={jobs.data.total} onPage={p => setUrl({ page: String(p) })} />}
    </section>
  );
}

function Report({ report, title, testId, children }: { report: ImportReport; title: string; testId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <p data-testid={`${testId}-counts`}>{t('imports.counts', { rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected })}</p>
      {report.errors.length > 0 && (
        <div className="table-wrap">
          <table className="cards-on-phone" data-testid={`${testId}-errors`}>
            <thead><tr><th>{t('imports.row')}</th><th>{t('imports.column')}</th><th>{t('imports.message')}</th></tr></thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}><td data-label={t('imports.row')}>{e.row}</td><td data-label={t('imports.column')}>{e.column}</td><td data-label={t('imports.message')}>{e.message}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.errors.length >= 1000 && <p className="muted small">{t('imports.moreErrors')}</p>}
      {children}
    </section>
  );
}
