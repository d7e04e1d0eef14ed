import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { TrainingSessionStatus } from '../../api';
import { Pager, SortHeader, Status } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { pageOf, useSearchText, useUrlState } from '../../shared/urlState';
import { usePermissions } from '../auth/permissions';
import { SeatsBar, sessionTone, TrainingTabs } from './common';
import { programQueries, sessionQueries } from './queries';
import { SessionForm } from './SessionForm';
import './training.css';

const STATUSES = Object.values(TrainingSessionStatus);
const PAGE_SIZE = 15;

/** Sessions (angkatan) by program, status and dates, each opening its page with the roster. */
export function SessionsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [f, setF] = useUrlState({ q: '', program: '', status: '', from: '', to: '', sort: 'startDate', page: '1', create: '' });
  const [q, setQ] = useSearchText(f.q, text => setF({ q: text }));
  const page = pageOf(f.page);
  const status = STATUSES.find(s => s === f.status);
  const sessions = useQuery(sessionQueries.list({ q: f.q, programId: f.program || undefined, status, from: f.from, to: f.to, sort: f.sort, page, pageSize: PAGE_SIZE }));
  const programs = useQuery(programQueries.list({ sort: 'title', page: 1, pageSize: 500 }));
  const onSort = (sort: string) => setF({ sort });
  return (
    <section>
      <h1>{t('training.sessions')}</h1>
      <TrainingTabs />
      <div className="filters">
        <label>{t('common.search')}<input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="session-search" /></label>
        <label>{t('training.program')}
          <select value={f.program} onChange={e => setF({ program: e.target.value })} data-testid="session-filter-program">
            <option value="">{t('training.allPrograms')}</option>
            {programs.data?.items.map(p => <option key={p.id} value={p.id}>{p.code} {p.title}</option>)}
          </select>
        </label>
        <label>{t('common.status')}
          <select value={f.status} onChange={e => setF({ status: e.target.value })} data-testid="session-filter-status">
            <option value="">{t('common.all')}</option>
            {STATUSES.map(s => <option key={s} value={s}>{t(`training.session.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('training.from')}<input type="date" value={f.from} onChange={e => setF({ from: e.target.value })} data-testid="session-filter-from" /></label>
        <label>{t('training.to')}<input type="date" value={f.to} onChange={e => setF({ to: e.target.value })} data-testid="session-filter-to" /></label>
        {can.writeTenant && <button type="button" data-testid="session-new" onClick={() => setF({ create: '1', page: f.page })}>{t('training.newSession')}</button>}
      </div>
      {f.create && can.writeTenant && (
        <SessionForm programId={f.program || undefined} onCancel={() => setF({ create: '', page: f.page })} onSaved={s => navigate(`/angkatan/${s.id}`)} />
      )}
      <Status loading={sessions.isLoading} error={sessions.error} />
      {sessions.data && (
        <>
          <div className="table-wrap">
            <table className="cards">
              <thead>
                <tr>
                  <SortHeader label={t('training.name')} sortKey="name" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.program')} sortKey="program" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.start')} sortKey="startDate" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('training.end')} sortKey="endDate" sort={f.sort} onSort={onSort} />
                  <SortHeader label={t('common.status')} sortKey="status" sort={f.sort} onSort={onSort} />
                  <th>{t('training.seats')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.data.items.length === 0 && <tr><td colSpan={6}>{t('training.emptySessions')}</td></tr>}
                {sessions.data.items.map(s => (
                  <tr key={s.id} data-testid="session-row">
                    <td data-label={t('training.name')}><Link to={`/angkatan/${s.id}`}>{s.name}</Link></td>
                    <td data-label={t('training.program')}><span className="mono">{s.programCode}</span> {s.programTitle}</td>
                    <td data-label={t('training.start')} className="nowrap">{formatDate(s.startDate)}</td>
                    <td data-label={t('training.end')} className="nowrap">{formatDate(s.endDate)}</td>
                    <td data-label={t('common.status')}><span className={`badge ${sessionTone(s.status)}`}>{t(`training.session.${s.status}`)}</span></td>
                    <td data-label={t('training.seats')}><SeatsBar taken={s.seatsTaken} capacity={s.capacity} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={sessions.data.total} onPage={p => setF({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
