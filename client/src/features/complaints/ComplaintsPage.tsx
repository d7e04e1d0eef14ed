import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ComplaintChannel, ComplaintStatus, ComplaintType, Role, type ComplaintResponse } from '../../api';
import { Pager, Status } from '../../shared/common';
import { formatDate, formatDateTime } from '../../shared/format';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { useAuth } from '../auth/auth';
import { usePermissions } from '../auth/permissions';
import { ComplaintTabs, DeadlineBadge, deadlineState, deadlineTone, StatusBadge, STATUSES } from './common';
import { ExportButtons } from '../imports/ExportButtons';
import { CreateComplaintForm } from './CreateComplaintForm';
import { complaintQueries } from './queries';

const PAGE_SIZE = 20;
const SORTS = ['-receivedAt', 'receivedAt', 'resolutionDue', 'firstResponseDue', 'status', 'serviceUnit'] as const;
const TYPES = Object.values(ComplaintType);
const CHANNELS = Object.values(ComplaintChannel);

/**
 * The complaints board: a card per complaint, coloured and labelled by its deadline, with status, service unit,
 * type, category, channel, overdue and received period as filters in the address.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [f, setF] = useUrlState({ status: '', unit: '', type: '', category: '', channel: '', overdue: '', from: '', to: '', sort: '-receivedAt', page: '1', create: '' });
  const [category, setCategory] = useSearchText(f.category, text => setF({ category: text }));
  const page = pageOf(f.page);
  const filters = {
    status: STATUSES.find(s => s === f.status), serviceUnitId: f.unit || undefined, type: TYPES.find(x => x === f.type), category: f.category,
    channel: CHANNELS.find(c => c === f.channel), overdue: f.overdue === 'true' ? true : f.overdue === 'false' ? false : undefined,
    from: f.from, to: f.to, sort: SORTS.find(s => s === f.sort) ?? '-receivedAt',
  };
  const list = useQuery(complaintQueries.list({ ...filters, page, pageSize: PAGE_SIZE }));
  const units = useQuery(complaintQueries.serviceUnits());
  return (
    <section>
      <h1>{t('complaints.title')}</h1>
      <ComplaintTabs />
      <FilterFold active={['status', 'unit', 'type', 'category', 'channel', 'overdue', 'from', 'to'].filter(k => f[k as keyof typeof f]).length}>
      <div className="filters">
        <label>{t('common.status')}
          <select value={f.status} onChange={e => setF({ status: e.target.value })} data-testid="filter-status">
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`complaints.status.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('complaints.serviceUnit')}
          <select value={f.unit} onChange={e => setF({ unit: e.target.value })} data-testid="filter-unit">
            <option value="">{t('complaints.allServiceUnits')}</option>
            {units.data?.items.map(u => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </label>
        <label>{t('complaints.type')}
          <select value={f.type} onChange={e => setF({ type: e.target.value })} data-testid="filter-type">
            <option value="">{t('common.all')}</option>
            {TYPES.map(x => <option key={x} value={x}>{t(`complaints.types.${x}`)}</option>)}
          </select>
        </label>
        <label>{t('complaints.category')}
          <input type="search" value={category} maxLength={100} onChange={e => setCategory(e.target.value)} data-testid="filter-category" />
        </label>
        <label>{t('complaints.channel')}
          <select value={f.channel} onChange={e => setF({ channel: e.target.value })} data-testid="filter-channel">
            <option value="">{t('common.all')}</option>
            {CHANNELS.map(c => <option key={c} value={c}>{t(`complaints.channels.${c}`)}</option>)}
          </select>
        </label>
        <label>{t('complaints.overdueFilter')}
          <select value={f.overdue} onChange={e => setF({ overdue: e.target.value })} data-testid="filter-overdue">
            <option value="">{t('common.all')}</option>
            <option value="true">{t('complaints.overdueOnly')}</option>
            <option value="false">{t('complaints.onTimeOnly')}</option>
          </select>
        </label>
        <label>{t('complaints.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="filter-from" /></label>
        <label>{t('complaints.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="filter-to" /></label>
        <label>{t('complaints.sort')}
          <select value={f.sort} onChange={e => setF({ sort: e.target.value })} data-testid="sort">
            {SORTS.map(s => <option key={s} value={s}>{t(`complaints.sorts.${s}`)}</option>)}
          </select>
        </label>
      </div>
      </FilterFold>
      <div className="actions">
        {can.writeTenant && !f.create && (
          <button type="button" data-testid="complaint-new" onClick={() => setF({ create: '1', page: f.page })}>{t('complaints.newComplaint')}</button>
        )}
        <ExportButtons testId="complaints-export" name="pengaduan" file={format => complaintQueries.exportFile(filters, format)} />
      </div>
      {me?.role === Role.Viewer && <p className="small muted" data-testid="export-reporter-note">{t('complaints.exportReporterHidden')}</p>}
      {f.create && can.writeTenant && (
        <CreateComplaintForm units={units.data?.items ?? []} onCancel={() => setF({ create: '', page: f.page })} onSaved={c => navigate(`/umpan-balik/pengaduan/${c.id}`)} />
      )}
      <p className="small muted">{t('complaints.deadline.legend')}</p>
      <Status loading={list.isLoading} error={list.error} />
      {list.data && (
        <>
          {list.data.items.length === 0 && <p data-testid="complaints-empty">{t('complaints.empty')}</p>}
          <ul className="complaint-cards" data-testid="complaint-cards">
            {list.data.items.map(c => <ComplaintCard key={c.id} complaint={c} />)}
          </ul>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={p => setF({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

/** Nine filters fill a phone's first screen: there they fold behind one line that says how many are set; wider screens show them open. */
function FilterFold({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !window.matchMedia('(max-width: 640px)').matches);
  return (
    <details className="filter-fold" open={open} onToggle={e => setOpen((e.target as HTMLDetailsElement).open)} data-testid="filter-fold">
      <summary>{t('complaints.filters', { count: active })}</summary>
      {children}
    </details>
  );
}

function ComplaintCard({ complaint: c }: { complaint: ComplaintResponse }) {
  const { t } = useTranslation();
  const tone = deadlineTone[deadlineState(c)];
  const open = c.status !== ComplaintStatus.Closed && c.status !== ComplaintStatus.Rejected && c.status !== ComplaintStatus.Resolved;
  return (
    <li className={`complaint-card ${tone}`} data-testid="complaint-card" data-code={c.trackingCode}>
      <h2>
        <Link to={`/umpan-balik/pengaduan/${c.id}`} className="mono">{c.trackingCode}</Link>
        <span className="badges"><StatusBadge status={c.status} /><DeadlineBadge complaint={c} /></span>
      </h2>
      <p className="small">{t(`complaints.types.${c.type}`)}{c.category ? ` · ${c.category}` : ''} · {t(`complaints.channels.${c.channel}`)}</p>
      <p className="excerpt">{c.text}</p>
      <dl>
        <dt>{t('complaints.serviceUnit')}</dt><dd>{c.serviceUnitName}</dd>
        <dt>{t('complaints.receivedAt')}</dt><dd>{formatDateTime(c.receivedAt)}</dd>
        {open && !c.firstResponseAt && <><dt>{t('complaints.firstResponseDue')}</dt><dd>{formatDate(c.firstResponseDue)}</dd></>}
        {open && <><dt>{t('complaints.resolutionDue')}</dt><dd>{formatDate(c.resolutionDue)}</dd></>}
        {/* The API sends the reporter only to admins and the handling unit's head; everyone else gets null and sees nothing here. */}
        {(c.reporterName || c.reporterContact) && (
          <><dt>{t('complaints.reporter')}</dt><dd data-testid="reporter">{[c.reporterName, c.reporterContact].filter(Boolean).join(' · ')}</dd></>
        )}
      </dl>
    </li>
  );
}
