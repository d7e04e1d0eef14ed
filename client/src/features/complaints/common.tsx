import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { ComplaintStatus, type ComplaintResponse } from '../../api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import type { ComplaintStep } from './queries';
import './i18n';
import './complaints.css';

/** The steps the API allows from each status (ComplaintRules.Next): the page offers only these. */
export const STEPS: Record<ComplaintStatus, ComplaintStep[]> = {
  [ComplaintStatus.Received]: ['verify', 'reject'],
  [ComplaintStatus.Verified]: ['start', 'reject'],
  [ComplaintStatus.InProgress]: ['resolve', 'reject'],
  [ComplaintStatus.Resolved]: ['close'],
  [ComplaintStatus.Closed]: [],
  [ComplaintStatus.Rejected]: [],
};

export const STATUSES = Object.values(ComplaintStatus);

/** Today as a WIB calendar day (UTC+7), the day the API counts deadlines in. */
export function wibToday(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Working days (Monday–Friday) after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const d = day.getUTCDay();
    if (d !== 0 && d !== 6) n++;
  }
  return n;
}

export type DeadlineState = 'overdue' | 'escalated' | 'dueSoon' | 'onTime' | 'done';

/**
 * Where a complaint stands against its pending deadline: the API's overdue and escalated flags, else "due soon" when
 * the pending due day (first response while unanswered, else resolution) is today or the next working day.
 */
export function deadlineState(c: ComplaintResponse, today = wibToday()): DeadlineState {
  if (c.escalated) return 'escalated';
  if (c.overdue) return 'overdue';
  const pending = !c.firstResponseAt ? c.firstResponseDue : !c.resolvedAt ? c.resolutionDue : undefined;
  if (!pending) return 'done';
  return workingDaysBetween(today, pending) <= 1 ? 'dueSoon' : 'onTime';
}

export const deadlineTone: Record<DeadlineState, string> = { overdue: 'bad', escalated: 'bad', dueSoon: 'warn', onTime: 'neutral', done: 'neutral' };

/** The deadline in words as well as colour: colour alone says nothing to a screen reader or a colour-blind officer. */
export function DeadlineBadge({ complaint }: { complaint: ComplaintResponse }) {
  const { t } = useTranslation();
  const state = deadlineState(complaint);
  if (state === 'done') return null; // answered or rejected: no deadline left to show
  return <span className={`badge ${deadlineTone[state]}`} data-testid="deadline-badge" data-state={state}>{t(`complaints.deadline.${state}`)}</span>;
}

/** Red and amber belong to the deadline; a status is only green (answered) or neutral, so the two never read alike. */
export function statusTone(status: ComplaintStatus): string {
  return status === ComplaintStatus.Resolved || status === ComplaintStatus.Closed ? 'good' : 'neutral';
}

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${statusTone(status)}`} data-testid="status-badge" data-status={status}>{t(`complaints.status.${status}`)}</span>;
}

export function ComplaintTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('complaints.tabs')}>
      <NavLink to="/umpan-balik/pengaduan" end>{t('complaints.board')}</NavLink>
      <NavLink to="/umpan-balik/pengaduan/statistik">{t('complaints.stats')}</NavLink>
    </nav>
  );
}

/** A failed step: the problem, what a 409 means here, and a reload for a 412 (someone else moved the complaint first). */
export function ComplaintProblem({ error, fields, onReload }: { error: unknown; fields?: string[]; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const status = toProblem(error).status;
  return (
    <ProblemAlert error={error} fields={fields}>
      {status === 409 && <p className="problem-reason" data-testid="conflict-hint">{t('complaints.conflictHint')}</p>}
      {(status === 412 || status === 409) && onReload && <p><button type="button" className="secondary" data-testid="reload" onClick={onReload}>{t('complaints.reload')}</button></p>}
    </ProblemAlert>
  );
}
