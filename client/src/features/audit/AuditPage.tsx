import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntryResponse } from '../../api';
import { Pager } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import { FieldError, invalidProps, ProblemAlert } from '../../shared/ProblemAlert';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { auditQueries } from './queries';

const PAGE_SIZE = 25;
// What the API records today; the field takes any other type too (new areas add theirs).
const KNOWN_TYPES = ['Employee', 'Unit', 'Position', 'Competency', 'PositionStandard', 'Assessment', 'DevelopmentNeed', 'DevelopmentPlan', 'TenantSetting', 'ApiKey'];

/** The append-only audit log: who did what to which record, when; filtered and paged in the address. */
export function AuditPage() {
  const { t } = useTranslation();
  const [f, setF] = useUrlState({ entityType: '', actor: '', entityId: '', from: '', to: '', page: '1' });
  const [actor, setActor] = useSearchText(f.actor, text => setF({ actor: text }));
  const [entityId, setEntityId] = useSearchText(f.entityId, text => setF({ entityId: text }));
  const [entityType, setEntityType] = useSearchText(f.entityType, text => setF({ entityType: text }));
  const page = pageOf(f.page);
  const log = useQuery(auditQueries.list({ entityType: f.entityType, actor: f.actor, entityId: f.entityId, from: f.from, to: f.to, page, pageSize: PAGE_SIZE }));
  const err = log.error;
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.hint')}</p>
      <div className="filters" data-testid="audit-filters">
        <label>{t('audit.entityType')}
          <input list="audit-types" value={entityType} onChange={e => setEntityType(e.target.value)} data-testid="audit-entity-type" {...invalidProps(err, 'entityType')} />
          <datalist id="audit-types">{KNOWN_TYPES.map(x => <option key={x} value={x}>{t(`audit.type.${x}`)}</option>)}</datalist>
          <FieldError error={err} name="entityType" />
        </label>
        <label>{t('audit.actor')}
          <input value={actor} onChange={e => setActor(e.target.value)} placeholder="admin@…" data-testid="audit-actor" {...invalidProps(err, 'actor')} />
          <FieldError error={err} name="actor" />
        </label>
        <label>{t('audit.entityId')}
          <input value={entityId} onChange={e => setEntityId(e.target.value)} data-testid="audit-entity-id" {...invalidProps(err, 'entityId')} />
          <FieldError error={err} name="entityId" />
        </label>
        <label>{t('audit.from')}
          <input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="audit-from" {...invalidProps(err, 'from')} />
          <FieldError error={err} name="from" />
        </label>
        <label>{t('audit.to')}
          <input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="audit-to" {...invalidProps(err, 'to')} />
          <FieldError error={err} name="to" />
        </label>
      </div>
      <p className="small muted">{t('audit.utc')}</p>
      <ProblemAlert error={err} fields={['entityType', 'actor', 'entityId', 'from', 'to']} />
      {log.isLoading && <p aria-live="polite">{t('app.loading')}</p>}
      {log.data && !err && (
        <>
          {log.data.items.length === 0 && <p className="muted" data-testid="audit-empty">{t('audit.empty')}</p>}
          {log.data.items.length > 0 && (
            <div className="table-wrap">
              <table className="cards-on-phone" data-testid="audit-log">
                <thead><tr><th>{t('audit.at')}</th><th>{t('audit.actor')}</th><th>{t('audit.action')}</th><th>{t('audit.entityType')}</th><th>{t('audit.entityId')}</th><th>{t('audit.data')}</th></tr></thead>
                <tbody>{log.data.items.map(r => <Row key={r.id} row={r} onEntity={id => setF({ entityType: r.entityType, entityId: id })} />)}</tbody>
              </table>
            </div>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={log.data.total} onPage={p => setF({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

function Row({ row: r, onEntity }: { row: AuditEntryResponse; onEntity: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="audit-row">
      <td data-label={t('audit.at')} className="nowrap">{formatDateTime(r.at)}</td>
      <td data-label={t('audit.actor')}>{r.actor}</td>
      <td data-label={t('audit.action')}>{t(`audit.actionName.${r.action}`, { defaultValue: r.action })}</td>
      <td data-label={t('audit.entityType')}>{t(`audit.type.${r.entityType}`, { defaultValue: r.entityType })}</td>
      <td data-label={t('audit.entityId')} className="mono wrap-anywhere">
        {/* The record's whole history is one click away. */}
        {r.entityId ? <button type="button" className="link mono" title={t('audit.historyOf')} onClick={() => onEntity(r.entityId!)}>{r.entityId}</button> : t('common.none')}
      </td>
      <td data-label={t('audit.data')}>
        {r.data ? <details><summary>{t('audit.showData')}</summary><pre className="audit-data">{pretty(r.data)}</pre></details> : t('common.none')}
      </td>
    </tr>
  );
}

function pretty(data: string): string {
  try { return JSON.stringify(JSON.parse(data), null, 2); } catch { return data; }
}
